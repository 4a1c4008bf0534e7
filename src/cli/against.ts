/**
 * `tariffs:check new.json --against old.json`: reads the file now live and
 * prints what the checked file changes for visitors, or why it cannot.
 */
import { compareTariffs } from '../engine/compare-tariffs.js';
import type { TariffIssue, TariffSet } from '../engine/types.js';
import { validateTariffsText } from '../tariffs/validate.js';
import { formatComparison } from './compare-table.js';
import { readTariffFile } from './read-tariff-file.js';

export interface AgainstOptions {
  /** The checked file as the output names it. */
  readonly checkedFile: string;
  /** The file now live, as given on the command line. */
  readonly liveFile: string;
  /** The checked file's tariffs, or null when it has problems (nothing is compared then). */
  readonly checked: TariffSet | null;
  /** How the CLI prints a file's problems (`file:line:column  path  message`). */
  readonly describeIssues: (file: string, text: string, issues: readonly TariffIssue[]) => string[];
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/**
 * Prints the comparison after the checked file's report. Returns the exit code
 * it calls for: 0 when compared (or when the checked file's own problems
 * decide), 1 when the file now live has problems, 2 when it cannot be read.
 */
export function reportAgainst({ checkedFile, liveFile, checked, describeIssues, out, err }: AgainstOptions): number {
  const read = readTariffFile(liveFile);
  if ('reason' in read) {
    err(`${liveFile}: ${read.reason} (--against)`);
    return 2;
  }
  const live = validateTariffsText(read.text);
  if (!live.ok) {
    const count = live.issues.length;
    out(`\n对比文件有 ${count} 个问题，未比较 / The file compared against has ${count} problem(s); nothing compared:`);
    for (const line of describeIssues(liveFile, read.text, live.issues)) out(line);
    return 1;
  }
  if (checked === null) {
    out(`\n未比较：先修正 ${checkedFile} 的问题 / Not compared: fix the problems in ${checkedFile} first`);
    return 0;
  }
  out('');
  for (const line of formatComparison(compareTariffs(live.tariffs, checked), checkedFile, liveFile)) out(line);
  return 0;
}
