import { withUnit as u, type Locale } from './locale.js';

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
  /** In place of the usage sliders while a call log is in use. */
  fromLog(months: string): string;
  peakShare(percent: string): string;
  regions: string;
  addOns: string;
  grade: string;
  /** A labelled value: "来电地区：…" / "Caller regions: …". */
  field(label: string, value: string): string;
  /** Between the regions of the mix, and between the add-ons. */
  mixSeparator: string;
  listSeparator: string;
  callLength(seconds: string): string;
  none: string;
  chosenPlan: string;
  topPlans: string;
  monthly: string;
  termTotal(months: string): string;
  /** The months of a call log priced, added up. */
  logTotal(months: string): string;
  inWords: string;
  unavailable: string;
}

const zhCN: PrintStrings = {
  title: '400电话资费估算单',
  printedOn: (d) => `打印日期：${d}`,
  pricesAsOf: (d) => `资费生效日期：${d}`,
  usageHeading: '用量',
  minutes: (v) => `每月通话 ${u(v, '分钟')}`,
  fromLog: (n) => `按您的通话记录估算，共 ${u(n, '个月')}`,
  peakShare: (p) => `高峰时段占比 ${p}%`,
  regions: '来电地区',
  addOns: '增值业务',
  grade: '号码等级',
  field: (label, value) => `${label}：${value}`,
  mixSeparator: '，',
  listSeparator: '、',
  callLength: (s) => `平均通话时长 ${u(s, '秒')}`,
  none: '无',
  chosenPlan: '所选套餐',
  topPlans: '最省的三个套餐',
  monthly: '每月费用',
  termTotal: (n) => `${u(n, '个月')}合约总计`,
  logTotal: (n) => `通话记录 ${u(n, '个月')}合计`,
  inWords: '大写',
  unavailable: '不可选',
};

const en: PrintStrings = {
  title: '400 number cost estimate',
  printedOn: (d) => `Printed on ${d}`,
  pricesAsOf: (d) => `Prices effective ${d}`,
  usageHeading: 'Usage',
  minutes: (v) => `${u(v, 'call minutes')} a month`,
  fromLog: (n) => `Estimated from your call log: ${n === '1' ? '1 month' : u(n, 'months')}`,
  peakShare: (p) => `${p}% of calls at peak hours`,
  regions: 'Caller regions',
  addOns: 'Add-ons',
  grade: 'Number grade',
  field: (label, value) => `${label}: ${value}`,
  mixSeparator: ', ',
  listSeparator: ', ',
  callLength: (s) => `Average call length ${u(s, 'seconds')}`,
  none: 'None',
  chosenPlan: 'Chosen plan',
  topPlans: 'The three cheapest plans',
  monthly: 'Monthly charges',
  termTotal: (n) => `Total over the ${n}-month term`,
  logTotal: (n) => `Total over the log's ${n === '1' ? 'month' : u(n, 'months')}`,
  inWords: 'In words',
  unavailable: 'unavailable',
};

export function printStringsFor(locale: Locale): PrintStrings {
  return locale === 'en' ? en : zhCN;
}
