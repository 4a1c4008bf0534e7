import type { Locale } from './strings.js';

/**
 * Text of the printed quote, in the widget's two locales; labels it shares
 * with the cards (totals, add-ons, grade) come from the common strings.
 */
export interface PrintStrings {
  title: string;
  printedOn(date: string): string;
  pricesAsOf(date: string): string;
  usageHeading: string;
  minutes(value: string): string;
  peakShare(percent: string): string;
  regions: string;
  callLength(seconds: string): string;
  none: string;
  chosenPlan: string;
  topPlans: string;
  monthly: string;
  termTotal(months: string): string;
  inWords: string;
  unavailable: string;
}

const zhCN: PrintStrings = {
  title: '400电话资费估算单',
  printedOn: (d) => `打印日期：${d}`,
  pricesAsOf: (d) => `资费生效日期：${d}`,
  usageHeading: '用量',
  minutes: (v) => `每月通话 ${v} 分钟`,
  peakShare: (p) => `高峰时段占比 ${p}%`,
  regions: '来电地区',
  callLength: (s) => `平均通话时长 ${s} 秒`,
  none: '无',
  chosenPlan: '所选套餐',
  topPlans: '最省的三个套餐',
  monthly: '每月费用',
  termTotal: (n) => `${n} 个月合约总计`,
  inWords: '大写',
  unavailable: '不可选',
};

const en: PrintStrings = {
  title: '400 number cost estimate',
  printedOn: (d) => `Printed on ${d}`,
  pricesAsOf: (d) => `Prices effective ${d}`,
  usageHeading: 'Usage',
  minutes: (v) => `${v} call minutes a month`,
  peakShare: (p) => `${p}% of calls at peak hours`,
  regions: 'Caller regions',
  callLength: (s) => `Average call length ${s} seconds`,
  none: 'none',
  chosenPlan: 'Chosen plan',
  topPlans: 'The three cheapest plans',
  monthly: 'Monthly charges',
  termTotal: (n) => `Total over the ${n}-month term`,
  inWords: 'In words',
  unavailable: 'unavailable',
};

export function printStringsFor(locale: Locale): PrintStrings {
  return locale === 'en' ? en : zhCN;
}
