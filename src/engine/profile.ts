/**
 * A profile's quote (tariff-format.md §7): every plan priced month by month,
 * each month a typical month of the term through the same bill as a §4 quote
 * (plan-bill.ts), from a visitor's usage or from a month of a call log; the
 * months' totals added up, the one-time fees spread over the term, and the
 * plans ranked by the result.
 */
import { ONE, ZERO, add, formatFixed, maxDec, roundQuotient, type Dec, type Quotient } from './exact.js';
import { chosenPlans } from './estimate.js';
import { billMonth, type QuoteContext } from './plan-bill.js';
import type { PreparedPlan } from './prepare.js';
import { prepareTariffs } from './prepare.js';
import { rankPlans } from './ranking.js';
import { selectionParts } from './selection.js';
import { summaryMonth } from './summary-month.js';
import type { ProfileMonth, ProfileMonthFigures, ProfileOptions, ProfilePlanQuote, ProfileQuote, TariffSet } from './types.js';
import { usageMonth } from './usage-month.js';
import { resolveUsage, UsageError } from './usage.js';

/** A month of the profile, ready to be billed. */
interface PricedMonth {
  readonly label: string | undefined;
  readonly context: QuoteContext;
  /** Peak concurrency seen (log months) or lines needed (usage months). */
  readonly concurrency: number;
}

/**
 * Quotes every plan over a profile: a list of months, each a §3 usage or a
 * call-log month summary (`summarizeCalls(…).months`), all with the same
 * add-ons and number grade.
 *
 * A plan's `profileTotal` is the sum of its months' totals (each month on its
 * own, so a floor binds in every slow month), its `profileAverageMonthly`
 * round(profileTotal / months + oneTimeTotal / termMonths), computed exactly
 * and rounded once. Plans are ranked by profileAverageMonthly, then
 * profileTotal, then id; unavailable plans (a chosen add-on not offered) last.
 *
 * An empty profile has no figures: `monthCount` 0, no plans and no cheapest
 * plan (the options are still checked).
 *
 * @throws UsageError when a usage month is out of range, a summary names an
 *   unknown region or has counts that are not whole numbers, or the options
 *   name unknown add-ons or grades
 */
export function quoteProfile(tariffs: TariffSet, months: readonly ProfileMonth[], options: ProfileOptions = {}): ProfileQuote {
  const prepared = prepareTariffs(tariffs);
  const chosen = resolveUsage(tariffs, { addOns: options.addOns ?? [], numberGrade: options.numberGrade ?? null });
  const selection = selectionParts(prepared, chosen.addOns, chosen.numberGrade).get;
  const priced = months.map((entry, index): PricedMonth => {
    if ('summary' in entry && entry.summary) {
      const { summary } = entry;
      const context = summaryMonth(prepared, summary, selection, `months[${index}].summary`);
      return { label: entry.month ?? summary.month, context, concurrency: summary.peakConcurrency };
    }
    if (!('usage' in entry) || !entry.usage) throw new UsageError(`months[${index}]`, 'needs a usage or a summary');
    const context = usageMonth(tariffs, { ...entry.usage, addOns: chosen.addOns, numberGrade: chosen.numberGrade }).context;
    return { label: entry.month, context, concurrency: context.linesNeeded };
  });
  const base = { currency: tariffs.currency, effectiveDate: tariffs.effectiveDate, monthCount: priced.length };
  if (priced.length === 0) return { ...base, plans: [], cheapestPlanId: null };

  const ranked = rankPlans(
    chosenPlans(prepared, options.planIds).map((plan) => {
      const quote = quotePlanProfile(plan, priced);
      return { quote, planId: quote.planId, available: quote.available, averageMonthly: quote.profileAverageMonthly, monthlyTotal: quote.profileTotal };
    }),
  );
  return { ...base, plans: ranked.map((entry) => entry.quote), cheapestPlanId: ranked.find((entry) => entry.available)?.planId ?? null };
}

function quotePlanProfile(plan: PreparedPlan, months: readonly PricedMonth[]): ProfilePlanQuote {
  const prepared = months[0]!.context.prepared;
  const mode = prepared.rounding;
  const figures: ProfileMonthFigures[] = [];
  let total = ZERO;
  let billed: Quotient = { n: ZERO, d: ONE };
  let talk: Quotient = { n: ZERO, d: ONE };
  let concurrency = 0;
  let extraLinesMax = 0;
  for (const month of months) {
    const bill = billMonth(plan, month.context);
    total = add(total, bill.typical.total);
    billed = sum(billed, bill.billed.exact);
    talk = sum(talk, month.context.minutes);
    concurrency = Math.max(concurrency, month.concurrency);
    extraLinesMax = Math.max(extraLinesMax, bill.extraLines);
    figures.push({
      ...(month.label === undefined ? {} : { month: month.label }),
      monthlyTotal: formatFixed(bill.typical.total, 2),
      billedMinutes: bill.billed.shown,
      talkMinutes: shown(month.context.minutes, 2, mode),
      linesNeeded: month.context.linesNeeded,
      extraLines: bill.extraLines,
    });
  }
  // The add-ons and grade are those of every month.
  const selection = months[0]!.context.selection(plan);
  const count = months.length;
  // profileTotal / n + oneTime / term = (profileTotal × term + oneTime × n) / (n × term), rounded once.
  const average = roundQuotient(add(total.times(plan.term), selection.oneTimeTotal.times(count)), plan.term.times(count), 2, mode);
  return {
    planId: plan.id,
    carrierId: plan.plan.carrier,
    available: selection.unavailableReason === null,
    unavailableReason: selection.unavailableReason,
    termMonths: plan.termMonths,
    months: figures,
    profileTotal: formatFixed(total, 2),
    profileAverageMonthly: formatFixed(average, 2),
    oneTimeTotal: formatFixed(selection.oneTimeTotal, 2),
    upfrontTotal: formatFixed(add(selection.oneTimeTotal, plan.packageAtSigning), 2),
    billedMinutes: shown(billed, 2, mode),
    talkMinutes: shown(talk, 2, mode),
    roundingOverhead: overhead(billed, talk, mode),
    peakConcurrency: concurrency,
    linesIncluded: plan.lines ? plan.lines.included : null,
    extraLinesMax,
  };
}

function sum(a: Quotient, b: Quotient): Quotient {
  if (a.n.isZero()) return b;
  if (b.n.isZero()) return a;
  if (a.d.eq(b.d)) return { n: a.n.plus(b.n), d: a.d };
  return { n: a.n.times(b.d).plus(b.n.times(a.d)), d: a.d.times(b.d) };
}

function shown(value: Quotient, places: 2 | 4, mode: TariffSet['rounding']): string {
  return formatFixed(roundQuotient(value.n, value.d, places, mode), places);
}

/** (billed − talk) / talk to four decimals; null without talk time. Billed time is never below talk time. */
function overhead(billed: Quotient, talk: Quotient, mode: TariffSet['rounding']): string | null {
  if (talk.n.isZero()) return null;
  const extra: Dec = maxDec(ZERO, billed.n.times(talk.d).minus(talk.n.times(billed.d)));
  return shown({ n: extra, d: talk.n.times(billed.d) }, 4, mode);
}
