import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { estimate, type PlanQuote, type Quote } from '../../src/engine/index.js';
import { minutesArbitrary, tariffsAndUsage, usageArbitrary } from '../support/random-tariffs.js';
import { makePlan, makeTariffs } from '../support/tariff-builder.js';
import { referenceLines } from './reference.js';

const RUNS = { numRuns: 1000 };

/** An amount "123.45" as integer cents, exactly (no JS number carries money). */
function cents(amount: string): bigint {
  return BigInt(amount.replace('.', ''));
}

function total(lines: readonly { amount: string }[]): bigint {
  return lines.reduce((sum, line) => sum + cents(line.amount), 0n);
}

function amountsOf(plan: PlanQuote): string[] {
  return [
    ...plan.lines.map((line) => line.amount),
    ...plan.oneTimeLines.map((line) => line.amount),
    plan.monthlyTotal,
    plan.oneTimeTotal,
    plan.averageMonthly,
    plan.termTotal,
    plan.lastMonthTotal,
    plan.upfrontTotal,
    plan.billedMinutes,
  ];
}

function byId(quote: Quote): Map<string, PlanQuote> {
  return new Map(quote.plans.map((plan) => [plan.planId, plan]));
}

describe('engine properties', function () {
  // A thousand random files per property: on a shared machine under load they
  // can take longer than the runner's 20 s per test without anything being wrong.
  this.timeout(120_000);

  it('the lines of every plan add up exactly to its totals', () => {
    fc.assert(
      fc.property(tariffsAndUsage, ([tariffs, usage]) => {
        for (const plan of estimate(tariffs, usage).plans) {
          expect(total(plan.lines), `${plan.planId} monthly`).to.equal(cents(plan.monthlyTotal));
          expect(total(plan.oneTimeLines), `${plan.planId} one-time`).to.equal(cents(plan.oneTimeTotal));
          // §4.11: every month but the last is a typical one.
          const term = BigInt(plan.termMonths);
          const termCents = cents(plan.monthlyTotal) * (term - 1n) + cents(plan.lastMonthTotal) + cents(plan.oneTimeTotal);
          expect(cents(plan.termTotal), `${plan.planId} term`).to.equal(termCents);
          // averageMonthly is termTotal / termMonths rounded: within half a cent of it.
          const off = cents(plan.averageMonthly) * term * 2n - termCents * 2n;
          expect(off >= -term && off <= term, `${plan.planId} average ${plan.averageMonthly} of ${plan.termTotal}`).to.equal(true);
        }
      }),
      RUNS,
    );
  });

  it('the monthly total never decreases as minutes grow', () => {
    fc.assert(
      fc.property(tariffsAndUsage, minutesArbitrary, ([tariffs, usage], otherMinutes) => {
        const minutes = usage.minutesPerMonth!;
        const [fewer, more] = minutes <= otherMinutes ? [minutes, otherMinutes] : [otherMinutes, minutes];
        const low = byId(estimate(tariffs, { ...usage, minutesPerMonth: fewer }));
        for (const plan of estimate(tariffs, { ...usage, minutesPerMonth: more }).plans) {
          const before = low.get(plan.planId)!;
          expect(cents(plan.monthlyTotal) >= cents(before.monthlyTotal), `${plan.planId}: ${before.monthlyTotal} at ${fewer}, ${plan.monthlyTotal} at ${more}`).to.equal(true);
        }
      }),
      RUNS,
    );
  });

  it('scaling every region weight by one positive constant changes nothing', () => {
    fc.assert(
      fc.property(tariffsAndUsage, fc.integer({ min: 2, max: 1_000_000 }), ([tariffs, usage], factor) => {
        const shares = usage.regionShares ?? {};
        const scaled = Object.fromEntries(Object.entries(shares).map(([id, weight]) => [id, weight * factor]));
        const original = estimate(tariffs, usage);
        const rescaled = estimate(tariffs, { ...usage, regionShares: scaled });
        expect(rescaled.plans).to.deep.equal(original.plans);
      }),
      RUNS,
    );
  });

  it('reordering the plans in the file changes nothing', () => {
    fc.assert(
      fc.property(
        tariffsAndUsage.chain(([tariffs, usage]) =>
          fc.shuffledSubarray([...tariffs.plans], { minLength: tariffs.plans.length }).map((plans) => ({ tariffs, usage, plans })),
        ),
        ({ tariffs, usage, plans }) => {
          const original = estimate(tariffs, usage);
          const reordered = estimate({ ...tariffs, plans }, usage);
          expect(reordered).to.deep.equal(original);
        },
      ),
      RUNS,
    );
  });

  it('a quote does not depend on the estimates made before it with the same tariffs', () => {
    fc.assert(
      fc.property(
        tariffsAndUsage.chain(([tariffs, usage]) => usageArbitrary(tariffs).map((earlier) => ({ tariffs, usage, earlier }))),
        ({ tariffs, usage, earlier }) => {
          estimate(tariffs, earlier);
          const afterwards = estimate(tariffs, usage);
          expect(afterwards).to.deep.equal(estimate(structuredClone(tariffs), usage));
        },
      ),
      RUNS,
    );
  });

  it('no amount is ever negative, NaN or in exponent form', () => {
    fc.assert(
      fc.property(tariffsAndUsage, ([tariffs, usage]) => {
        for (const plan of estimate(tariffs, usage).plans) {
          for (const amount of amountsOf(plan)) expect(amount).to.match(/^\d+\.\d{2}$/);
          if (plan.effectiveRatePerMinute !== null) expect(plan.effectiveRatePerMinute).to.match(/^\d+\.\d{4}$/);
        }
      }),
      RUNS,
    );
  });
});

describe('the whole term (§4.11, §4.12)', () => {
  it('charges exactly the rounded package price over the term, and says what is paid at signing', () => {
    fc.assert(
      fc.property(tariffsAndUsage, ([tariffs, usage]) => {
        const estimated = estimate(tariffs, usage);
        const quotes = byId(estimated);
        const grade = tariffs.numberGrades.find((g) => g.id === estimated.usage.numberGrade);
        for (const plan of tariffs.plans) {
          const quote = quotes.get(plan.id)!;
          const expected = referenceLines(tariffs, usage, plan);
          const price = cents(roundedPrice(plan.package.price, tariffs.rounding));
          const others = BigInt(plan.termMonths - 1);
          expect(cents(expected.package) * others + cents(expected.lastPackage), plan.id).to.equal(price);
          if (tariffs.pricesIncludeTax) {
            const upfront = cents(quote.oneTimeTotal) + (plan.package.paidUpfront ? price : 0n);
            expect(cents(quote.upfrontTotal), `${plan.id} upfront`).to.equal(upfront);
          }
          // Without tax or a floor, the last month differs from the others by its package line only.
          const noFloor = Number(plan.minimumMonthlySpend) === 0 && Number(grade?.minimumMonthlySpend ?? 0) === 0;
          if (tariffs.pricesIncludeTax && noFloor) {
            expect(cents(quote.lastMonthTotal) - cents(quote.monthlyTotal), `${plan.id} last month`).to.equal(
              cents(expected.lastPackage) - cents(expected.package),
            );
          }
        }
      }),
      RUNS,
    );
  });
});

/** A decimal string rounded to cents by the mode, as text. */
function roundedPrice(price: string, mode: 'half-up' | 'half-even'): string {
  const [whole, decimals = ''] = price.split('.');
  const digits = BigInt(whole! + decimals.padEnd(4, '0')); // in 1/10,000
  let units = digits / 100n;
  const rest = digits % 100n;
  if (rest > 50n || (rest === 50n && (mode === 'half-up' || units % 2n === 1n))) units += 1n;
  const text = units.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

describe('exactness', () => {
  it('billed minutes, package and calls lines equal an independent BigInt computation', () => {
    fc.assert(
      fc.property(tariffsAndUsage, ([tariffs, usage]) => {
        const quotes = byId(estimate(tariffs, usage));
        for (const plan of tariffs.plans) {
          const quote = quotes.get(plan.id)!;
          const expected = referenceLines(tariffs, usage, plan);
          expect([quote.billedMinutes, quote.lines[0]!.amount, quote.lines[1]!.amount], plan.id).to.deep.equal([
            expected.billed,
            expected.package,
            expected.calls,
          ]);
        }
      }),
      RUNS,
    );
  });

  it('the reference agrees with the engine on exact ties', () => {
    // One minute at a rate of k cents + 0.005: calls of exactly k.5 cents, a tie for every k.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom('half-up' as const, 'half-even' as const), (k, rounding) => {
        const rate = `${Math.floor(k / 100)}.${String(k % 100).padStart(2, '0')}5`;
        const tariffs = makeTariffs({
          rounding,
          plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: rate })],
        });
        const quote = estimate(tariffs, { minutesPerMonth: 1 });
        const expectedCents = rounding === 'half-up' || k % 2 === 1 ? k + 1 : k;
        expect(cents(quote.plans[0]!.lines[1]!.amount)).to.equal(BigInt(expectedCents));
        expect(quote.plans[0]!.lines[1]!.amount).to.equal(referenceLines(tariffs, { minutesPerMonth: 1 }, tariffs.plans[0]!).calls);
      }),
      RUNS,
    );
  });
});
