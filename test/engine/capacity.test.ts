import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { erlangB, estimate, linesNeeded } from '../../src/engine/index.js';
import { MAX_ERLANGS, MAX_LINES } from '../../src/engine/limits.js';
import { makePlan, makeTariffs } from '../support/tariff-builder.js';
import { line, monthly, planQuote } from './helpers.js';

describe('Erlang B', () => {
  it('follows the recursion B(0) = 1, B(n) = E·B(n−1) / (n + E·B(n−1))', () => {
    // E = 1: B(1) = 1 / 2 = 0.5; B(2) = 0.5 / 2.5 = 0.2; B(3) = 0.2 / 3.2 = 0.0625.
    expect(erlangB(0, 3)).to.equal(1);
    expect(erlangB(1, 1)).to.equal(0.5);
    expect(erlangB(2, 1)).to.be.closeTo(0.2, 1e-15);
    expect(erlangB(3, 1)).to.be.closeTo(0.0625, 1e-15);
  });

  it('matches the published 1 % table: 5 lines carry 1.361 E, 10 lines 4.461 E', () => {
    expect(erlangB(5, 1.361)).to.be.closeTo(0.01, 1e-4);
    expect(erlangB(10, 4.461)).to.be.closeTo(0.01, 1e-4);
  });

  it('finds the smallest number of lines with at most 1 % blocking', () => {
    // The exact 1 % capacity of 5 lines is 1.3608 E (tables print 1.361), of 10 lines 4.4612 E.
    expect(linesNeeded(1.36)).to.equal(5);
    expect(linesNeeded(1.361)).to.equal(6); // just above 1.3608 E: B(5) = 0.010006
    expect(linesNeeded(1.37)).to.equal(6);
    expect(linesNeeded(4.461)).to.equal(10);
    expect(linesNeeded(4.47)).to.equal(11);
    expect(linesNeeded(0)).to.equal(1);
  });

  it('takes another grade of service', () => {
    // E = 1: B(1) = 0.5 > 0.2, B(2) = 0.2 ≤ 0.2 → 2 lines.
    expect(linesNeeded(1, 0.2)).to.equal(2);
  });

  it('handles the largest traffic quickly', () => {
    // 10,000,000 minutes at 100 % peak over 220 h: E = 10^7 / 13200 ≈ 757.6.
    const started = performance.now();
    const lines = linesNeeded(1e7 / 13200);
    expect(lines).to.be.within(758, 800);
    expect(performance.now() - started).to.be.below(50);
  });

  it('rejects traffic that is negative or not a number', () => {
    expect(() => linesNeeded(-1)).to.throw(RangeError);
    expect(() => linesNeeded(Number.NaN)).to.throw(RangeError);
    expect(() => erlangB(1.5, 1)).to.throw(RangeError);
  });

  it('bounds its inputs, so that no call runs for long', () => {
    // One recursion step per line: 10^8 lines would take seconds.
    expect(() => erlangB(MAX_LINES + 1, 1)).to.throw(RangeError, /10,000/);
    expect(() => erlangB(1e8, 1)).to.throw(RangeError);
    expect(erlangB(MAX_LINES, 1)).to.equal(0);
    expect(() => linesNeeded(MAX_ERLANGS * 1.01)).to.throw(RangeError);
    expect(() => erlangB(1, Number.POSITIVE_INFINITY)).to.throw(RangeError);
    // The most a usage offers: 10,000,000 minutes at 100 % peak in 1 peak hour a month.
    expect(MAX_ERLANGS).to.equal(10_000_000 / 60);
    const started = performance.now();
    expect(linesNeeded(MAX_ERLANGS)).to.be.within(160_000, 170_000);
    expect(performance.now() - started).to.be.below(500);
  });
});

describe('lines needed for heavy traffic', () => {
  /** The recursion from one line, step by step, as §5 writes it. */
  function fromOneLine(erlangs: number, blocking: number): number {
    let b = 1;
    for (let n = 1; ; n++) {
      const carried = erlangs * b;
      b = carried / (n + carried);
      if (b <= blocking) return n;
    }
  }

  it('are those of the recursion from one line, which above 1,000 E starts near the answer instead', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1000, max: MAX_ERLANGS, noNaN: true }),
        fc.constantFrom(0.01, 0.05, 0.001, 1e-9, 0.3, 0.49, 0.6),
        (erlangs, blocking) => {
          expect(linesNeeded(erlangs, blocking), `${erlangs} E at ${blocking}`).to.equal(fromOneLine(erlangs, blocking));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('concurrent lines in a quote', () => {
  const limited = makePlan({ lines: { included: 2, extraLineMonthly: '1.25' } });
  // M = 13200 at 100 % peak: E = 13200 × 1 / (220 × 60) = 1 Erlang;
  // B(4) = 0.0154 > 0.01, B(5) = 0.0031 ≤ 0.01 → 5 lines.
  const busy = { minutesPerMonth: 13200, peakSharePercent: 100 };

  it('charges the lines needed beyond those included', () => {
    // extra = 5 − 2 = 3 lines × 1.25 = 3.75; P = 100, X = 13200 × 0.12 = 1584 → calls 1484.00; total 1587.75.
    const quote = estimate(makeTariffs({ plans: [limited] }), busy);
    expect([quote.peakErlangs, quote.linesNeeded]).to.deep.equal([1, 5]);
    const plan = quote.plans[0]!;
    expect(monthly(plan)).to.deep.equal(['package 100.00', 'calls 1484.00', 'minimum-top-up 0.00', 'extra-lines 3.75']);
    expect([plan.linesNeeded, plan.linesIncluded, plan.extraLines]).to.deep.equal([5, 2, 3]);
    expect(plan.monthlyTotal).to.equal('1587.75');
    expect(plan.dependsOn.peakShare).to.equal(true);
  });

  it('keeps a 0.00 extra-lines line when the included lines suffice', () => {
    // 1000 minutes at 60 %: E = 600 / 13200 = 0.045 → B(1) = 0.043, B(2) = 0.001 → 2 lines, none extra.
    const plan = planQuote(makeTariffs({ plans: [limited] }), { minutesPerMonth: 1000, peakSharePercent: 60 });
    expect([plan.linesNeeded, plan.extraLines]).to.deep.equal([2, 0]);
    expect(line(plan, 'extra-lines')).to.equal('0.00');
  });

  it("counts the visitor's minutes, not the billed ones", () => {
    // With 250 s calls B = 13200 × 300 / 250 = 15840, but E stays 13200 / 13200 = 1 → 5 lines.
    const plan = planQuote(makeTariffs({ plans: [limited] }), { ...busy, averageCallSeconds: 250 });
    expect([plan.linesNeeded, plan.extraLines]).to.deep.equal([5, 3]);
  });

  it("uses the file's peak hours", () => {
    // 110 peak hours: E = 13200 / (110 × 60) = 2; B(6, 2) = 0.0121 > 0.01, B(7, 2) = 0.0034 → 7 lines, 5 extra = 6.25.
    const plan = planQuote(makeTariffs({ peakHoursPerMonth: '110', plans: [limited] }), busy);
    expect([plan.linesNeeded, plan.extraLines, line(plan, 'extra-lines')]).to.deep.equal([7, 5, '6.25']);
  });

  it('lists no extra-lines line for a plan with unlimited lines', () => {
    const plan = planQuote(makeTariffs(), busy);
    expect(plan.lines.map((entry) => entry.kind)).to.deep.equal(['package', 'calls', 'minimum-top-up']);
    expect([plan.linesNeeded, plan.linesIncluded, plan.extraLines]).to.deep.equal([5, null, 0]);
    expect(plan.dependsOn.peakShare).to.equal(false);
  });
});
