/**
 * `npm run tariffs:check [file]`: checks a tariff file for marketers.
 *
 * - Problems: prints each, in reading order, as `file:line:column  path  中文 /
 *   English` and exits 1 (a JSON syntax error too, at its cause); see explain.ts.
 * - A missing or unreadable file: exits 2.
 * - Success: exits 0 and prints every plan's monthly total at 300, 3,000 and
 *   30,000 minutes, so that an edit's effect is visible at once.
 *
 * - `--against old.json` (the file now live): after the report, what the
 *   checked file changes for visitors (src/cli/against.ts). An unreadable
 *   old.json exits 2, one with problems exits 1; the checked file's own
 *   problems still decide first.
 *
 * Without a file it checks the bundled `src/tariffs/default.json`.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { estimate } from '../engine/estimate.js';
import type { TariffIssue, TariffSet } from '../engine/types.js';
import { localize } from '../tariffs/localized-text.js';
import { explainIssues } from '../tariffs/explain.js';
import { validateTariffsText } from '../tariffs/validate.js';
import { formatAmount } from '../i18n/format.js';
import { reportAgainst } from './against.js';
import { parseCheckArgs } from './check-args.js';
import { readTariffFile } from './read-tariff-file.js';
import { alignColumns } from './text-table.js';

/** Minutes per month at which every plan's monthly total is shown. */
export const SAMPLE_MINUTES = [300, 3000, 30000] as const;

const ROOT_PATH = '(document)';

/** One line per issue, in reading order: `file:line:column  path (plan id)  中文 / English`. */
export function formatIssues(file: string, text: string, issues: readonly TariffIssue[]): string[] {
  return explainIssues(text, issues).map(
    ({ location: { line, column }, place, message, messageEn }) =>
      `${file}:${line}:${column}  ${place || ROOT_PATH}  ${message} / ${messageEn}`,
  );
}

/** Every plan's monthly total at SAMPLE_MINUTES, in file order, as aligned text. */
export function formatTotals(tariffs: TariffSet): string[] {
  const totals = new Map<string, string[]>();
  for (const minutesPerMonth of SAMPLE_MINUTES) {
    for (const quote of estimate(tariffs, { minutesPerMonth }).plans) {
      totals.set(quote.planId, [...(totals.get(quote.planId) ?? []), formatAmount(quote.monthlyTotal, 'en')]);
    }
  }
  const header = ['plan', ...SAMPLE_MINUTES.map((m) => `${m.toLocaleString('en-US')} min`)];
  const rows = tariffs.plans.map((plan) => [plan.id, ...(totals.get(plan.id) ?? []), localize(plan.name, 'zh-CN')]);
  return alignColumns(header, rows);
}

/** Runs the check; returns the exit code. */
export function main(args: readonly string[], out = console.log, err = console.error): number {
  const parsed = parseCheckArgs(args);
  if ('error' in parsed) {
    err(parsed.error);
    return 2;
  }
  const bundled = fileURLToPath(new URL('../tariffs/default.json', import.meta.url));
  const path = parsed.file ?? bundled;
  const file = parsed.file ?? (relative(process.cwd(), bundled) || bundled);
  const read = readTariffFile(path);
  if ('reason' in read) {
    err(`${file}: ${read.reason}`);
    return 2;
  }
  const { text } = read;
  const against = (checked: TariffSet | null) =>
    parsed.against === undefined
      ? 0
      : reportAgainst({ checkedFile: file, liveFile: parsed.against, checked, describeIssues: formatIssues, out, err });
  const result = validateTariffsText(text);
  if (!result.ok) {
    for (const line of formatIssues(file, text, result.issues)) out(line);
    out(`\n${result.issues.length} 个问题 / ${result.issues.length} problem(s)`);
    against(null);
    return 1;
  }
  const { tariffs } = result;
  out(`${file}: OK — ${tariffs.plans.length} plans, ${tariffs.currency}, prices as of ${tariffs.effectiveDate}`);
  out(`每月费用 / Monthly total (${tariffs.currency}) by minutes per month:\n`);
  for (const line of formatTotals(tariffs)) out(line);
  return against(tariffs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `npm run tariffs:check | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
