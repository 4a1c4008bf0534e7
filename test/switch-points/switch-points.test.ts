import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { costCurves } from '../../src/engine/cost-curves.js';
import { estimate } from '../../src/engine/estimate.js';
import { ExactCheapest, searchByMonotonicity, switchPoints, type SwitchPoint } from '../../src/engine/switch-points.js';
import type { TariffSet, Usage } from '../../src/engine/types.js';
import { parseTariffs } from '../../src/tariffs/validate.js';
import defaultDocument from '../../src/tariffs/default.json';
import { CASES, EXTRA_LINES, FLOORS_AND_CREDIT, TAX_TIES_AND_TWINS } from './fixtures.js';
import { tariffDocumentAndUsage } from '../support/random-tariffs.js';

// Mocha's globals, provided by the test runner.

/** The cheapest plan at every single minute, asked of the engine one minute at a time. */
function bruteForce(tariffs: TariffSet, usage: Usage, maxMinutes: number, planIds?: readonly string[]): SwitchPoint[] {
  const points: SwitchPoint[] = [];
  for (let minutes = 0; minutes <= maxMinutes; minutes++) {
    const planId = estimate(tariffs, { ...usage, minutesPerMonth: minutes }, { planIds }).cheapestPlanId;
    if (planId === null) return [];
    if (points.length === 0 || points[points.length - 1]!.planId !== planId) points.push({ minutes, planId });
  }
  return points;
}

const defaults = parseTariffs(defaultDocument);

describe('switchPoints against a brute force over every minute', () => {
  for (const testCase of CASES) {
    const tariffs = parseTariffs(testCase.document);
    testCase.usages.forEach((usage, index) => {
      it(`${testCase.name}, usage ${index + 1}: 0–${testCase.maxMinutes} minutes`, function () {
        this.timeout(60_000);
        const options = { maxMinutes: testCase.maxMinutes, planIds: testCase.planIds };
        expect(switchPoints(tariffs, usage, options)).to.deep.equal(
          bruteForce(tariffs, usage, testCase.maxMinutes, testCase.planIds),
        );
      });
    });
  }

  const defaultRuns: { usage: Usage; maxMinutes: number; planIds?: string[] }[] = [
    { usage: {}, maxMinutes: 5_000 },
    { usage: { peakSharePercent: 100, addOns: ['ivr'] }, maxMinutes: 20_000, planIds: ['telecom-1200', 'telecom-monthly-120', 'unicom-1800', 'unicom-peak'] },
    {
      usage: { addOns: ['recording', 'ringback'], numberGrade: 'select' },
      maxMinutes: 20_000,
      planIds: ['unicom-1800', 'mobile-3000', 'unicom-peak', 'telecom-600'],
    },
    {
      usage: { regionShares: { mainland: 1, international: 1 }, averageCallSeconds: 40, peakSharePercent: 20 },
      maxMinutes: 20_000,
      planIds: ['telecom-600', 'telecom-1200', 'unicom-peak', 'mobile-regional', 'mobile-minutes-1980'],
    },
    { usage: { peakSharePercent: 85 }, maxMinutes: 20_000, planIds: ['mobile-3000', 'mobile-5000-2y', 'unicom-1200'] },
  ];
  defaultRuns.forEach(({ usage, maxMinutes, planIds }, index) => {
    it(`default tariffs, usage ${index + 1}: 0–${maxMinutes} minutes${planIds ? `, ${planIds.length} plans` : ''}`, function () {
      this.timeout(60_000);
      expect(switchPoints(defaults, usage, { maxMinutes, planIds })).to.deep.equal(
        bruteForce(defaults, usage, maxMinutes, planIds),
      );
    });
  });

  it('random tariffs and usages: 0–3,000 minutes', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(tariffDocumentAndUsage, ({ document, usage }) => {
        const tariffs = parseTariffs(document);
        expect(switchPoints(tariffs, usage, { maxMinutes: 3_000 })).to.deep.equal(bruteForce(tariffs, usage, 3_000));
      }),
      { numRuns: 40 },
    );
  });

  it('the model-free search agrees with the brute force too', function () {
    this.timeout(60_000);
    for (const [document, usage, maxMinutes] of [
      [FLOORS_AND_CREDIT, { peakSharePercent: 90 }, 4_000],
      [EXTRA_LINES, {}, 8_000],
      [TAX_TIES_AND_TWINS, { addOns: ['ivr', 'recording'] }, 3_000],
    ] as const) {
      const tariffs = parseTariffs(document);
      const ids = tariffs.plans.map((plan) => plan.id);
      const available = estimate(tariffs, usage).plans.filter((plan) => plan.available).map((plan) => plan.planId);
      const found = searchByMonotonicity(available, maxMinutes, new ExactCheapest(tariffs, usage));
      expect(found).to.deep.equal(bruteForce(tariffs, usage, maxMinutes, ids));
    }
  });
});

describe('switchPoints: edges and properties', () => {
  it('is empty when no plan offers a chosen add-on, and one point for a range of 0', () => {
    const tariffs = parseTariffs(TAX_TIES_AND_TWINS);
    expect(switchPoints(tariffs, { addOns: ['recording'] }, { maxMinutes: 100, planIds: ['no-recording'] })).to.deep.equal([]);
    expect(switchPoints(tariffs, {}, { maxMinutes: 0 })).to.deep.equal([{ minutes: 0, planId: estimate(tariffs, { minutesPerMonth: 0 }).cheapestPlanId }]);
  });

  it('rejects a range that is not an integer from 0 to 10,000,000', () => {
    for (const maxMinutes of [-1, 1.5, Number.NaN, 10_000_001]) {
      expect(() => switchPoints(defaults, {}, { maxMinutes })).to.throw(RangeError);
    }
  });

  it('gives the same switches on a shorter range, cut at its end', () => {
    const full = switchPoints(defaults, {}, { maxMinutes: 100_000 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (maxMinutes) => {
        const expected = full.filter((point) => point.minutes <= maxMinutes);
        expect(switchPoints(defaults, {}, { maxMinutes })).to.deep.equal(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('names, at each switch, the plan the engine ranks first on both sides', () => {
    fc.assert(
      fc.property(
        fc.record({
          peakSharePercent: fc.integer({ min: 0, max: 100 }),
          averageCallSeconds: fc.option(fc.integer({ min: 1, max: 600 })),
          addOns: fc.subarray(['ivr', 'recording', 'ringback']),
          numberGrade: fc.constantFrom('standard', 'select', 'premium'),
        }),
        (usage) => {
          const points = switchPoints(defaults, usage, { maxMinutes: 100_000 });
          points.forEach((point, index) => {
            const at = estimate(defaults, { ...usage, minutesPerMonth: point.minutes }).cheapestPlanId;
            expect(at, `at ${point.minutes}`).to.equal(point.planId);
            if (index > 0) {
              const before = estimate(defaults, { ...usage, minutesPerMonth: point.minutes - 1 }).cheapestPlanId;
              expect(before, `before ${point.minutes}`).to.equal(points[index - 1]!.planId);
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('takes well under 10 ms for 10 plans over 0–100,000 minutes', function () {
    this.timeout(60_000);
    const usages: Usage[] = [{}, { peakSharePercent: 100 }, { addOns: ['ivr'] }, { addOns: ['recording', 'ringback'], numberGrade: 'select' }];
    const times: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const usage of usages) {
        // Fresh objects, as the element passes after each input.
        const start = performance.now();
        switchPoints(defaults, { ...usage, peakSharePercent: (usage.peakSharePercent ?? 60) - (round % 2) }, { maxMinutes: 100_000 });
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const worst = times[times.length - 1]!;
    console.log(`switchPoints, ${defaults.plans.length} plans, 0–100,000 minutes: median ${median.toFixed(2)} ms, worst ${worst.toFixed(2)} ms over ${times.length} runs`);
    expect(median).to.be.below(10);
  });
});

describe('costCurves', () => {
  it('gives every plan the engine figures at samples, both sides of each switch and its own bends and steps', () => {
    const tariffs = parseTariffs(EXTRA_LINES);
    const usage: Usage = { peakSharePercent: 80 };
    const result = costCurves(tariffs, usage, { maxMinutes: 20_000, samples: 10 });
    expect(result.switchPoints).to.deep.equal(switchPoints(tariffs, usage, { maxMinutes: 20_000 }));
    expect(result.curves.map((curve) => curve.planId)).to.deep.equal(tariffs.plans.map((plan) => plan.id));
    const shared = result.minutes;
    expect(shared[0]).to.equal(0);
    expect(shared[shared.length - 1]).to.equal(20_000);
    expect([...shared].sort((a, b) => a - b)).to.deep.equal(shared);
    for (let i = 0; i <= 10; i++) expect(shared).to.include(i * 2_000);
    for (const point of result.switchPoints.slice(1)) expect(shared).to.include.members([point.minutes - 1, point.minutes]);
    expect(shared).to.have.length(11 + 2 * (result.switchPoints.length - 1));

    const own = (planId: string) => {
      const minutes = result.curves.find((curve) => curve.planId === planId)!.points.map((point) => point.minutes);
      expect([...minutes].sort((a, b) => a - b), planId).to.deep.equal(minutes);
      expect(minutes, planId).to.include.members([...shared]);
      return minutes.filter((m) => !shared.includes(m));
    };
    // The plan without lines bends once, where its calls pass the 80 yuan floor (640 minutes at 0.125):
    expect(own('unlimited')).to.deep.equal([640]);
    // the plans that pay for extra lines step where the lines needed at peak grow, on both sides of each step,
    // and bend where their credit runs out (50 a month at 0.10 and 200 a month at 0.095); no plan has another's bends.
    const lineSteps = (minutes: number[]) =>
      minutes.filter((m) => minutes.includes(m + 1) && estimate(tariffs, { ...usage, minutesPerMonth: m }).linesNeeded < estimate(tariffs, { ...usage, minutesPerMonth: m + 1 }).linesNeeded);
    const small = own('small-lines');
    const many = own('many-lines');
    expect(small).to.include(500).and.not.include(640);
    expect(many).to.include(Math.ceil(200 / 0.095)).and.not.include(500);
    expect(lineSteps(small).length).to.be.above(2);
    expect(lineSteps(many)).to.deep.equal(lineSteps(small));

    for (const curve of result.curves) {
      for (const point of curve.points) {
        const plan = estimate(tariffs, { ...usage, minutesPerMonth: point.minutes }).plans.find((p) => p.planId === curve.planId)!;
        expect(point).to.deep.equal({ minutes: point.minutes, averageMonthly: plan.averageMonthly, monthlyTotal: plan.monthlyTotal });
      }
    }
  });

  it('marks plans lacking a chosen add-on as unavailable', () => {
    const tariffs = parseTariffs(TAX_TIES_AND_TWINS);
    const result = costCurves(tariffs, { addOns: ['recording'] }, { maxMinutes: 1_000 });
    const available = Object.fromEntries(result.curves.map((curve) => [curve.planId, curve.available]));
    expect(available).to.deep.equal({ p9: true, p10: true, 'setup-heavy': true, 'no-recording': false });
  });
});
