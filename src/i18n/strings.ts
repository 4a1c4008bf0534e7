/**
 * Every piece of interface text, in the two supported locales. Numbers and
 * money arrive here already formatted (see format.ts), so each message only
 * places them in a sentence.
 */

import { DEFAULT_CHART_STRINGS, type BreakEvenChartStrings } from './chart-strings.js';

/** The locales the widget speaks. */
export type Locale = 'zh-CN' | 'en';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Why tariffs could not be used; chooses the error panel's first sentence. */
export type TariffErrorKind = 'http' | 'network' | 'timeout' | 'json' | 'invalid';

export interface Strings {
  controlsHeading: string;
  minutesLabel: string;
  minutesFieldLabel: string;
  /** Shown after the minutes number field. */
  minutesUnit: string;
  secondsUnit: string;
  /** Shown beside the minutes label, e.g. "3,000 分钟/月". */
  minutesPerMonth(minutes: string): string;
  /** aria-valuetext of the minutes slider. */
  minutesValueText(minutes: string): string;
  peakLabel: string;
  peakValueText(percent: string): string;
  peakHours(text: string): string;
  capacity(lines: string): string;
  peakNoEffect: string;
  regionsLabel: string;
  regionValueText(region: string, percent: string): string;
  regionsNoEffect: string;
  restoreMix: string;
  callLengthToggle: string;
  callLengthLabel: string;
  callLengthFieldLabel: string;
  seconds(value: string): string;
  billedNote(minutes: string, billed: string): string;
  addOnsLabel: string;
  gradeLabel: string;
  carriersLabel: string;
  resultsHeading: string;
  perMonth: string;
  cheapest: string;
  breakdown: string;
  monthlyTotal: string;
  lineKind: Readonly<Record<string, string>>;
  oneTimeHeading: string;
  oneTimeTotal: string;
  averageMonthly: string;
  termTotal(months: string): string;
  term(months: string): string;
  effectiveRate: string;
  perMinute: string;
  billedMinutes: string;
  capacityLine(needed: string, included: string): string;
  capacityUnlimited(needed: string): string;
  unavailable(addOns: string): string;
  choose: string;
  /** Appended, visually hidden, to "choose"/"apply" so each button names its plan. */
  forPlan(name: string): string;
  apply: string;
  pricesAsOf(date: string): string;
  taxIncluded: string;
  taxExcluded: string;
  /** The visitor's carrier filter hides every plan. */
  empty: string;
  /** The page's own `plans`/`carriers` attributes leave no plan. */
  emptyConfigured: string;
  summary(plan: string, amount: string): string;
  noneAvailable: string;
  loading: string;
  errorHeading: string;
  errorKind(kind: TariffErrorKind, status?: number): string;
  errorAdvice: string;
  errorDetails: string;
  /** The break-even chart's own words. */
  chart: BreakEvenChartStrings;
  /** Summary of the collapsible chart panel. */
  chartToggle: string;
  /** One plan is cheapest over the whole range, e.g. "0–100,000 分钟". */
  cheapestThroughout(plan: string, range: string): string;
  totalsLabel: string;
  totalsMonthly: string;
  totalsTerm: string;
  /** Beside a term total on a card: "/12个月". */
  perTerm(months: string): string;
  printQuote: string;
  copyLink: string;
  linkCopied: string;
  /** When the clipboard is out of reach: the link is shown, selected, in a field. */
  copyManually: string;
  linkFieldLabel: string;
}

const zhCN: Strings = {
  controlsHeading: '您的用量',
  minutesLabel: '每月通话分钟数',
  minutesFieldLabel: '每月通话分钟数（输入数字）',
  minutesUnit: '分钟/月',
  secondsUnit: '秒',
  minutesPerMonth: (m) => `${m} 分钟/月`,
  minutesValueText: (m) => `${m} 分钟`,
  peakLabel: '高峰时段通话占比',
  peakValueText: (p) => `高峰 ${p}%`,
  peakHours: (text) => `高峰时段：${text}`,
  capacity: (n) => `高峰时约 ${n} 路同时通话`,
  peakNoEffect: '这些套餐任何时段价格相同',
  regionsLabel: '来电地区分布',
  regionValueText: (region, p) => `${region} ${p}%`,
  regionsNoEffect: '这些套餐来自任何地区价格相同',
  restoreMix: '恢复典型分布',
  callLengthToggle: '按平均通话时长估算计费分钟',
  callLengthLabel: '平均通话时长',
  callLengthFieldLabel: '平均通话时长（秒，输入数字）',
  seconds: (s) => `${s} 秒`,
  billedNote: (m, b) => `不足计费单位按一个单位计：${m} 分钟通话约计为 ${b} 计费分钟`,
  addOnsLabel: '增值业务',
  gradeLabel: '号码等级',
  carriersLabel: '运营商',
  resultsHeading: '套餐对比',
  perMonth: '/月',
  cheapest: '最省',
  breakdown: '费用明细',
  monthlyTotal: '每月合计',
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
  oneTimeHeading: '一次性费用',
  oneTimeTotal: '一次性合计',
  averageMonthly: '合约期内平均每月',
  termTotal: (n) => `${n} 个月合计`,
  term: (n) => `${n} 个月合约`,
  effectiveRate: '折合每分钟',
  perMinute: '/分钟',
  billedMinutes: '计费分钟',
  capacityLine: (n, m) => `高峰时约 ${n} 路同时通话；本套餐含 ${m} 路`,
  capacityUnlimited: (n) => `高峰时约 ${n} 路同时通话；本套餐不限并发`,
  unavailable: (list) => `暂不可选：本套餐不提供${list}`,
  choose: '选择此套餐',
  forPlan: (name) => `：${name}`,
  apply: '立即申请',
  pricesAsOf: (d) => `价格截至 ${d}`,
  taxIncluded: '价格含税',
  taxExcluded: '价格不含税，税额单列',
  empty: '没有符合筛选条件的套餐。请在“运营商”中多选几项。',
  emptyConfigured: '本页面暂无可比较的套餐。请联系本网站。',
  summary: (plan, amount) => `最省：${plan}，每月 ${amount}`,
  noneAvailable: '所选增值业务没有套餐全部提供',
  loading: '正在加载资费…',
  errorHeading: '暂时无法计算资费',
  errorKind: (kind, status) =>
    ({
      http: `资费文件请求失败（HTTP ${status ?? ''}）。`,
      network: '无法连接到资费文件所在的地址。',
      timeout: '资费文件加载超时。',
      json: '资费文件不是有效的 JSON。',
      invalid: '资费文件的内容有误。',
    })[kind],
  errorAdvice: '请稍后刷新页面重试；如果问题仍然存在，请联系本网站。网站管理员可在浏览器控制台查看详细信息。',
  errorDetails: '问题详情',
  chart: {
    title: '各套餐月费随通话分钟数的变化',
    xAxis: '每月通话分钟数',
    yAxis: '每月费用',
    current: '您的用量',
    cheapestFrom: (m, plan) => `每月 ${m}起，${plan} 最省`,
    cheapestAtStart: (plan) => `起步时 ${plan} 最省`,
    valuesAt: (m) => `每月 ${m}时`,
    explore: '各套餐在不同通话量下的费用；用方向键沿曲线移动',
    exploreHint: '将指针移到图上，或聚焦图表后用方向键查看各点费用。',
    tableCaption: '各切换点处每个套餐的月费',
    minutesHeader: '每月通话分钟数',
    cheapestMark: '（最省）',
    unavailableMark: '（不提供所选增值业务）',
  },
  chartToggle: '比较图',
  cheapestThroughout: (plan, range) => `每月 ${range}内，${plan} 始终最省`,
  totalsLabel: '显示金额',
  totalsMonthly: '每月',
  totalsTerm: '合约期总计',
  perTerm: (n) => `/${n}个月`,
  printQuote: '打印报价单',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyManually: '无法自动复制，请复制下面已选中的链接（Ctrl+C 或 ⌘C）。',
  linkFieldLabel: '本估算的链接',
};

const en: Strings = {
  controlsHeading: 'Your usage',
  minutesLabel: 'Call minutes per month',
  minutesFieldLabel: 'Call minutes per month (type a number)',
  minutesUnit: 'minutes/month',
  secondsUnit: 'seconds',
  minutesPerMonth: (m) => `${m} minutes/month`,
  minutesValueText: (m) => `${m} minutes`,
  peakLabel: 'Share of calls at peak hours',
  peakValueText: (p) => `peak ${p}%`,
  peakHours: (text) => `Peak hours: ${text}`,
  capacity: (n) => `about ${n} simultaneous calls at peak`,
  peakNoEffect: 'These plans charge the same at any hour',
  regionsLabel: 'Where your callers are',
  regionValueText: (region, p) => `${region} ${p}%`,
  regionsNoEffect: 'These plans charge the same from any region',
  restoreMix: 'Restore typical mix',
  callLengthToggle: 'Account for the average call length',
  callLengthLabel: 'Average call length',
  callLengthFieldLabel: 'Average call length in seconds (type a number)',
  seconds: (s) => `${s} seconds`,
  billedNote: (m, b) => `Every started billing unit counts in full: ${m} minutes of calls are billed as about ${b} minutes`,
  addOnsLabel: 'Add-ons',
  gradeLabel: 'Number grade',
  carriersLabel: 'Carriers',
  resultsHeading: 'Plans compared',
  perMonth: '/month',
  cheapest: 'Cheapest',
  breakdown: 'Breakdown',
  monthlyTotal: 'Monthly total',
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
  oneTimeHeading: 'One-time fees',
  oneTimeTotal: 'One-time total',
  averageMonthly: 'Average per month over the term',
  termTotal: (n) => (n === '1' ? 'Total for 1 month' : `Total over ${n} months`),
  term: (n) => `${n}-month term`,
  effectiveRate: 'Effective rate per minute',
  perMinute: '/min',
  billedMinutes: 'Billed minutes',
  capacityLine: (n, m) => `about ${n} simultaneous calls at peak; this plan includes ${m} lines`,
  capacityUnlimited: (n) => `about ${n} simultaneous calls at peak; this plan has no line limit`,
  unavailable: (list) => `Unavailable: this plan does not offer ${list}`,
  choose: 'Choose this plan',
  forPlan: (name) => `: ${name}`,
  apply: 'Apply',
  pricesAsOf: (d) => `Prices as of ${d}`,
  taxIncluded: 'Prices include tax',
  taxExcluded: 'Prices exclude tax; tax is listed separately',
  empty: 'No plan matches the filters. Select more carriers.',
  emptyConfigured: 'This page has no plans to compare. Please contact this site.',
  summary: (plan, amount) => `Cheapest: ${plan}, ${amount} per month`,
  noneAvailable: 'No plan offers every chosen add-on',
  loading: 'Loading tariffs…',
  errorHeading: 'Prices cannot be calculated right now',
  errorKind: (kind, status) =>
    ({
      http: `The tariff file could not be fetched (HTTP ${status ?? ''}).`,
      network: 'The address of the tariff file could not be reached.',
      timeout: 'The tariff file took too long to load.',
      json: 'The tariff file is not valid JSON.',
      invalid: 'The tariff file contains mistakes.',
    })[kind],
  errorAdvice:
    'Please reload the page later; if the problem persists, contact this site. Site owners find the details in the browser console.',
  errorDetails: 'Details',
  chart: DEFAULT_CHART_STRINGS,
  chartToggle: 'Compare chart',
  cheapestThroughout: (plan, range) => `${plan} is cheapest throughout ${range} a month`,
  totalsLabel: 'Show totals',
  totalsMonthly: 'Per month',
  totalsTerm: 'Whole term',
  perTerm: (n) => (n === '1' ? '/1 month' : `/${n} months`),
  printQuote: 'Print quote',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyManually: 'The link could not be copied automatically; copy it from the selected field below (Ctrl+C or ⌘C).',
  linkFieldLabel: 'Link to this estimate',
};

const table: Readonly<Record<Locale, Strings>> = { 'zh-CN': zhCN, en };

/** The strings of a supported locale. */
export function stringsFor(locale: Locale): Strings {
  return table[locale];
}

/**
 * Maps a `locale` attribute value to a supported locale: any `en…` tag is
 * English, any `zh…` tag Chinese. Returns null for anything else, so the
 * caller can warn and fall back to the default.
 */
export function matchLocale(value: string | null | undefined): Locale | null {
  if (value === null || value === undefined || value === '') return DEFAULT_LOCALE;
  const tag = value.trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  return null;
}
