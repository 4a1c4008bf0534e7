/**
 * The plan card's text in the widget's two locales (rules: locale.ts).
 */
import { withUnit as u, type Locale } from './locale.js';

export interface CardStrings {
  cheapest: string;
  /** "12 个月合约". */
  term(months: string): string;
  /** Beside the headline figure, the monthly average over the term. */
  perMonth: string;
  /** Read before the headline figure by screen readers. */
  averageLabel: string;
  paidAtSigning(amount: string): string;
  /** How much more than the best plan: "每月多 ¥50.00". */
  moreThanBest(amount: string): string;
  capacityLine(needed: string, included: string): string;
  capacityUnlimited(needed: string): string;
  unavailable(addOns: string): string;
  /** Before an unavailable plan's monthly figure, which leaves out the add-on it lacks. */
  withoutAddOn: string;
  details: string;
  monthlyHeading: string;
  monthlyTotal: string;
  /** The last month of the term, when it differs from the others. */
  lastMonthTotal: string;
  billedMinutes(minutes: string): string;
  oneTimeHeading: string;
  oneTimeTotal: string;
  termHeading: string;
  termTotal(months: string): string;
  averageMonthly: string;
  effectiveRate: string;
  perMinute: string;
  lineKind: Readonly<Record<string, string>>;
  choose: string;
  /** Appended, visually hidden, to "choose"/"apply" so each button names its plan. */
  forPlan(name: string): string;
  apply: string;
}

const zhCN: CardStrings = {
  cheapest: '最省',
  term: (n) => u(n, '个月合约'),
  perMonth: '/月',
  averageLabel: '合约期内平均每月',
  paidAtSigning: (amount) => `签约时预付 ${amount}`,
  moreThanBest: (amount) => `每月多 ${amount}`,
  capacityLine: (n, m) => `高峰时约 ${u(n, '路')}同时通话；本套餐含 ${u(m, '路')}`,
  capacityUnlimited: (n) => `高峰时约 ${u(n, '路')}同时通话；本套餐不限并发`,
  unavailable: (list) => `暂不可选：本套餐不提供${list}`,
  withoutAddOn: '不含该业务时平均每月 ',
  details: '费用明细',
  monthlyHeading: '每月费用',
  monthlyTotal: '每月合计',
  lastMonthTotal: '最后一个月合计',
  billedMinutes: (m) => `计费分钟：${m}`,
  oneTimeHeading: '一次性费用',
  oneTimeTotal: '一次性合计',
  termHeading: '整个合约期',
  termTotal: (n) => u(n, '个月合计'),
  averageMonthly: '平均每月',
  effectiveRate: '折合每分钟',
  perMinute: '/分钟',
  lineKind: {
    package: '套餐费（按月分摊）',
    calls: '通话费',
    'minimum-top-up': '最低消费补足',
    'extra-lines': '加购并发线路',
    tax: '增值税（基础电信）',
    'value-added-tax': '增值税（增值电信）',
    setup: '开户费',
    'number-selection': '选号费',
  },
  choose: '选择此套餐',
  forPlan: (name) => `：${name}`,
  apply: '立即申请',
};

const en: CardStrings = {
  cheapest: 'Cheapest',
  term: (n) => (n === '1' ? '1-month term' : `${n}-month term`),
  perMonth: '/month',
  averageLabel: 'Average per month over the term',
  paidAtSigning: (amount) => `${amount} paid at signing`,
  moreThanBest: (amount) => `${amount} more a month`,
  capacityLine: (n, m) => `About ${u(n, 'simultaneous calls')} at peak; this plan includes ${u(m, m === '1' ? 'line' : 'lines')}`,
  capacityUnlimited: (n) => `About ${u(n, 'simultaneous calls')} at peak; this plan has no line limit`,
  unavailable: (list) => `Unavailable: this plan does not offer ${list}`,
  withoutAddOn: 'Without it, on average ',
  details: 'Details',
  monthlyHeading: 'Each month',
  monthlyTotal: 'Monthly total',
  lastMonthTotal: 'Last month’s total',
  billedMinutes: (m) => `Billed minutes: ${m}`,
  oneTimeHeading: 'One-time fees',
  oneTimeTotal: 'One-time total',
  termHeading: 'Whole term',
  termTotal: (n) => (n === '1' ? 'Total for 1 month' : `Total over ${u(n, 'months')}`),
  averageMonthly: 'Average per month',
  effectiveRate: 'Effective rate per minute',
  perMinute: '/min',
  lineKind: {
    package: 'Package (per month)',
    calls: 'Calls',
    'minimum-top-up': 'Minimum spend top-up',
    'extra-lines': 'Extra concurrent lines',
    tax: 'VAT (basic telecom)',
    'value-added-tax': 'VAT (value-added services)',
    setup: 'Setup fee',
    'number-selection': 'Number selection fee',
  },
  choose: 'Choose this plan',
  forPlan: (name) => `: ${name}`,
  apply: 'Apply',
};

/** The plan card's strings in a supported locale. */
export function cardStringsFor(locale: Locale): CardStrings {
  return locale === 'en' ? en : zhCN;
}
