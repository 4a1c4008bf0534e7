/**
 * The tariff preview's "what the edit changes" table: the same comparison as
 * `tariffs:check --against` (src/engine/compare-tariffs.ts), in both languages,
 * amounts grouped as the locale writes them.
 */
import type { ComparedPlan, TariffComparison } from '../src/engine/compare-tariffs.js';
import type { LocalizedText } from '../src/engine/types.js';
import { formatAmount, formatAmountChange, formatNumber } from '../src/i18n/format.js';
import { localize } from '../src/tariffs/localized-text.js';
import { element } from './tariff-preview-dom.js';

const LOCALE = 'zh-CN';
const NONE = '—';

export interface ChangesView {
  readonly rows: HTMLElement;
  readonly added: HTMLElement;
  readonly removed: HTMLElement;
  readonly cheapest: HTMLElement;
}

/** A plan's name with its id beneath, as the totals table shows it. */
function planLabel<K extends 'th' | 'td' | 'li'>(
  tag: K,
  planId: string | null,
  name: LocalizedText | undefined,
): HTMLElementTagNameMap[K] {
  if (planId === null) return element(tag, NONE);
  const cell = element(tag, localize(name ?? planId, LOCALE));
  cell.append(element('span', planId, 'message-en'));
  return cell;
}

function presenceNote(plan: ComparedPlan): HTMLElement | null {
  if (plan.presence === 'kept') return null;
  const note = element('span', plan.presence === 'added' ? '新增 ' : '已移除 ', `presence ${plan.presence}`);
  note.append(element('span', plan.presence === 'added' ? 'added' : 'removed'));
  note.lastElementChild!.setAttribute('lang', 'en');
  return note;
}

function changeCell(difference: string | null): HTMLElement {
  if (difference === null) return element('td', NONE, 'amount');
  const tone = difference.startsWith('-') ? ' cheaper' : /[1-9]/.test(difference) ? ' dearer' : '';
  return element('td', formatAmountChange(difference, LOCALE), `amount${tone}`);
}

/** Fills the table, the added/removed lists and the cheapest-plan table from `comparison`. */
export function renderChanges(view: ChangesView, comparison: TariffComparison): void {
  const names = new Map(comparison.plans.map((plan) => [plan.planId, plan.name]));
  const amount = (value: string | null) => element('td', value === null ? NONE : formatAmount(value, LOCALE), 'amount');

  view.rows.replaceChildren(
    ...comparison.plans.flatMap((plan) =>
      plan.amounts.map((cell, index) => {
        const row = element('tr', '', index === 0 ? 'plan-start' : '');
        if (index === 0) {
          const name = planLabel('th', plan.planId, plan.name);
          name.scope = 'row';
          name.rowSpan = plan.amounts.length;
          const note = presenceNote(plan);
          if (note) name.append(note);
          row.append(name);
        }
        row.append(
          element('td', formatNumber(cell.minutesPerMonth, LOCALE), 'amount'),
          amount(cell.before),
          amount(cell.after),
          changeCell(cell.difference),
        );
        return row;
      }),
    ),
  );

  const list = (target: HTMLElement, ids: readonly string[]) => {
    if (ids.length === 0) {
      target.replaceChildren(element('span', '无 '), element('span', 'none'));
      target.lastElementChild!.setAttribute('lang', 'en');
      return;
    }
    const items = element('ul', '', 'plan-list');
    items.append(...ids.map((id) => planLabel('li', id, names.get(id))));
    target.replaceChildren(items);
  };
  list(view.added, comparison.added);
  list(view.removed, comparison.removed);

  view.cheapest.replaceChildren(
    ...comparison.cheapest.map(({ minutesPerMonth, before, after }) => {
      const row = element('tr', '', before === after ? '' : 'changed');
      const volume = element('th', formatNumber(minutesPerMonth, LOCALE), 'amount');
      volume.scope = 'row';
      const afterCell = planLabel('td', after, after === null ? undefined : names.get(after));
      if (before === after) {
        const same = element('span', '不变 ', 'presence');
        same.append(element('span', 'unchanged'));
        same.lastElementChild!.setAttribute('lang', 'en');
        afterCell.append(same);
      }
      row.append(volume, planLabel('td', before, before === null ? undefined : names.get(before)), afterCell);
      return row;
    }),
  );
}

/** One sentence for the live region: how many plans got dearer or cheaper, were added or removed, and where the cheapest changed. */
export function summarizeChanges(comparison: TariffComparison): string {
  const kept = comparison.plans.filter((plan) => plan.presence === 'kept');
  const changed = kept.filter((plan) => plan.amounts.some((a) => a.difference !== null && /[1-9]/.test(a.difference))).length;
  const cheapestMoves = comparison.cheapest.filter((c) => c.before !== c.after).length;
  const { added, removed } = comparison;
  return (
    `${changed} 个套餐价格有变，新增 ${added.length} 个，移除 ${removed.length} 个，` +
    `${cheapestMoves} 个用量下最便宜的套餐不同 · ` +
    `${changed} plan${changed === 1 ? '' : 's'} changed, ${added.length} added, ${removed.length} removed; ` +
    `the cheapest plan differs at ${cheapestMoves} of ${comparison.cheapest.length} volumes`
  );
}
