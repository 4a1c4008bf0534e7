/**
 * Hand-made tariff documents whose cheapest plan changes in the awkward ways:
 * floors, credit running out into overage, included minutes, extra lines as
 * peak traffic grows, switches back and forth, exact ties and rounding flicker.
 */
import type { Usage } from '../../src/engine/types.js';

const base = {
  schemaVersion: 1,
  currency: 'CNY',
  effectiveDate: '2026-01-01',
  carriers: [
    { id: 'cu', name: '联通' },
    { id: 'ct', name: '电信' },
  ],
};

/** Credit with overage, a monthly floor, included minutes and a big credit package. */
export const FLOORS_AND_CREDIT = {
  ...base,
  regions: [
    { id: 'north', name: '北方', defaultShare: 1 },
    { id: 'south', name: '南方', defaultShare: 1 },
  ],
  numberGrades: [
    { id: 'standard', name: '普通号' },
    { id: 'premium', name: '靓号', selectionFee: '3000', minimumMonthlySpend: '260' },
  ],
  plans: [
    {
      id: 'credit-1200', carrier: 'cu', name: 'A', termMonths: 12,
      package: { price: '1200', includes: 'credit' }, ratePerMinute: '0.12', overageRatePerMinute: '0.15',
    },
    {
      id: 'floor-150', carrier: 'ct', name: 'B', termMonths: 12,
      package: { price: '0', includes: 'nothing' }, ratePerMinute: '0.08', minimumMonthlySpend: '150',
      regionMultipliers: { south: '1.25' },
    },
    {
      id: 'minutes-2000', carrier: 'cu', name: 'C', termMonths: 12,
      package: { price: '2300', includes: 'minutes', minutes: 30000 }, ratePerMinute: '0.09', overageRatePerMinute: '0.11',
      setupFee: '120',
    },
    {
      id: 'credit-3600', carrier: 'ct', name: 'D', termMonths: 12,
      package: { price: '3600', includes: 'credit' }, ratePerMinute: '0.065', overageRatePerMinute: '0.07',
      peakMultiplier: '1.2', offPeakMultiplier: '0.8', billingIncrementSeconds: 6,
    },
  ],
};

/** Plans that pay for lines beyond those included; few peak hours make lines grow fast. */
export const EXTRA_LINES = {
  ...base,
  peakHoursPerMonth: 20,
  regions: [{ id: 'all', name: '全国', defaultShare: 1 }],
  plans: [
    {
      id: 'small-lines', carrier: 'cu', name: 'S', termMonths: 12,
      package: { price: '600', includes: 'credit' }, ratePerMinute: '0.10',
      lines: { included: 2, extraLineMonthly: '40' },
    },
    {
      id: 'unlimited', carrier: 'ct', name: 'U', termMonths: 12,
      package: { price: '0', includes: 'nothing' }, ratePerMinute: '0.125', minimumMonthlySpend: '80',
    },
    {
      id: 'many-lines', carrier: 'cu', name: 'M', termMonths: 24,
      package: { price: '4800', includes: 'credit' }, ratePerMinute: '0.095', overageRatePerMinute: '0.1',
      lines: { included: 6, extraLineMonthly: '60' },
    },
  ],
};

/**
 * Tax excluded, add-ons (one plan lacks one), set-up fees, half-even rounding, a
 * plan priced like another over a longer term, and twins that differ only by id.
 */
export const TAX_TIES_AND_TWINS = {
  ...base,
  pricesIncludeTax: false,
  taxRate: '0.09',
  valueAddedTaxRate: '0.06',
  rounding: 'half-even',
  regions: [{ id: 'all', name: '全国', defaultShare: 1 }],
  addOns: [
    { id: 'ivr', name: '语音导航' },
    { id: 'recording', name: '录音' },
  ],
  plans: [
    {
      id: 'p9', carrier: 'cu', name: 'P9', termMonths: 12,
      package: { price: '1200', includes: 'credit' }, ratePerMinute: '0.11', overageRatePerMinute: '0.13',
      addOns: { ivr: { monthly: '10' }, recording: 'included' },
    },
    {
      id: 'p10', carrier: 'cu', name: 'P10', termMonths: 24,
      package: { price: '2400', includes: 'credit' }, ratePerMinute: '0.11', overageRatePerMinute: '0.13',
      addOns: { ivr: { monthly: '10' }, recording: 'included' },
    },
    {
      id: 'setup-heavy', carrier: 'ct', name: 'SH', termMonths: 36,
      package: { price: '0', includes: 'nothing' }, ratePerMinute: '0.085', minimumMonthlySpend: '95.50',
      setupFee: '600', addOns: { ivr: { monthly: '5', oneTime: '60' }, recording: { monthly: '8' } },
    },
    {
      id: 'no-recording', carrier: 'ct', name: 'NR', termMonths: 12,
      package: { price: '600', includes: 'credit' }, ratePerMinute: '0.05', overageRatePerMinute: '0.06',
      addOns: { ivr: 'included' },
    },
  ],
};

/**
 * Two plans with the same cost before rounding but different lines, so that
 * rounding to cents makes the cheapest plan flicker between them minute by minute.
 */
export const ROUNDING_FLICKER = {
  ...base,
  // Half-even rounds the tiny package line (0.005) down, so the credit plan is never dearer.
  rounding: 'half-even',
  regions: [{ id: 'all', name: '全国', defaultShare: 1 }],
  plans: [
    {
      id: 'pay-as-you-go', carrier: 'cu', name: 'G', termMonths: 12,
      package: { price: '0', includes: 'nothing' }, ratePerMinute: '0.1234',
    },
    {
      id: 'tiny-credit', carrier: 'ct', name: 'T', termMonths: 12,
      package: { price: '0.06', includes: 'credit' }, ratePerMinute: '0.1234',
    },
    {
      id: 'flat-90', carrier: 'ct', name: 'F', termMonths: 12,
      package: { price: '1080', includes: 'credit' }, ratePerMinute: '0.02', overageRatePerMinute: '0.2',
    },
  ],
};

/** A tariff document, the usages to try with it, and the range to brute-force. */
export interface SwitchCase {
  readonly name: string;
  readonly document: unknown;
  readonly usages: readonly Usage[];
  readonly maxMinutes: number;
  readonly planIds?: readonly string[];
}

export const CASES: readonly SwitchCase[] = [
  {
    name: 'floors and credit',
    document: FLOORS_AND_CREDIT,
    maxMinutes: 12_000,
    usages: [
      {},
      { peakSharePercent: 90, regionShares: { north: 1, south: 3 }, averageCallSeconds: 45 },
      { numberGrade: 'premium', peakSharePercent: 10 },
    ],
  },
  {
    name: 'extra lines',
    document: EXTRA_LINES,
    maxMinutes: 15_000,
    usages: [{}, { peakSharePercent: 100 }, { peakSharePercent: 35, averageCallSeconds: 200 }],
  },
  {
    name: 'extra lines, two plans',
    document: EXTRA_LINES,
    maxMinutes: 20_000,
    planIds: ['unlimited', 'many-lines'],
    usages: [{ peakSharePercent: 80 }],
  },
  {
    name: 'tax, ties and twins',
    document: TAX_TIES_AND_TWINS,
    maxMinutes: 8_000,
    usages: [{}, { addOns: ['ivr'] }, { addOns: ['ivr', 'recording'], averageCallSeconds: 75 }],
  },
  {
    name: 'rounding flicker',
    document: ROUNDING_FLICKER,
    maxMinutes: 2_000,
    usages: [{}],
  },
];
