/**
 * An independent reference for the exact part of the estimate: billed
 * minutes, package lines (a typical and the last month's, §4.11) and calls
 * lines (tariff-format.md §4, steps 1–4, 9 and 11),
 * computed with BigInt fractions straight from the spec's formulas. The
 * property tests compare the engine with it on generated inputs.
 */
import type { Plan, RoundingMode, TariffSet, Usage } from '../../src/engine/index.js';

/** An exact fraction n / d with d > 0. */
interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

/** A decimal string or JS number (through its shortest string, exponent allowed) as an exact fraction. */
export function fraction(value: string | number): Fraction {
  const text = String(value);
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match) throw new Error(`not a non-negative decimal: ${text}`);
  const [, whole, decimals = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - decimals.length;
  const digits = BigInt(whole! + decimals);
  return exponent >= 0 ? { n: digits * 10n ** BigInt(exponent), d: 1n } : { n: digits, d: 10n ** BigInt(-exponent) };
}

const times = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
const plus = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const minus = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const over = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d, d: a.d * b.n });
const int = (value: number | bigint): Fraction => ({ n: BigInt(value), d: 1n });

/** Rounds a non-negative fraction to cents by the mode; returns the text "x.xx". */
export function roundToCents(value: Fraction, mode: RoundingMode): string {
  const scaled = value.n * 100n;
  let units = scaled / value.d;
  const twiceRemainder = 2n * (scaled - units * value.d);
  if (twiceRemainder > value.d || (twiceRemainder === value.d && (mode === 'half-up' || units % 2n === 1n))) units += 1n;
  const text = units.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** Cents as "x.xx". */
function centsText(cents: bigint): string {
  const text = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${cents < 0n ? '-' : ''}${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** The reference billed minutes, package lines and calls line of one plan. */
export function referenceLines(
  tariffs: TariffSet,
  usage: Usage,
  plan: Plan,
): { billed: string; package: string; lastPackage: string; calls: string } {
  const mode = tariffs.rounding;
  const minutes = fraction(usage.minutesPerMonth ?? tariffs.defaults.minutesPerMonth);
  const seconds = usage.averageCallSeconds === undefined ? tariffs.defaults.averageCallSeconds : usage.averageCallSeconds;
  let billed = minutes;
  if (seconds !== null) {
    const a = fraction(seconds);
    const i = BigInt(plan.billingIncrementSeconds);
    const steps = (a.n + i * a.d - 1n) / (i * a.d); // ⌈a / i⌉
    billed = over(times(minutes, int(steps * i)), a);
  }

  const given = usage.regionShares ?? {};
  let weights = tariffs.regions.map((region) => fraction(given[region.id] ?? 0));
  if (weights.every((weight) => weight.n === 0n)) weights = tariffs.regions.map((region) => fraction(region.defaultShare));
  const weightSum = weights.reduce(plus, int(0));
  const regional = over(
    weights.reduce((sum, weight, index) => plus(sum, times(weight, fraction(plan.regionMultipliers[tariffs.regions[index]!.id] ?? '1'))), int(0)),
    weightSum,
  );
  const p = over(fraction(usage.peakSharePercent ?? tariffs.defaults.peakSharePercent), int(100));
  const band = plus(times(p, fraction(plan.peakMultiplier)), times(minus(int(1), p), fraction(plan.offPeakMultiplier)));
  const phi = times(regional, band);

  const term = int(plan.termMonths);
  const packageShare = over(fraction(plan.package.price), term);
  const rate = fraction(plan.ratePerMinute);
  const overage = fraction(plan.overageRatePerMinute);
  let calls: Fraction;
  if (plan.package.includes === 'nothing') {
    calls = times(times(billed, phi), rate);
  } else if (plan.package.includes === 'minutes') {
    const excess = minus(billed, over(int(plan.package.minutes), term));
    calls = excess.n > 0n ? times(times(excess, phi), overage) : int(0);
  } else {
    const x = times(times(billed, phi), rate);
    const uncovered = minus(x, packageShare);
    calls = uncovered.n > 0n ? over(times(uncovered, overage), rate) : int(0);
  }
  // §4.11: the last month pays the rest of the rounded price; if that would be
  // negative, every month pays P rounded down instead.
  const inCents = (text: string) => BigInt(text.replace('.', ''));
  const priceCents = inCents(roundToCents(fraction(plan.package.price), mode));
  const others = BigInt(plan.termMonths - 1);
  let packageCents = inCents(roundToCents(packageShare, mode));
  if (priceCents - others * packageCents < 0n) packageCents = (packageShare.n * 100n) / packageShare.d;
  return {
    billed: roundToCents(billed, mode),
    package: centsText(packageCents),
    lastPackage: centsText(priceCents - others * packageCents),
    calls: roundToCents(calls, mode),
  };
}
