import { expect } from '@open-wc/testing';
import {
  averageUsage,
  estimate,
  quoteProfile,
  summarizeCalls,
  UsageError,
  type CallRecord,
  type MonthSummary,
  type ProfilePlanQuote,
  type TariffSet,
} from '../../src/engine/index.js';
import { makeGrade, makePlan, makeRegion, makeTariffs } from '../support/tariff-builder.js';

const regions = [makeRegion('home', '1', ['+86']), makeRegion('hk', '1', ['+852'])];

/**
 * `count` calls of `seconds` each in `month`, one after another (never two at
 * once) from 08:00 on its weekdays (peak) or weekend days (off-peak).
 */
function calls(count: number, seconds: number, band: 'peak' | 'offPeak', caller = '13800138000', month = '2026-03'): CallRecord[] {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const days: number[] = [];
  for (let day = 1; day <= new Date(Date.UTC(year, monthNumber, 0)).getUTCDate(); day++) {
    const weekday = new Date(Date.UTC(year, monthNumber - 1, day)).getUTCDay();
    if ((weekday === 0 || weekday === 6) === (band === 'offPeak')) days.push(day);
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return Array.from({ length: count }, (_, index) => {
    const second = 8 * 3600 + Math.floor(index / days.length) * seconds;
    const time = `${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
    return { start: `${month}-${pad(days[index % days.length]!)} ${time}`, seconds, caller };
  });
}

function monthOf(tariffs: TariffSet, records: CallRecord[]): MonthSummary {
  const months = summarizeCalls(tariffs, records).months;
  expect(months).to.have.length(1);
  return months[0]!;
}

function planOf(quote: { plans: readonly ProfilePlanQuote[] }, planId = 'p1'): ProfilePlanQuote {
  const plan = quote.plans.find((candidate) => candidate.planId === planId);
  if (!plan) throw new Error(`no plan ${planId}`);
  return plan;
}

describe('profile quote: a month from its summary (§7)', () => {
  it('nothing included: calls = Φ × R, with the band and region multipliers of each class', () => {
    const tariffs = makeTariffs({
      regions,
      plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10', peakMultiplier: '1.5', regionMultipliers: { hk: '2' } })],
    });
    // Peak home 2 × 61 s → 2 × 2 min; off-peak hk 1 × 30 s → 1 min. B = 5, Φ = 4 × 1.5 + 1 × 2 = 8.
    const month = monthOf(tariffs, [...calls(2, 61, 'peak'), ...calls(1, 30, 'offPeak', '+85291234567')]);
    const plan = planOf(quoteProfile(tariffs, [{ summary: month }]));
    expect(plan.months[0]).to.deep.equal({ month: '2026-03', monthlyTotal: '0.80', billedMinutes: '5.00', talkMinutes: '2.53', linesNeeded: 1, extraLines: 0 });
  });

  it('bills each plan at its own increment: ⌈d/i⌉ × i / 60 minutes a call', () => {
    const tariffs = makeTariffs({
      regions,
      plans: [
        makePlan({ id: 'minute', package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10', peakMultiplier: '1.5', regionMultipliers: { hk: '2' } }),
        makePlan({ id: 'six', package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10', peakMultiplier: '1.5', regionMultipliers: { hk: '2' }, billingIncrementSeconds: 6 }),
      ],
    });
    const month = monthOf(tariffs, [...calls(2, 61, 'peak'), ...calls(1, 30, 'offPeak', '+85291234567')]);
    const quote = quoteProfile(tariffs, [{ summary: month }]);
    // 6 s: 61 s → 66 s = 1.1 min (× 2 = 2.2, peak), 30 s → 0.5 min (hk). Φ = 2.2 × 1.5 + 0.5 × 2 = 4.3 → 0.43.
    expect(planOf(quote, 'six')).to.include({ profileTotal: '0.43', billedMinutes: '2.70', talkMinutes: '2.53' });
    expect(planOf(quote, 'minute')).to.include({ profileTotal: '0.80', billedMinutes: '5.00' });
    // Talk 152 s: (300 − 152) / 152 = 0.97368…, (162 − 152) / 152 = 0.065789…
    expect(planOf(quote, 'minute').roundingOverhead).to.equal('0.9737');
    expect(planOf(quote, 'six').roundingOverhead).to.equal('0.0658');
    expect(quote.cheapestPlanId).to.equal('six');
  });

  it('minutes included: calls = (B − A) / B × Φ × O once B passes A', () => {
    const tariffs = makeTariffs({
      plans: [makePlan({ package: { includes: 'minutes', price: '120', minutes: 120 }, ratePerMinute: '0.10', overageRatePerMinute: '0.20', peakMultiplier: '2' })],
    });
    // A = 10; peak 20 min, off-peak 10 min: B = 30, Φ = 20 × 2 + 10 = 50; calls = 20/30 × 50 × 0.20 = 6.666… → 6.67.
    const busy = monthOf(tariffs, [...calls(20, 60, 'peak'), ...calls(10, 60, 'offPeak')]);
    expect(planOf(quoteProfile(tariffs, [{ summary: busy }])).profileTotal).to.equal('16.67');
    // 8 min: within the 10 included, whatever the multipliers.
    const slow = monthOf(tariffs, calls(8, 60, 'peak'));
    expect(planOf(quoteProfile(tariffs, [{ summary: slow }])).profileTotal).to.equal('10.00');
  });

  it('credit: X = Φ × R; the part beyond the month\'s credit P repriced at O', () => {
    const tariffs = makeTariffs({
      plans: [makePlan({ package: { includes: 'credit', price: '1200' }, ratePerMinute: '0.12', overageRatePerMinute: '0.15', peakMultiplier: '1.5' })],
    });
    // Φ = 500 × 1.5 + 300 = 1050; X = 126 > P = 100; calls = 26 × 0.15 / 0.12 = 32.50.
    const busy = monthOf(tariffs, [...calls(500, 60, 'peak'), ...calls(300, 60, 'offPeak')]);
    const slow = monthOf(tariffs, calls(100, 60, 'offPeak')); // X = 12 ≤ 100: covered by the credit
    const plan = planOf(quoteProfile(tariffs, [{ summary: busy }, { summary: slow }]));
    expect(plan.months.map((m) => m.monthlyTotal)).to.deep.equal(['132.50', '100.00']);
    expect(plan).to.include({ profileTotal: '232.50', profileAverageMonthly: '116.25', upfrontTotal: '1200.00' });
  });

  it('charges the floor in every slow month, not only on the average', () => {
    const tariffs = makeTariffs({
      plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10', minimumMonthlySpend: '50' })],
    });
    const busy = monthOf(tariffs, calls(1000, 60, 'peak'));
    const slow = monthOf(tariffs, calls(100, 60, 'peak'));
    const plan = planOf(quoteProfile(tariffs, [{ summary: busy }, { summary: slow }]));
    expect(plan.months.map((m) => m.monthlyTotal)).to.deep.equal(['100.00', '50.00']);
    expect(plan).to.include({ profileTotal: '150.00', profileAverageMonthly: '75.00' });
    // The average month (550 min) would say 55.00 a month: the log shows 75.00.
    expect(estimate(tariffs, { minutesPerMonth: 550 }).plans[0]!.monthlyTotal).to.equal('55.00');
  });

  it('rounds profileAverageMonthly once: months and one-time fees spread over the term, exactly', () => {
    const tariffs = makeTariffs({
      plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.01', setupFee: '100', termMonths: 12 })],
    });
    const plan = planOf(quoteProfile(tariffs, [{ usage: { minutesPerMonth: 1000 } }, { usage: { minutesPerMonth: 1000 } }, { usage: { minutesPerMonth: 1001 } }]));
    // 30.01 / 3 + 100 / 12 = 10.00333… + 8.33333… = 18.33666… → 18.34 (rounding each part first would give 18.33).
    expect(plan).to.include({ profileTotal: '30.01', oneTimeTotal: '100.00', profileAverageMonthly: '18.34' });
  });

  it('takes the peak concurrency for lines, at least 1, and charges the extra lines month by month', () => {
    const tariffs = makeTariffs({ plans: [makePlan({ lines: { included: 1, extraLineMonthly: '15' } })] });
    const three = monthOf(tariffs, [
      { start: '2026-03-02 10:00:00', seconds: 300 },
      { start: '2026-03-02 10:01:00', seconds: 300 },
      { start: '2026-03-02 10:02:00', seconds: 300 },
    ]);
    const empty: MonthSummary = { ...three, month: '2026-04', classes: [], calls: 0, answeredCalls: 0, talkSeconds: 0, peakConcurrency: 0, firstDay: null, lastDay: null };
    const plan = planOf(quoteProfile(tariffs, [{ summary: three }, { summary: empty }]));
    expect(plan.months.map((m) => [m.linesNeeded, m.extraLines, m.monthlyTotal])).to.deep.equal([
      [3, 2, '130.00'],
      [1, 0, '100.00'],
    ]);
    expect(plan).to.include({ peakConcurrency: 3, linesIncluded: 1, extraLinesMax: 2, roundingOverhead: '0.0000', talkMinutes: '15.00' });
    expect(plan.months[1]!.talkMinutes).to.equal('0.00');
    // A month without talk has no rounding to speak of, and its package still costs the month.
    expect(planOf(quoteProfile(tariffs, [{ summary: empty }]))).to.include({ roundingOverhead: null, talkMinutes: '0.00', profileTotal: '100.00', peakConcurrency: 0 });
  });

  it('prices a usage month as a typical month of the term, through the same bill as estimate', () => {
    const tariffs = makeTariffs({ plans: [makePlan({ package: { includes: 'credit', price: '5000' }, termMonths: 24 })] });
    const usage = { minutesPerMonth: 1000, averageCallSeconds: 150 };
    const quoted = estimate(tariffs, usage).plans[0]!;
    const plan = planOf(quoteProfile(tariffs, [{ month: 'typical', usage }]));
    expect(plan.months[0]).to.deep.include({ month: 'typical', monthlyTotal: quoted.monthlyTotal, billedMinutes: '1200.00', linesNeeded: quoted.linesNeeded });
    // One month of a profile is not the term: the last month's extra cents are not in it.
    expect(quoted.monthlyTotal).to.equal('208.33');
    expect(plan.profileAverageMonthly).to.equal('208.33');
    expect(quoted.averageMonthly).to.equal('208.33');
    expect(plan.roundingOverhead).to.equal('0.2000'); // 1200 billed for 1000 talked
    expect(plan.peakConcurrency).to.equal(quoted.linesNeeded);
  });

  it('ranks by profile average, then profile total, then id; unavailable plans last', () => {
    const tariffs = makeTariffs({
      plans: [
        makePlan({ id: 'p9', package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10' }),
        makePlan({ id: 'p10', package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10' }),
        makePlan({ id: 'dear', package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.20', addOns: { ivr: 'included' } }),
        // Same profile average as p9/p10 (10.00) but a smaller total: 9.00 over 1 month + 12 / 12.
        makePlan({ id: 'setup', package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.09', setupFee: '12' }),
      ],
    });
    const month = monthOf(tariffs, calls(100, 60, 'peak'));
    expect(quoteProfile(tariffs, [{ summary: month }]).plans.map((p) => [p.planId, p.profileAverageMonthly, p.profileTotal])).to.deep.equal([
      ['setup', '10.00', '9.00'],
      ['p10', '10.00', '10.00'],
      ['p9', '10.00', '10.00'],
      ['dear', '20.00', '20.00'],
    ]);
    const withIvr = quoteProfile(tariffs, [{ summary: month }], { addOns: ['ivr'] });
    expect(withIvr.plans.map((p) => p.planId)).to.deep.equal(['dear', 'setup', 'p10', 'p9']);
    expect(withIvr.cheapestPlanId).to.equal('dear');
    expect(withIvr.plans[1]!.unavailableReason).to.deep.equal({ code: 'add-on-not-offered', addOnIds: ['ivr'] });
    expect(quoteProfile(tariffs, [{ summary: month }], { planIds: ['p9', 'nope'] }).plans.map((p) => p.planId)).to.deep.equal(['p9']);
  });

  it("applies the chosen number grade's floor and fees in every month", () => {
    const tariffs = makeTariffs({
      numberGrades: [makeGrade('standard'), makeGrade('premium', '600', '80')],
      plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10' })],
    });
    const month = monthOf(tariffs, calls(100, 60, 'peak'));
    const plan = planOf(quoteProfile(tariffs, [{ summary: month }, { usage: { minutesPerMonth: 1000, numberGrade: 'standard' } }], { numberGrade: 'premium' }));
    // 10.00 tops up to 80.00; the usage month's own grade is not read: 100.00 is above the floor anyway.
    expect(plan.months.map((m) => m.monthlyTotal)).to.deep.equal(['80.00', '100.00']);
    expect(plan).to.include({ oneTimeTotal: '600.00', profileAverageMonthly: '140.00' }); // 180 / 2 + 600 / 12
  });

  it('has no figures for an empty profile: no plans, no cheapest plan', () => {
    const quote = quoteProfile(makeTariffs(), []);
    expect(quote).to.deep.equal({ currency: 'CNY', effectiveDate: '2026-01-01', monthCount: 0, plans: [], cheapestPlanId: null });
    expect(() => quoteProfile(makeTariffs(), [], { addOns: ['nope'] })).to.throw(UsageError);
  });

  it('rejects a summary the file cannot bill, naming where', () => {
    const tariffs = makeTariffs();
    const month = monthOf(tariffs, calls(1, 60, 'peak'));
    const wrong = (summary: Partial<MonthSummary>) => () => quoteProfile(tariffs, [{ usage: {} }, { summary: { ...month, ...summary } }]);
    expect(wrong({ classes: [{ band: 'peak', regionId: 'mars', seconds: 60, count: 1 }] })).to.throw(UsageError, 'months[1].summary.classes[0].regionId');
    expect(wrong({ classes: [{ band: 'peak', regionId: 'all', seconds: 60, count: 1.5 }] })).to.throw(UsageError, 'count');
    expect(wrong({ peakConcurrency: -1 })).to.throw(UsageError, 'peakConcurrency');
    expect(() => quoteProfile(tariffs, [{ usage: { minutesPerMonth: -1 } }])).to.throw(UsageError, 'minutesPerMonth');
  });
});

describe('averageUsage (§7 to §3)', () => {
  const tariffs = makeTariffs({ regions });
  const summary = summarizeCalls(tariffs, [
    ...calls(30, 100, 'peak', '13800138000', '2026-03'), // 3000 s peak, home
    ...calls(10, 60, 'offPeak', '+85291234567', '2026-03'), // 600 s off-peak, hk
    ...calls(6, 150, 'peak', '13800138000', '2026-05'), // 900 s; April has no calls
    { start: '2026-05-20 10:00:00', seconds: 0 },
  ]);

  it('starts the sliders from the average month of the log', () => {
    // 4500 s over 3 months = 25 min; peak 3900 / 4500 = 86.67 %; 46 answered calls: 97.8 s.
    expect(averageUsage(tariffs, summary)).to.deep.equal({
      minutesPerMonth: 25,
      peakSharePercent: 87,
      regionShares: { home: 3900, hk: 600 },
      averageCallSeconds: 98,
    });
    // The usage is one the engine accepts.
    expect(estimate(tariffs, averageUsage(tariffs, summary)).usage.minutesPerMonth).to.equal(25);
  });

  it('averages only the chosen months', () => {
    expect(averageUsage(tariffs, summary, { months: ['2026-05'] })).to.deep.equal({
      minutesPerMonth: 15,
      peakSharePercent: 100,
      regionShares: { home: 900, hk: 0 },
      averageCallSeconds: 150,
    });
    expect(averageUsage(tariffs, summary, { months: ['2026-04'] })).to.deep.equal({ minutesPerMonth: 0, averageCallSeconds: null });
    expect(averageUsage(tariffs, summary, { months: [] })).to.deep.equal({});
  });
});
