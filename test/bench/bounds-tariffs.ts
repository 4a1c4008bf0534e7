/**
 * A tariff set at the bounds of tariff-format.md §2 (v1.1), for the
 * benchmark and the ceiling test: 200 plans of every package kind, 50
 * regions with multipliers up to 1000 (4 decimals), 10-digit amounts, 50
 * add-ons, 20 grades, 20 carriers, 20 peak windows, 50 caller prefixes per
 * region, tax excluded, half-even rounding, the longest minutes slider.
 *
 * Amounts come in four families so that the file is more than a wall of
 * 10-digit prices: plans priced as real 400 packages (so that the cheapest
 * plan changes many times), 10-digit prices and rates, middling ones, and
 * plans whose every field is drawn from any magnitude. A seeded generator
 * makes the same file every time.
 */
import {
  DEFAULT_SHARE,
  INCLUDED_LINES,
  MINUTES_PER_MONTH,
  MONEY_INTEGER_DIGITS,
  MONEY_PLACES,
  MULTIPLIER,
  PACKAGE_MINUTES,
  FACTOR_PLACES,
  MAX_ITEMS,
} from '../../src/engine/limits.js';
import type { PeakWindow, Plan, PlanAddOn, Region, TariffSet, Usage } from '../../src/engine/types.js';

/** What may be changed from the file at the bounds. */
export interface BoundsOptions {
  /** Default "220"; "1", the least the format allows, makes the most concurrent lines. */
  readonly peakHoursPerMonth?: string;
  /** Default 10,000,000, the longest slider. */
  readonly maxMinutesPerMonth?: number;
}

/** A small deterministic generator (mulberry32): the same numbers for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Draw = () => number;

const integer = (draw: Draw, min: number, max: number) => min + Math.floor(draw() * (max - min + 1));

/** A decimal string with `digits` integer digits (at most) and exactly `places` decimals. */
function decimal(draw: Draw, digits: number, places: number): string {
  let whole = '';
  for (let i = 0; i < digits; i++) whole += String(integer(draw, 0, 9));
  let fraction = '';
  for (let i = 0; i < places; i++) fraction += String(integer(draw, 0, 9));
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  return places === 0 ? whole : `${whole}.${fraction}`;
}

/** Money of any size up to 10 integer digits, 4 decimals. */
const anyMoney = (draw: Draw) => decimal(draw, integer(draw, 0, MONEY_INTEGER_DIGITS), MONEY_PLACES);
/** The largest money the format allows, or close to it. */
const hugeMoney = (draw: Draw) => (draw() < 0.2 ? '9999999999.9999' : decimal(draw, MONEY_INTEGER_DIGITS, MONEY_PLACES));

/** A multiplier up to 1000 with 4 decimals, the extremes often. */
function multiplier(draw: Draw): string {
  const pick = draw();
  if (pick < 0.15) return String(MULTIPLIER.max);
  if (pick < 0.25) return '999.9999';
  if (pick < 0.3) return '0.0001';
  if (pick < 0.4) return '1';
  return decimal(draw, integer(draw, 0, 3), FACTOR_PLACES);
}

const INCREMENTS = [1, 6, 7, 60, 3600] as const;
const TERMS = [1, 12, 24, 36, 111, 120, 7] as const;
const KINDS = ['credit', 'minutes', 'nothing'] as const;

/** The families of amounts: realistic, 10 digits, middling, any size per field. */
function amounts(draw: Draw, family: number): { price: string; rate: string; overage: string; floor: string; fee: () => string } {
  switch (family) {
    case 0: {
      const rate = `0.${String(integer(draw, 500, 2000)).padStart(4, '0')}`;
      return {
        price: `${integer(draw, 0, 6000)}.${decimal(draw, 0, 4).slice(2) || '0'}`,
        rate,
        overage: draw() < 0.5 ? rate : `0.${String(integer(draw, 800, 3000)).padStart(4, '0')}`,
        floor: draw() < 0.5 ? '0' : `${integer(draw, 50, 300)}.${String(integer(draw, 0, 99)).padStart(2, '0')}`,
        fee: () => `${integer(draw, 0, 500)}.${String(integer(draw, 0, 9999)).padStart(4, '0')}`,
      };
    }
    case 1:
      return {
        price: hugeMoney(draw),
        rate: hugeMoney(draw),
        overage: hugeMoney(draw),
        floor: draw() < 0.5 ? '9999999999.99' : decimal(draw, MONEY_INTEGER_DIGITS, 2),
        fee: () => hugeMoney(draw),
      };
    case 2:
      return {
        price: decimal(draw, 7, MONEY_PLACES),
        rate: decimal(draw, 2, MONEY_PLACES),
        overage: decimal(draw, 3, MONEY_PLACES),
        floor: decimal(draw, 6, 2),
        fee: () => decimal(draw, 5, MONEY_PLACES),
      };
    default:
      return {
        price: anyMoney(draw),
        rate: anyMoney(draw),
        overage: anyMoney(draw),
        floor: decimal(draw, integer(draw, 0, MONEY_INTEGER_DIGITS), 2),
        fee: () => anyMoney(draw),
      };
  }
}

function boundsPlan(index: number, draw: Draw, regionIds: readonly string[], addOnIds: readonly string[]): Plan {
  const kind = KINDS[index % KINDS.length]!;
  const family = index % 4;
  const { price, rate, overage, floor, fee } = amounts(draw, family);
  const termMonths = TERMS[index % TERMS.length]!;
  const addOns: Record<string, PlanAddOn> = {};
  for (const id of addOnIds) {
    const pick = draw();
    // Most plans offer most add-ons; a few lack some, which makes them unavailable for those.
    if (pick < 0.05) continue;
    addOns[id] = pick < 0.3 ? 'included' : pick < 0.6 ? { monthly: fee() } : { monthly: fee(), oneTime: fee() };
  }
  const regionMultipliers: Record<string, string> = {};
  // Half the plans price every region, a quarter some, a quarter none.
  const regionShare = index % 4 < 2 ? 1 : index % 4 === 2 ? 0.3 : 0;
  for (const id of regionIds) if (draw() < regionShare) regionMultipliers[id] = multiplier(draw);
  const lines =
    index % 3 === 2
      ? { included: draw() < 0.2 ? INCLUDED_LINES.max : integer(draw, INCLUDED_LINES.min, 40), extraLineMonthly: family === 0 ? fee() : anyMoney(draw) }
      : undefined;
  const minutes = draw() < 0.2 ? PACKAGE_MINUTES.max : integer(draw, 0, PACKAGE_MINUTES.max);
  const banded = index % 5 !== 0;
  return {
    id: `plan-${String(index).padStart(3, '0')}`,
    carrier: `carrier-${index % MAX_ITEMS.carriers}`,
    name: { 'zh-CN': `套餐 ${index}`, en: `Plan ${index}` },
    termMonths,
    package:
      kind === 'minutes'
        ? { includes: 'minutes', price, minutes: family === 0 ? integer(draw, 0, 3000) * termMonths : minutes, paidUpfront: true }
        : { includes: kind, price, paidUpfront: index % 2 === 0 },
    ratePerMinute: rate,
    overageRatePerMinute: overage,
    peakMultiplier: banded ? multiplier(draw) : '1',
    offPeakMultiplier: banded ? multiplier(draw) : '1',
    regionMultipliers,
    minimumMonthlySpend: floor,
    billingIncrementSeconds: index % 6 === 5 ? integer(draw, 1, 3600) : INCREMENTS[index % INCREMENTS.length]!,
    setupFee: fee(),
    addOns,
    ...(lines ? { lines } : {}),
  };
}

/** Windows covering parts of every day, two of them to midnight. */
function peakWindows(): PeakWindow[] {
  const windows: PeakWindow[] = [];
  for (let i = 0; i < MAX_ITEMS.peakWindows; i++) {
    const day = (i % 7) + 1;
    const from = `${String(i % 24).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}`;
    const to = i < 2 ? '24:00' : `${String(Math.min(23, (i % 24) + 1 + (i % 3))).padStart(2, '0')}:59`;
    windows.push({ days: i < 2 ? [1, 2, 3, 4, 5, 6, 7] : [day, (day % 7) + 1], from, to });
  }
  return windows;
}

/**
 * Region `k`'s 50 prefixes: a short one (`+1` … `+50`, which begin other
 * regions' longer ones), and 49 of 4 or 14 digits led by k + 1 in two digits,
 * so that no prefix is in two regions.
 */
function callerPrefixes(k: number): string[] {
  const two = (n: number) => String(n).padStart(2, '0');
  const prefixes = [`+${k + 1}`];
  for (let j = 1; j < MAX_ITEMS.callerPrefixes; j++) prefixes.push(`+${two(k + 1)}${two(j)}${j % 3 === 0 ? '0'.repeat(10) : ''}`);
  return prefixes;
}

/** The tariff set at the bounds (every default filled in, as the validator would). */
export function boundsTariffs(options: BoundsOptions = {}): TariffSet {
  const draw = random(0x400);
  const regions: Region[] = [];
  for (let k = 0; k < MAX_ITEMS.regions; k++) {
    const share = k === 0 ? String(DEFAULT_SHARE.max) : k === 1 ? '0.0001' : decimal(draw, integer(draw, 0, 6), FACTOR_PLACES);
    regions.push({ id: `region-${k}`, name: `Region ${k}`, defaultShare: share, callerPrefixes: callerPrefixes(k) });
  }
  const regionIds = regions.map((region) => region.id);
  const addOnIds = Array.from({ length: MAX_ITEMS.addOns }, (_, i) => `add-on-${i}`);
  const plans: Plan[] = [];
  for (let index = 0; index < MAX_ITEMS.plans; index++) plans.push(boundsPlan(index, draw, regionIds, addOnIds));
  return {
    schemaVersion: 1,
    currency: 'CNY',
    effectiveDate: '2026-01-01',
    pricesIncludeTax: false,
    taxRate: '0.09',
    valueAddedTaxRate: '0.06',
    rounding: 'half-even',
    peakHoursPerMonth: options.peakHoursPerMonth ?? '220',
    defaults: {
      minutesPerMonth: 1000,
      peakSharePercent: 60,
      averageCallSeconds: null,
      maxMinutesPerMonth: options.maxMinutesPerMonth ?? MINUTES_PER_MONTH.max,
    },
    regions,
    carriers: Array.from({ length: MAX_ITEMS.carriers }, (_, i) => ({ id: `carrier-${i}`, name: `Carrier ${i}` })),
    addOns: addOnIds.map((id) => ({ id, name: id })),
    numberGrades: Array.from({ length: MAX_ITEMS.numberGrades }, (_, i) => ({
      id: `grade-${i}`,
      name: `Grade ${i}`,
      selectionFee: i === 0 ? '0' : decimal(draw, i % 11, MONEY_PLACES),
      minimumMonthlySpend: i === 0 ? '0' : decimal(draw, i % 11, 2),
    })),
    plans,
    peakWindows: peakWindows(),
    homeCallingCode: '86',
  };
}

/** A usage that exercises everything: every region weighted, short calls, ten add-ons, a grade with a floor. */
export function boundsUsage(tariffs: TariffSet, minutesPerMonth = 3000): Usage {
  const regionShares: Record<string, number> = {};
  tariffs.regions.forEach((region, index) => (regionShares[region.id] = index === 3 ? 1_000_000 : (index * 7919) % 1000));
  return {
    minutesPerMonth,
    peakSharePercent: 63.5,
    regionShares,
    averageCallSeconds: 7,
    addOns: tariffs.addOns.slice(0, 10).map((addOn) => addOn.id),
    numberGrade: 'grade-2',
  };
}
