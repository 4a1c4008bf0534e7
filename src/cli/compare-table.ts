/**
 * The "what changed" report of `tariffs:check --against`, as text lines: each
 * plan's average monthly cost at each compared volume before → after with the
 * difference, the plans added and removed, and the cheapest plan at each volume.
 */
import type { ComparedPlan, TariffComparison } from '../engine/compare-tariffs.js';
import type { LocalizedText } from '../engine/types.js';
import { formatAmount, formatAmountChange, formatNumber } from '../i18n/format.js';
import { localize } from '../tariffs/localized-text.js';
import { alignColumns } from './text-table.js';

// The CLI's tables group digits as its "3,000 min" headers do.
const LOCALE = 'en';
const NONE = '—';

const minutesLabel = (minutes: number) => `${formatNumber(minutes, LOCALE)} min`;
const amount = (value: string | null) => (value === null ? NONE : formatAmount(value, LOCALE));
const change = (value: string | null) => (value === null ? NONE : formatAmountChange(value, LOCALE));

/** `(新增 / added)`, `(已移除 / removed)`, or nothing for a plan in both files. */
function presenceNote(plan: ComparedPlan): string {
  if (plan.presence === 'added') return '(新增 / added)';
  if (plan.presence === 'removed') return '(已移除 / removed)';
  return '';
}

/**
 * The report's lines; the heading names the file now live and the checked
 * file. Plans are named by id and Chinese name, as in the totals table.
 */
export function formatComparison(comparison: TariffComparison, checkedFile: string, liveFile: string): string[] {
  const nameOf = new Map<string, LocalizedText>(comparison.plans.map((plan) => [plan.planId, plan.name]));
  const label = (id: string | null) => (id === null ? NONE : `${id} ${localize(nameOf.get(id) ?? id, 'zh-CN')}`);
  const lines = [
    `变化 / What changed: ${liveFile} → ${checkedFile}`,
    `平均每月费用（${comparison.currency}，计入一次性费用；计算器按此排名）/ ` +
      `Average per month (${comparison.currency}, averageMonthly: one-time fees included, the figure plans are ranked by):`,
    '',
  ];

  const header = ['plan', 'minutes', 'before', 'after', 'change'];
  const rows = comparison.plans.flatMap((plan) =>
    plan.amounts.map((cell, i) => [
      i === 0 ? plan.planId : '',
      minutesLabel(cell.minutesPerMonth),
      amount(cell.before),
      amount(cell.after),
      change(cell.difference),
      i === 0 ? [localize(plan.name, 'zh-CN'), presenceNote(plan)].filter(Boolean).join('  ') : '',
    ]),
  );
  // The id on the left, figures on the right; the name closes the plan's first row.
  lines.push(...alignColumns(header, rows), '');

  const list = (ids: readonly string[]) => (ids.length === 0 ? '无 / none' : ids.map(label).join('; '));
  lines.push(`新增套餐 / Plans added: ${list(comparison.added)}`);
  lines.push(`移除套餐 / Plans removed: ${list(comparison.removed)}`, '');

  lines.push('最便宜的套餐（之前 → 之后）/ Cheapest plan (before → after):');
  const volumeWidth = Math.max(...comparison.minutes.map((m) => minutesLabel(m).length));
  for (const { minutesPerMonth, before, after } of comparison.cheapest) {
    const volume = minutesLabel(minutesPerMonth).padStart(volumeWidth);
    const what = before === after ? `${label(after)}  (不变 / unchanged)` : `${label(before)} → ${label(after)}`;
    lines.push(`  ${volume}  ${what}`);
  }
  return lines;
}
