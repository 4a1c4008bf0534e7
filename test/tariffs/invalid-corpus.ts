// The invalid-tariff corpus: a valid document with ONE defect each, and the
// exact JSON path the validator must report for it. Shared by the validator's
// corpus test and the test that every tool locates its issues alike.
import { setOwn, validDocument, type Doc } from '../support/tariff-builder.js';

export interface Case {
  readonly defect: string;
  readonly change: (d: Doc) => void;
  /** The path of the (first) issue. */
  readonly path: string;
  /** Further issues that the defect implies, e.g. references to a missing list. */
  readonly alsoReported?: number;
  /** A part of the English message. */
  readonly says?: string | RegExp;
}

export const corpus: Case[] = [
  // Document
  { defect: 'the document is a list', change: () => {}, path: '', says: 'expected an object, got […]' },
  { defect: 'schemaVersion 2', change: (d) => (d.schemaVersion = 2), path: 'schemaVersion', says: 'expected 1, got 2' },
  { defect: 'no schemaVersion', change: (d) => delete d.schemaVersion, path: 'schemaVersion', says: 'missing required field' },
  { defect: 'lowercase currency', change: (d) => (d.currency = 'cny'), path: 'currency', says: 'got "cny"' },
  { defect: 'four-letter currency', change: (d) => (d.currency = 'CNYY'), path: 'currency' },
  { defect: 'February 30', change: (d) => (d.effectiveDate = '2026-02-30'), path: 'effectiveDate', says: 'date' },
  { defect: 'month 13', change: (d) => (d.effectiveDate = '2026-13-01'), path: 'effectiveDate' },
  { defect: 'slashes in a date', change: (d) => (d.effectiveDate = '2026/11/01'), path: 'effectiveDate' },
  { defect: 'a date as a number', change: (d) => (d.effectiveDate = 20261101), path: 'effectiveDate' },
  { defect: 'pricesIncludeTax as text', change: (d) => (d.pricesIncludeTax = 'no'), path: 'pricesIncludeTax', says: 'expected true / false, got "no"' },
  { defect: 'tax excluded without taxRate', change: (d) => (d.pricesIncludeTax = false), path: 'taxRate', says: 'missing required field' },
  { defect: 'taxRate above 1', change: (d) => ((d.pricesIncludeTax = false), (d.taxRate = '1.5')), path: 'taxRate', says: 'expected a number 0–1 with at most 4 decimals, got "1.5"' },
  { defect: 'negative valueAddedTaxRate', change: (d) => (d.valueAddedTaxRate = -0.06), path: 'valueAddedTaxRate' },
  { defect: 'unknown rounding mode', change: (d) => (d.rounding = 'bankers'), path: 'rounding', says: '"half-up" / "half-even"' },
  { defect: 'a localized text with a number', change: (d) => (d.notice = { 'zh-CN': 5 }), path: 'notice' },
  { defect: 'a localized text with a bad tag', change: (d) => (d.notice = { zh_CN: '示例' }), path: 'notice' },
  { defect: 'an empty localized text', change: (d) => (d.notice = {}), path: 'notice' },
  { defect: 'peakHoursPerMonth 0', change: (d) => (d.peakHoursPerMonth = 0), path: 'peakHoursPerMonth' },
  { defect: 'a typo at the top', change: (d) => ((d.plan = d.plans), delete d.plans), path: 'plan', alsoReported: 1, says: 'did you mean plans?' },
  { defect: 'a constructor key', change: (d) => setOwn(d, 'constructor', {}), path: 'constructor', says: 'forbidden key' },

  // Defaults
  { defect: 'negative minutesPerMonth', change: (d) => (d.defaults = { minutesPerMonth: -1 }), path: 'defaults.minutesPerMonth', says: 'expected a number 0–10000000, got -1' },
  { defect: 'minutesPerMonth above 10,000,000', change: (d) => (d.defaults = { minutesPerMonth: 1e7 + 1, maxMinutesPerMonth: 1e7 }), path: 'defaults.minutesPerMonth' },
  { defect: 'the slider ending below the default', change: (d) => (d.defaults = { maxMinutesPerMonth: 500 }), path: 'defaults.maxMinutesPerMonth', says: 'expected a number 1000–10000000, got 500' },
  { defect: 'peakSharePercent 101', change: (d) => (d.defaults = { peakSharePercent: 101 }), path: 'defaults.peakSharePercent' },
  { defect: 'averageCallSeconds 0', change: (d) => (d.defaults = { averageCallSeconds: 0 }), path: 'defaults.averageCallSeconds' },
  { defect: 'averageCallSeconds as text', change: (d) => (d.defaults = { averageCallSeconds: '60' }), path: 'defaults.averageCallSeconds' },
  { defect: 'a typo in defaults', change: (d) => (d.defaults = { minutesPerMonht: 10 }), path: 'defaults.minutesPerMonht', says: 'did you mean minutesPerMonth?' },
  { defect: 'NaN minutes', change: (d) => (d.defaults = { minutesPerMonth: NaN }), path: 'defaults.minutesPerMonth', says: 'got NaN' },

  // Regions, carriers, add-ons, grades
  { defect: 'no regions', change: (d) => (d.regions = []), path: 'regions', alsoReported: 1, says: 'expected a non-empty list, got […]' },
  { defect: 'every defaultShare 0', change: (d) => d.regions.forEach((r: Doc) => (r.defaultShare = 0)), path: 'regions', says: 'defaultShare all 0' },
  { defect: 'a duplicate region id', change: (d) => (d.regions[1].id = 'mainland'), path: 'regions[1].id', alsoReported: 1, says: 'duplicate id' },
  { defect: 'an uppercase region id', change: (d) => (d.regions[0].id = 'Mainland'), path: 'regions[0].id' },
  { defect: 'a negative defaultShare', change: (d) => (d.regions[0].defaultShare = -5), path: 'regions[0].defaultShare' },
  { defect: 'a region without a name', change: (d) => delete d.regions[0].name, path: 'regions[0].name', says: 'missing required field' },
  { defect: 'a javascript: URL', change: (d) => (d.carriers[0].url = 'javascript:alert(1)'), path: 'carriers[0].url', says: 'an http(s) URL' },
  { defect: 'no carriers', change: (d) => delete d.carriers, path: 'carriers', alsoReported: 3 },
  { defect: 'an empty add-on id', change: (d) => (d.addOns[1].id = ''), path: 'addOns[1].id', alsoReported: 1 },
  { defect: 'an id of 49 characters', change: (d) => (d.addOns[0].id = 'a'.repeat(49)), path: 'addOns[0].id', alsoReported: 1 },
  { defect: 'a grade floor with 3 decimals', change: (d) => (d.numberGrades[1].minimumMonthlySpend = '500.123'), path: 'numberGrades[1].minimumMonthlySpend', says: 'at most 10 integer digits and 2 decimals' },
  { defect: 'a selection fee in exponent form', change: (d) => (d.numberGrades[1].selectionFee = '5e3'), path: 'numberGrades[1].selectionFee' },

  // Plans
  { defect: 'a negative rate', change: (d) => (d.plans[2].ratePerMinute = '-0.1'), path: 'plans[2].ratePerMinute', says: 'expected an amount ≥ 0 with at most 10 integer digits and 4 decimals, such as "0.12", got "-0.1"' },
  { defect: 'a typo in a plan', change: (d) => (d.plans[0].ratePerMinuite = '0.1'), path: 'plans[0].ratePerMinuite', says: 'unknown field; did you mean ratePerMinute?' },
  { defect: 'an unknown field far from any', change: (d) => (d.plans[0].colour = 'red'), path: 'plans[0].colour', says: /^unknown field$/ },
  { defect: 'an unknown carrier', change: (d) => (d.plans[0].carrier = 'telecom'), path: 'plans[0].carrier', says: 'got "telecom"' },
  { defect: 'a duplicate plan id', change: (d) => (d.plans[1].id = 'credit-1200'), path: 'plans[1].id' },
  { defect: 'termMonths 0', change: (d) => (d.plans[0].termMonths = 0), path: 'plans[0].termMonths', says: 'expected an integer 1–120, got 0' },
  { defect: 'termMonths 12.5', change: (d) => (d.plans[0].termMonths = 12.5), path: 'plans[0].termMonths' },
  { defect: 'termMonths as text', change: (d) => (d.plans[0].termMonths = '12'), path: 'plans[0].termMonths' },
  { defect: 'a billing step of 3601 s', change: (d) => (d.plans[0].billingIncrementSeconds = 3601), path: 'plans[0].billingIncrementSeconds' },
  { defect: 'a minutes package without minutes', change: (d) => delete d.plans[1].package.minutes, path: 'plans[1].package.minutes', says: 'missing required field' },
  { defect: 'minutes in a credit package', change: (d) => (d.plans[0].package.minutes = 100), path: 'plans[0].package.minutes', says: 'unknown field' },
  { defect: 'an unknown package kind', change: (d) => (d.plans[0].package.includes = 'everything'), path: 'plans[0].package.includes' },
  { defect: 'a package without a price', change: (d) => delete d.plans[0].package.price, path: 'plans[0].package.price' },
  { defect: 'a plan without a package', change: (d) => delete d.plans[0].package, path: 'plans[0].package' },
  { defect: 'money with 5 decimals', change: (d) => (d.plans[0].overageRatePerMinute = '0.12345'), path: 'plans[0].overageRatePerMinute' },
  { defect: 'money with a leading zero', change: (d) => (d.plans[0].setupFee = '0100'), path: 'plans[0].setupFee' },
  { defect: 'money with a trailing point', change: (d) => (d.plans[0].setupFee = '100.'), path: 'plans[0].setupFee' },
  { defect: 'money as a number with 5 decimals', change: (d) => (d.plans[0].overageRatePerMinute = 0.12345), path: 'plans[0].overageRatePerMinute' },
  { defect: 'money that prints in exponent form', change: (d) => (d.plans[0].setupFee = 1e21), path: 'plans[0].setupFee', says: 'got 1e+21' },
  { defect: 'a tiny amount in exponent form', change: (d) => (d.plans[0].setupFee = 1e-7), path: 'plans[0].setupFee' },
  { defect: 'NaN money', change: (d) => (d.plans[0].setupFee = NaN), path: 'plans[0].setupFee', says: 'got NaN' },
  { defect: 'Infinity money', change: (d) => (d.plans[0].setupFee = Infinity), path: 'plans[0].setupFee', says: 'got Infinity' },
  { defect: 'money with a comma', change: (d) => (d.plans[0].setupFee = '1,200'), path: 'plans[0].setupFee' },
  { defect: 'a plan floor with 3 decimals', change: (d) => (d.plans[2].minimumMonthlySpend = '120.001'), path: 'plans[2].minimumMonthlySpend' },
  { defect: 'an exponent multiplier', change: (d) => (d.plans[0].peakMultiplier = '1.5e0'), path: 'plans[0].peakMultiplier' },
  { defect: 'an add-on that is not in the catalogue', change: (d) => (d.plans[0].addOns.ivx = 'included'), path: 'plans[0].addOns.ivx', says: 'unknown id; did you mean ivr?' },
  { defect: 'an add-on price in words', change: (d) => (d.plans[0].addOns.recording.monthly = 'ten'), path: 'plans[0].addOns.recording.monthly' },
  { defect: 'an add-on marked "yes"', change: (d) => (d.plans[0].addOns.ivr = 'yes'), path: 'plans[0].addOns.ivr', says: '"included" or {monthly, oneTime}' },
  { defect: 'an add-on price with a typo', change: (d) => (d.plans[0].addOns.recording.montly = '10'), path: 'plans[0].addOns.recording.montly', says: 'did you mean monthly?' },
  { defect: 'a multiplier for an unknown region', change: (d) => (d.plans[1].regionMultipliers.mars = '2'), path: 'plans[1].regionMultipliers.mars' },
  { defect: 'a negative region multiplier', change: (d) => (d.plans[1].regionMultipliers.abroad = '-1'), path: 'plans[1].regionMultipliers.abroad' },
  { defect: 'a prototype key among region multipliers', change: (d) => setOwn(d.plans[1].regionMultipliers, 'prototype', '1'), path: 'plans[1].regionMultipliers.prototype', says: 'forbidden key' },
  { defect: 'no included lines', change: (d) => (d.plans[0].lines.included = 0), path: 'plans[0].lines.included' },
  { defect: 'lines without their price', change: (d) => delete d.plans[0].lines.extraLineMonthly, path: 'plans[0].lines.extraLineMonthly' },
  { defect: 'an ftp source', change: (d) => (d.plans[0].source = 'ftp://example.com/prices'), path: 'plans[0].source' },
  { defect: 'a short verified date', change: (d) => (d.plans[0].verified = '2026-2-1'), path: 'plans[0].verified' },
  { defect: 'a __proto__ key in a plan', change: (d) => setOwn(d.plans[0], '__proto__', { polluted: true }), path: 'plans[0].__proto__', says: 'forbidden key' },
  { defect: 'a plan that is text', change: (d) => (d.plans[0] = 'credit-1200'), path: 'plans[0]', says: 'expected an object, got "credit-1200"' },
  { defect: 'a plan name that is a number', change: (d) => (d.plans[0].name = 42), path: 'plans[0].name' },
  { defect: 'plans as an object', change: (d) => (d.plans = { first: d.plans[0] }), path: 'plans', says: 'got {…}' },

  // Call logs (§7): package prepayment, peak windows, caller prefixes, the home calling code
  { defect: 'paidUpfront as text', change: (d) => (d.plans[0].package.paidUpfront = 'yes'), path: 'plans[0].package.paidUpfront', says: 'expected true / false' },
  { defect: 'peak windows as an object', change: (d) => (d.peakWindows = { days: [1] }), path: 'peakWindows', says: 'expected a list' },
  { defect: 'a peak window without days', change: (d) => (d.peakWindows = [{ from: '08:00', to: '18:00' }]), path: 'peakWindows[0].days', says: 'missing required field' },
  { defect: 'weekday 0', change: (d) => (d.peakWindows = [{ days: [0, 1], from: '08:00', to: '18:00' }]), path: 'peakWindows[0].days[0]', says: 'an integer 1–7' },
  { defect: 'a weekday twice', change: (d) => (d.peakWindows = [{ days: [1, 2, 1], from: '08:00', to: '18:00' }]), path: 'peakWindows[0].days[2]', says: 'repeated value' },
  { defect: 'a time without its leading zero', change: (d) => (d.peakWindows = [{ days: [1], from: '8:00', to: '18:00' }]), path: 'peakWindows[0].from', says: 'a time HH:MM' },
  { defect: 'a window that starts at midnight of the next day', change: (d) => (d.peakWindows = [{ days: [1], from: '24:00', to: '24:00' }]), path: 'peakWindows[0].from' },
  { defect: 'a window that ends before it starts', change: (d) => (d.peakWindows = [{ days: [5], from: '22:00', to: '06:00' }]), path: 'peakWindows[0].to', says: 'a time HH:MM after 22:00' },
  { defect: 'a caller prefix without +', change: (d) => (d.regions[1].callerPrefixes = ['852']), path: 'regions[1].callerPrefixes[0]', says: '"+" and 0–15 digits' },
  { defect: 'a caller prefix in two regions', change: (d) => ((d.regions[0].callerPrefixes = ['+86']), (d.regions[1].callerPrefixes = ['+', '+86'])), path: 'regions[1].callerPrefixes[1]', says: 'repeated value' },
  { defect: 'a calling code with its +', change: (d) => (d.homeCallingCode = '+86'), path: 'homeCallingCode', says: 'a country calling code' },
];

/** The broken document of a case. */
export function documentOf({ defect, change }: Case): unknown {
  const doc = defect === 'the document is a list' ? [validDocument()] : validDocument();
  change(doc as Doc);
  return doc;
}
