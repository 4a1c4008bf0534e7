/**
 * Runs of tariff text that must stay on one line. The widget's own strings
 * join a number and its unit with a no-break space (locale.ts), but tariff
 * files are written by marketers with ordinary spaces: "0.11 元/分钟",
 * "600 元年套餐". Chinese wraps between any two characters, so without help a
 * line could end after "0.11" or after "元/". Split out here, the caller keeps
 * each run whole (a `white-space: nowrap` span) and the text reads the same.
 */

/** A number with a space and the Chinese unit after it, or a Chinese rate such as "元/分钟" (with its number, if any). */
const KEPT_RUN = /(?:\d[\d,.]*[ \u00a0])?\p{Script=Han}{1,2}\/(?:分钟|秒|天|月|年|次|路|个)|\d[\d,.]*[ \u00a0]\p{Script=Han}{1,2}/gu;

export interface TextRun {
  readonly text: string;
  /** Whether the run must not break across lines. */
  readonly keep: boolean;
}

/** `text` cut into runs, in order; joined they give `text` back. */
export function unitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(KEPT_RUN)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), keep: false });
    runs.push({ text: match[0], keep: true });
    from = match.index + match[0].length;
  }
  if (from < text.length || runs.length === 0) runs.push({ text: text.slice(from), keep: false });
  return runs;
}
