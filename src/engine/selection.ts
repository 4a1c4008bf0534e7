/**
 * The part of a plan's quote that depends only on the chosen add-ons and
 * number grade, not on minutes, peak share or regions: add-on lines, their
 * value-added tax, the one-time lines and availability (tariff-format.md §4,
 * steps 6, 8 and 10). While a visitor moves a slider the selection stays the
 * same, so the last selection's parts are kept and reused.
 */
import { Dec, ZERO, add, formatFixed, maxDec, roundDecimal, roundQuotient } from './exact.js';
import type { PreparedGrade, PreparedPlan, PreparedTariffs } from './prepare.js';
import type { MonthlyLineKind, OneTimeLineKind, QuoteLine, RoundingMode, UnavailableReason } from './types.js';

export interface SelectionPart {
  /** One `add-on` line per chosen add-on the plan offers, in the usage's order. */
  readonly addOnLines: readonly QuoteLine<MonthlyLineKind>[];
  /** Sum of the rounded add-on lines. */
  readonly addOnsMonthly: Dec;
  /** Value-added tax on the add-on lines, or null when prices include tax. */
  readonly valueAddedTax: Dec | null;
  /** Add-on lines plus their value-added tax: what the selection adds to each month. */
  readonly monthlyCharges: Dec;
  /** The monthly floor: the larger of the plan's and the chosen grade's minimum spend. */
  readonly floor: Dec;
  readonly oneTimeLines: readonly QuoteLine<OneTimeLineKind>[];
  readonly oneTimeTotal: Dec;
  /** round(oneTimeTotal / termMonths), the one-time cost spread over the term. */
  readonly oneTimePerMonth: Dec;
  readonly unavailableReason: UnavailableReason | null;
}

interface SelectionCache {
  readonly key: string;
  readonly parts: Map<PreparedPlan, SelectionPart>;
}

const lastSelection = new WeakMap<PreparedTariffs, SelectionCache>();

/**
 * The selection parts of one estimate: `get(plan)` computes a plan's part on
 * first use and keeps it until another selection is estimated.
 */
export function selectionParts(
  prepared: PreparedTariffs,
  addOnIds: readonly string[],
  gradeId: string | null,
): { get(plan: PreparedPlan): SelectionPart } {
  const key = `${gradeId ?? ''}|${addOnIds.join(',')}`;
  let cache = lastSelection.get(prepared);
  if (!cache || cache.key !== key) {
    cache = { key, parts: new Map() };
    lastSelection.set(prepared, cache);
  }
  const parts = cache.parts;
  const grade = gradeId === null ? null : prepared.grades.get(gradeId)!;
  return {
    get(plan) {
      let part = parts.get(plan);
      if (!part) {
        part = computeSelection(prepared, plan, addOnIds, grade);
        parts.set(plan, part);
      }
      return part;
    },
  };
}

function computeSelection(
  prepared: PreparedTariffs,
  plan: PreparedPlan,
  addOnIds: readonly string[],
  grade: PreparedGrade | null,
): SelectionPart {
  const mode = prepared.rounding;
  const addOnLines: QuoteLine<MonthlyLineKind>[] = [];
  const oneTimeLines: QuoteLine<OneTimeLineKind>[] = [plan.setup.line];
  const notOffered: string[] = [];
  let addOnsMonthly = ZERO;
  let valueAddedOneTime = ZERO;
  for (const id of addOnIds) {
    const addOn = plan.addOns.get(id);
    if (!addOn) {
      notOffered.push(id);
      continue;
    }
    addOnLines.push(addOn.monthly.line);
    addOnsMonthly = add(addOnsMonthly, addOn.monthly.value);
    if (addOn.oneTime !== null) {
      oneTimeLines.push(addOn.oneTime.line);
      valueAddedOneTime = add(valueAddedOneTime, addOn.oneTime.value);
    }
  }
  if (grade) {
    oneTimeLines.push(grade.selection.line);
    valueAddedOneTime = add(valueAddedOneTime, grade.selection.value);
  }

  let oneTimeTotal = add(plan.setup.value, valueAddedOneTime);
  let valueAddedTax: Dec | null = null;
  if (prepared.tax && plan.setupTax) {
    const valueAddedRate = prepared.tax.valueAddedRate;
    valueAddedTax = taxOn(addOnsMonthly, valueAddedRate, mode);
    const valueAddedOneTimeTax = taxOn(valueAddedOneTime, valueAddedRate, mode);
    oneTimeLines.push(plan.setupTax.line, { kind: 'value-added-tax', amount: formatFixed(valueAddedOneTimeTax, 2) });
    oneTimeTotal = add(add(oneTimeTotal, plan.setupTax.value), valueAddedOneTimeTax);
  }

  return {
    addOnLines,
    addOnsMonthly,
    valueAddedTax,
    monthlyCharges: valueAddedTax === null ? addOnsMonthly : add(addOnsMonthly, valueAddedTax),
    floor: grade ? maxDec(plan.minimumSpend, grade.minimumSpend) : plan.minimumSpend,
    oneTimeLines,
    oneTimeTotal,
    oneTimePerMonth: roundQuotient(oneTimeTotal, plan.term, 2, mode, plan.doubleTerm),
    unavailableReason:
      notOffered.length === 0 ? null : Object.freeze({ code: 'add-on-not-offered', addOnIds: Object.freeze(notOffered) }),
  };
}

/** round(rate × base), skipping the arithmetic for the common base of zero. */
function taxOn(base: Dec, rate: Dec, mode: RoundingMode): Dec {
  return base.isZero() ? ZERO : roundDecimal(rate.times(base), 2, mode);
}
