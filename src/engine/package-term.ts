/**
 * How the package price is charged over the term (tariff-format.md §4.11)
 * and what of it is paid at signing (§4.12).
 *
 * The price is charged in whole cents: every month's package line is
 * round(price / term), except the last, which takes the rest of the rounded
 * price, so that the term pays exactly that price (5000 over 24 months:
 * 23 × 208.33 + 208.41 = 5000.00, never 4999.92). Should the rest come out
 * negative (a fraction of a cent a month, e.g. 1.00 over 111 months), every
 * month pays the price per month rounded down, and the last month the rest.
 */
import { Dec, ONE, ZERO, dec, roundDecimal, roundQuotient } from './exact.js';
import type { PackageSpec, RoundingMode } from './types.js';

export interface PackageTerm {
  /** The package line of every month but the last. */
  readonly monthly: Dec;
  /** The last month's package line (the only month's, for a one-month term). */
  readonly last: Dec;
  /** What the package costs at signing: the rounded price and its tax when paid upfront, else zero. */
  readonly atSigning: Dec;
}

const CENT = new Dec('0.01');

export function packageTerm(pack: PackageSpec, term: Dec, rounding: RoundingMode, taxRate: Dec | null): PackageTerm {
  const price = dec(pack.price);
  const rounded = roundDecimal(price, 2, rounding);
  const others = term.minus(ONE);
  let monthly = roundQuotient(price, term, 2, rounding);
  let last = rounded.minus(others.times(monthly));
  if (last.lt(ZERO)) {
    // ⌊price × 100 / term⌋ cents: exact, by an integer division.
    monthly = price.times(100).divToInt(term).times(CENT);
    last = rounded.minus(others.times(monthly));
  }
  const tax = taxRate === null ? ZERO : roundDecimal(taxRate.times(rounded), 2, rounding);
  return { monthly, last, atSigning: pack.paidUpfront ? rounded.plus(tax) : ZERO };
}
