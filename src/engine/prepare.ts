/**
 * Converts a TariffSet's decimal strings to Decimals once, and precomputes
 * everything that does not depend on the visitor's usage (package lines,
 * rounded fees, which inputs a plan's price depends on). The result is cached
 * per TariffSet object, so moving a slider only pays for the usage-dependent
 * part of the estimate.
 */
import { callTerms, type CallTerms } from './call-terms.js';
import { packageTerm } from './package-term.js';
import { Dec, ONE, TWO, ZERO, dec, formatFixed, roundDecimal } from './exact.js';
import type { Plan, QuoteLine, RoundingMode, TariffSet } from './types.js';

/**
 * A quote line that does not depend on usage: its rounded value, and the
 * line as quotes show it (frozen, since every quote hands out the same object).
 */
export interface FixedLine<K extends string> {
  readonly value: Dec;
  readonly line: QuoteLine<K>;
}

/** A plan's price for one add-on it offers. */
export interface PreparedAddOn {
  /** Monthly line; zero for an included add-on. */
  readonly monthly: FixedLine<'add-on'>;
  /** One-time line, or null when the plan's entry has no `oneTime` field. */
  readonly oneTime: FixedLine<'add-on'> | null;
}

export interface PreparedPlan {
  readonly plan: Plan;
  readonly id: string;
  readonly termMonths: number;
  readonly term: Dec;
  /** 2 × termMonths, to round a quotient by the term. */
  readonly doubleTerm: Dec;
  /** What the package covers of each month's calls, and the price of calls beyond it. */
  readonly calls: CallTerms;
  readonly peak: Dec;
  readonly offPeak: Dec;
  /** The time-band factor when peak and off-peak are equal, else null. */
  readonly uniformBandFactor: Dec | null;
  /** Region factors in the order of the file's regions (missing = 1). */
  readonly regionFactors: readonly Dec[];
  /** The common factor when every region has the same one, else null. */
  readonly uniformRegionFactor: Dec | null;
  readonly minimumSpend: Dec;
  readonly incrementSeconds: number;
  /** The package line of a typical month (every month but the last, §4.11). */
  readonly packageLine: Dec;
  /** The package line as shown in quotes. */
  readonly packageAmount: string;
  /** The last month's package line: the rest of the rounded price (§4.11). */
  readonly lastPackageLine: Dec;
  readonly lastPackageAmount: string;
  /** What the package costs at signing, tax included; zero when it is not paid upfront (§4.12). */
  readonly packageAtSigning: Dec;
  readonly setup: FixedLine<'setup'>;
  /** Tax on the setup fee, or null when prices include tax. */
  readonly setupTax: FixedLine<'tax'> | null;
  readonly addOns: ReadonlyMap<string, PreparedAddOn>;
  readonly lines: { readonly included: number; readonly extraLineMonthly: Dec } | null;
  readonly dependsOn: { readonly peakShare: boolean; readonly regions: boolean };
}

export interface PreparedGrade {
  readonly selection: FixedLine<'number-selection'>;
  readonly minimumSpend: Dec;
}

export interface PreparedTariffs {
  readonly rounding: RoundingMode;
  /** Tax rates, or null when prices include tax. */
  readonly tax: { readonly rate: Dec; readonly valueAddedRate: Dec } | null;
  readonly peakHoursPerMonth: number;
  readonly regionIds: readonly string[];
  readonly grades: ReadonlyMap<string, PreparedGrade>;
  readonly plans: readonly PreparedPlan[];
}

const cache = new WeakMap<TariffSet, PreparedTariffs>();

/** The prepared form of a TariffSet, built on first use and then reused. */
export function prepareTariffs(tariffs: TariffSet): PreparedTariffs {
  let prepared = cache.get(tariffs);
  if (!prepared) {
    prepared = buildPrepared(tariffs);
    cache.set(tariffs, prepared);
  }
  return prepared;
}

function buildPrepared(tariffs: TariffSet): PreparedTariffs {
  const rounding = tariffs.rounding;
  const regionIds = tariffs.regions.map((region) => region.id);
  const tax = tariffs.pricesIncludeTax
    ? null
    : {
        rate: dec(required(tariffs.taxRate, 'taxRate')),
        // The type allows null here (no separate rate): value-added services then pay the tax rate.
        valueAddedRate: dec(tariffs.valueAddedTaxRate ?? required(tariffs.taxRate, 'taxRate')),
      };
  const grades = new Map<string, PreparedGrade>();
  for (const grade of tariffs.numberGrades) {
    grades.set(grade.id, {
      selection: fixedLine('number-selection', roundDecimal(dec(grade.selectionFee), 2, rounding)),
      minimumSpend: dec(grade.minimumMonthlySpend),
    });
  }
  return {
    rounding,
    tax,
    peakHoursPerMonth: Number(tariffs.peakHoursPerMonth),
    regionIds,
    grades,
    plans: tariffs.plans.map((plan) => preparePlan(plan, regionIds, rounding, tax?.rate ?? null)),
  };
}

function preparePlan(
  plan: Plan,
  regionIds: readonly string[],
  rounding: RoundingMode,
  taxRate: Dec | null,
): PreparedPlan {
  const term = dec(plan.termMonths);
  const charged = packageTerm(plan.package, term, rounding, taxRate);
  const setupFee = roundDecimal(dec(plan.setupFee), 2, rounding);
  const peak = factor(plan.peakMultiplier);
  const offPeak = factor(plan.offPeakMultiplier);
  const multipliers = plan.regionMultipliers;
  const regionFactors = regionIds.map((id) => (Object.hasOwn(multipliers, id) ? factor(multipliers[id]!) : ONE));
  const first = regionFactors[0] ?? ONE;
  const uniformRegionFactor = regionFactors.every((factor) => factor.eq(first)) ? first : null;
  const addOns = new Map<string, PreparedAddOn>();
  for (const [id, entry] of Object.entries(plan.addOns)) {
    addOns.set(
      id,
      entry === 'included'
        ? { monthly: fixedLine('add-on', ZERO, id), oneTime: null }
        : {
            monthly: fixedLine('add-on', roundDecimal(dec(entry.monthly ?? '0'), 2, rounding), id),
            oneTime: entry.oneTime === undefined ? null : fixedLine('add-on', roundDecimal(dec(entry.oneTime), 2, rounding), id),
          },
    );
  }
  return {
    plan,
    id: plan.id,
    termMonths: plan.termMonths,
    term,
    doubleTerm: term.times(TWO),
    calls: callTerms(plan.package, term, dec(plan.ratePerMinute), dec(plan.overageRatePerMinute)),
    peak,
    offPeak,
    uniformBandFactor: peak.eq(offPeak) ? peak : null,
    regionFactors,
    uniformRegionFactor,
    minimumSpend: dec(plan.minimumMonthlySpend),
    incrementSeconds: plan.billingIncrementSeconds,
    packageLine: charged.monthly,
    packageAmount: formatFixed(charged.monthly, 2),
    lastPackageLine: charged.last,
    lastPackageAmount: formatFixed(charged.last, 2),
    packageAtSigning: charged.atSigning,
    setup: fixedLine('setup', setupFee),
    setupTax: taxRate === null ? null : fixedLine('tax', roundDecimal(taxRate.times(setupFee), 2, rounding)),
    addOns,
    lines: plan.lines ? { included: plan.lines.included, extraLineMonthly: dec(plan.lines.extraLineMonthly) } : null,
    dependsOn: {
      // With limited lines the peak share also changes how many lines are needed.
      peakShare: !peak.eq(offPeak) || plan.lines !== undefined,
      regions: uniformRegionFactor === null,
    },
  };
}

/** A multiplier, the shared ONE when it is 1 so that multiplying by it can be skipped. */
function factor(value: string): Dec {
  const exact = dec(value);
  return exact.eq(ONE) ? ONE : exact;
}

function fixedLine<K extends string>(kind: K, value: Dec, id?: string): FixedLine<K> {
  const amount = formatFixed(value, 2);
  return { value, line: Object.freeze(id === undefined ? { kind, amount } : { kind, amount, id }) };
}

function required<T>(value: T | null, field: string): T {
  if (value === null) {
    throw new TypeError(`TariffSet.${field} is required when pricesIncludeTax is false`);
  }
  return value;
}
