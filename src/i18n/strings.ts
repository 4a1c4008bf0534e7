/**
 * The calculator's interface text in its two locales: controls, the result
 * bar, the list of plans, the decision panel and the states. Numbers and money
 * arrive already formatted (format.ts), so each message only places them in a
 * sentence, following the rules of locale.ts.
 */
import { DEFAULT_LOCALE, matchLocale, withUnit as u, type Locale } from './locale.js';

export { DEFAULT_LOCALE, matchLocale, type Locale };

/** Why tariffs could not be used; chooses the error panel's first sentence. */
export type TariffErrorKind = 'http' | 'network' | 'timeout' | 'json' | 'invalid';

export interface Strings {
  /** The first focus stop: moves focus to the results. */
  skipToResults: string;
  controlsHeading: string;
  minutesLabel: string;
  minutesFieldLabel: string;
  /** Shown after the minutes number field. */
  minutesUnit: string;
  secondsUnit: string;
  /** Shown beside the minutes label, e.g. "3,000 分钟/月". */
  minutesPerMonth(minutes: string): string;
  /** aria-valuetext of the minutes slider, and minutes in sentences: "3,000 分钟". */
  minutesValueText(minutes: string): string;
  /** The disclosure around every control but the minutes. */
  moreOptions: string;
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
  /** The carriers filter in the options summary: "仅电信、联通". */
  onlyCarriers(names: string): string;
  /** Joins the parts of the options summary. */
  summarySeparator: string;
  resultsHeading: string;
  /** Beside the results heading while the bundled sample tariffs are in use. */
  samplePrices: string;
  /** The result bar: the cheapest plan's monthly average, and where the bar leads. */
  barLabel: string;
  barJump: string;
  perMonth: string;
  /** What the cheapest plan costs at signing: "签约时预付 ¥5,000.00". */
  paidAtSigning(amount: string): string;
  /** The "show all" switch under the best cards. */
  showAll(count: string): string;
  showFewer(count: string): string;
  /** One line for the plans that lack a chosen add-on: "3 个套餐不提供企业彩铃". */
  unavailableGroup(count: number, shown: string, addOns: string): string;
  /** The visitor's carrier filter hides every plan. */
  empty: string;
  /** The page's own `plans`/`carriers` attributes leave no plan. */
  emptyConfigured: string;
  /** The spoken summary. */
  summary(plan: string, amount: string): string;
  noneAvailable: string;
  pricesAsOf(date: string): string;
  taxIncluded: string;
  taxExcluded: string;
  /** Summary of the collapsible panel with the switch points and the chart. */
  chartToggle: string;
  /** One plan is cheapest over the whole range, e.g. "0–100,000 分钟". */
  cheapestThroughout(plan: string, range: string): string;
  /** "0–861 分钟：电信 600 最省". */
  cheapestRange(range: string, plan: string): string;
  /** An exact tie at one minute count: "2,500 分钟时电信 1200 与移动 3000 同价". */
  tie(minutes: string, plans: string): string;
  /** Joins the plans of a tie ("与" / "and"). */
  tieJoin: string;
  /** Joins the ranges of one sentence. */
  rangeSeparator: string;
  printQuote: string;
  copyLink: string;
  linkCopied: string;
  /** When the clipboard is out of reach: the link is shown, selected, in a field. */
  copyManually: string;
  linkFieldLabel: string;
  loading: string;
  errorHeading: string;
  errorKind(kind: TariffErrorKind, status?: number): string;
  errorAdvice: string;
  errorDetails: string;
}

const zhCN: Strings = {
  skipToResults: '跳到结果',
  controlsHeading: '您的用量',
  minutesLabel: '每月通话分钟数',
  minutesFieldLabel: '每月通话分钟数（输入数字）',
  minutesUnit: '分钟/月',
  secondsUnit: '秒',
  minutesPerMonth: (m) => u(m, '分钟/月'),
  minutesValueText: (m) => u(m, '分钟'),
  moreOptions: '更多条件',
  peakLabel: '高峰时段通话占比',
  peakValueText: (p) => `高峰 ${p}%`,
  peakHours: (text) => `高峰时段：${text}`,
  capacity: (n) => `高峰时约 ${u(n, '路')}同时通话`,
  peakNoEffect: '这些套餐任何时段价格相同',
  regionsLabel: '来电地区分布',
  regionValueText: (region, p) => `${region} ${p}%`,
  regionsNoEffect: '这些套餐来自任何地区价格相同',
  restoreMix: '恢复典型分布',
  callLengthToggle: '按平均通话时长估算计费分钟',
  callLengthLabel: '平均通话时长',
  callLengthFieldLabel: '平均通话时长（秒，输入数字）',
  seconds: (s) => u(s, '秒'),
  billedNote: (m, b) => `不足计费单位按一个单位计：${u(m, '分钟')}通话约计为 ${u(b, '计费分钟')}`,
  addOnsLabel: '增值业务',
  gradeLabel: '号码等级',
  carriersLabel: '运营商',
  onlyCarriers: (names) => `仅${names}`,
  summarySeparator: ' · ',
  resultsHeading: '套餐对比',
  samplePrices: '示例价格',
  barLabel: '最省',
  barJump: '查看套餐',
  perMonth: '/月',
  paidAtSigning: (amount) => `签约时预付 ${amount}`,
  showAll: (n) => `显示全部 ${u(n, '个套餐')}`,
  showFewer: (n) => `只显示最省的 ${u(n, '个')}`,
  unavailableGroup: (_, n, addOns) => `${u(n, '个套餐')}不提供${addOns}`,
  empty: '没有符合筛选条件的套餐。请在“运营商”中多选几项。',
  emptyConfigured: '本页面暂无可比较的套餐。请联系本网站。',
  summary: (plan, amount) => `最省：${plan}，平均每月 ${amount}`,
  noneAvailable: '所选增值业务没有套餐全部提供',
  pricesAsOf: (d) => `价格截至 ${d}`,
  taxIncluded: '价格含税',
  taxExcluded: '价格不含税，税额单列',
  chartToggle: '比较图与切换点',
  cheapestThroughout: (plan, range) => `每月 ${range}内，${plan} 始终最省`,
  cheapestRange: (range, plan) => `${range}：${plan} 最省`,
  tie: (m, plans) => `${u(m, '分钟')}时${plans}同价`,
  tieJoin: '与',
  rangeSeparator: '；',
  printQuote: '打印报价单',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyManually: '无法自动复制，请复制下面已选中的链接（Ctrl+C 或 ⌘C）。',
  linkFieldLabel: '本估算的链接',
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
};

const en: Strings = {
  skipToResults: 'Skip to results',
  controlsHeading: 'Your usage',
  minutesLabel: 'Call minutes per month',
  minutesFieldLabel: 'Call minutes per month (type a number)',
  minutesUnit: 'minutes/month',
  secondsUnit: 'seconds',
  minutesPerMonth: (m) => u(m, 'minutes/month'),
  minutesValueText: (m) => u(m, 'minutes'),
  moreOptions: 'More options',
  peakLabel: 'Share of calls at peak hours',
  peakValueText: (p) => `Peak ${p}%`,
  peakHours: (text) => `Peak hours: ${text}`,
  capacity: (n) => `About ${u(n, 'simultaneous calls')} at peak`,
  peakNoEffect: 'These plans charge the same at any hour',
  regionsLabel: 'Where your callers are',
  regionValueText: (region, p) => `${region} ${p}%`,
  regionsNoEffect: 'These plans charge the same from any region',
  restoreMix: 'Restore typical mix',
  callLengthToggle: 'Account for the average call length',
  callLengthLabel: 'Average call length',
  callLengthFieldLabel: 'Average call length in seconds (type a number)',
  seconds: (s) => u(s, s === '1' ? 'second' : 'seconds'),
  billedNote: (m, b) => `Every started billing unit counts in full: ${u(m, 'minutes')} of calls are billed as about ${u(b, 'minutes')}`,
  addOnsLabel: 'Add-ons',
  gradeLabel: 'Number grade',
  carriersLabel: 'Carriers',
  onlyCarriers: (names) => `Only ${names}`,
  summarySeparator: ' · ',
  resultsHeading: 'Plans compared',
  samplePrices: 'Sample prices',
  barLabel: 'Cheapest',
  barJump: 'See the plans',
  perMonth: '/month',
  paidAtSigning: (amount) => `${amount} paid at signing`,
  showAll: (n) => `Show all ${u(n, 'plans')}`,
  showFewer: (n) => `Show the cheapest ${n} only`,
  unavailableGroup: (count, n, addOns) => `${count === 1 ? 'One plan does' : `${u(n, 'plans')} do`} not offer ${addOns}`,
  empty: 'No plan matches the filters. Select more carriers.',
  emptyConfigured: 'This page has no plans to compare. Please contact this site.',
  summary: (plan, amount) => `Cheapest: ${plan}, ${amount} a month on average`,
  noneAvailable: 'No plan offers every chosen add-on',
  pricesAsOf: (d) => `Prices as of ${d}`,
  taxIncluded: 'Prices include tax',
  taxExcluded: 'Prices exclude tax; tax is listed separately',
  chartToggle: 'Compare chart and switch points',
  cheapestThroughout: (plan, range) => `${plan} is cheapest throughout ${range} a month`,
  cheapestRange: (range, plan) => `${range}: ${plan} is cheapest`,
  tie: (m, plans) => `At ${u(m, 'minutes')}, ${plans} cost the same`,
  tieJoin: ' and ',
  rangeSeparator: '. ',
  printQuote: 'Print quote',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyManually: 'The link could not be copied automatically; copy it from the selected field below (Ctrl+C or ⌘C).',
  linkFieldLabel: 'Link to this estimate',
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
};

const table: Readonly<Record<Locale, Strings>> = { 'zh-CN': zhCN, en };

/** The calculator's strings in a supported locale. */
export function stringsFor(locale: Locale): Strings {
  return table[locale];
}
