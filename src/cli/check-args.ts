/**
 * The command line of `npm run tariffs:check`: an optional file to check and
 * an optional `--against <file>` (the file now live) to compare it with.
 */

export interface CheckArgs {
  /** The file to check; undefined: the bundled tariffs. */
  readonly file?: string;
  /** The file now live, to show what the checked file changes; undefined: no comparison. */
  readonly against?: string;
}

export const USAGE = '用法 / usage: npm run tariffs:check [new.json] [--against old.json]';

/** Reads the arguments; `{ error }` names what is wrong with them (the caller exits 2). */
export function parseCheckArgs(args: readonly string[]): CheckArgs | { readonly error: string } {
  let file: string | undefined;
  let against: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--against' || arg.startsWith('--against=')) {
      const value = arg === '--against' ? args[++i] : arg.slice('--against='.length);
      if (!value) return { error: `--against 后应为文件名 / --against needs a file name\n${USAGE}` };
      against = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `未知选项 / unknown option: ${arg}\n${USAGE}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { error: `多余的参数 / unexpected argument: ${arg}\n${USAGE}` };
    }
  }
  return { file, against };
}
