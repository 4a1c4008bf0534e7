import type { Locale } from '../../i18n/strings.js';

/** Text of the printed quote, in the widget's two locales. */
export interface PrintStrings {
  title: string;
  printedOn(date: string): string;
  pricesAsOf(date: string): string;
  usageHeading: string;
  minutes(value: string): string;
  peakShare(percent: string): string;
  regions: string;
  callLength(seconds: string): string;
  addOns: string;
  none: string;
  grade: string;
  chosenPlan: string;
  topPlans: string;
  monthly: string;
  monthlyTotal: string;
  oneTime: string;
  oneTimeTotal: string;
  averageMonthly: string;
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
  addOns: '增值业务',
  none: '无',
  grade: '号码等级',
  chosenPlan: '所选套餐',
  topPlans: '最省的三个套餐',
  monthly: '每月费用',
  monthlyTotal: '每月合计',
  oneTime: '一次性费用',
  oneTimeTotal: '一次性合计',
  averageMonthly: '合约期内平均每月',
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
  addOns: 'Add-ons',
  none: 'none',
  grade: 'Number grade',
  chosenPlan: 'Chosen plan',
  topPlans: 'The three cheapest plans',
  monthly: 'Monthly charges',
  monthlyTotal: 'Monthly total',
  oneTime: 'One-time fees',
  oneTimeTotal: 'One-time total',
  averageMonthly: 'Average per month over the term',
  termTotal: (n) => `Total over the ${n}-month term`,
  inWords: 'In words',
  unavailable: 'unavailable',
};

export function printStringsFor(locale: Locale): PrintStrings {
  return locale === 'en' ? en : zhCN;
}
