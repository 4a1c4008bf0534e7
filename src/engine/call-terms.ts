/**
 * What each package kind covers of a month's calls, and what calls beyond it
 * cost (tariff-format.md §4, step 4). This is the only place that tells the
 * kinds apart: billing.ts prices every plan with the same formula from these
 * terms, and the switch-point search reads the same terms, so a new package
 * kind is priced by adding its case here.
 *
 * With B the billed minutes and φ the rate factor, a month's calls cost
 *
 *   rate × max(0, φ × (B − includedMinutes) − creditMinutes)
 *
 * - `nothing`: every rated minute at the package rate R.
 * - `minutes`: the package includes A = minutes / termMonths billed minutes a
 *   month; those beyond cost the overage rate O (with their rate factor).
 * - `credit`: the month's credit P = price / termMonths pays for P / R rated
 *   minutes at the package rate; what it does not cover is repriced at O,
 *   which is the spec's (X − P) × O / R with X = B × φ × R.
 */
import { Dec, ZERO, dec, type Quotient } from './exact.js';
import type { PackageSpec } from './types.js';

export interface CallTerms {
  /** Billed minutes a month the package includes before the rate factor applies, or null for none. */
  readonly includedMinutes: Quotient | null;
  /** Rated minutes (billed minutes × rate factor) a month the package pays for, or null for none. */
  readonly creditMinutes: Quotient | null;
  /** Price of each rated minute beyond what the package covers; zero when calls are never charged. */
  readonly rate: Dec;
}

const NEVER_CHARGED: CallTerms = { includedMinutes: null, creditMinutes: null, rate: ZERO };

/**
 * The call terms of a package sold over `term` months with package rate `rate`
 * and overage rate `overage` (Decimals of the plan's strings).
 */
export function callTerms(pack: PackageSpec, term: Dec, rate: Dec, overage: Dec): CallTerms {
  switch (pack.includes) {
    case 'nothing':
      return { includedMinutes: null, creditMinutes: null, rate };
    case 'minutes':
      return { includedMinutes: { n: dec(pack.minutes), d: term }, creditMinutes: null, rate: overage };
    case 'credit':
      // At a package rate of zero the credit is never used up.
      if (rate.isZero()) return NEVER_CHARGED;
      return { includedMinutes: null, creditMinutes: { n: dec(pack.price), d: term.times(rate) }, rate: overage };
  }
}
