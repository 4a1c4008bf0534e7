import type { Locale } from './strings.js';

/**
 * The words the break-even chart shows, in the widget's two locales. The chart
 * takes them as a property, so it depends on no locale machinery.
 *
 * Chinese text uses full-width punctuation. The minute counts and amounts
 * handed to these functions come formatted, with their unit, from the host
 * ("4,321 分钟", "4,321 minutes", "¥96.00").
 */
export interface ChartStrings {
  /** The chart's accessible name and visible caption. */
  readonly title: string;
  /** Under the x axis. */
  readonly xAxis: string;
  /** Beside the y axis. */
  readonly yAxis: string;
  /** Label of the marker at the visitor's minutes: "You: 4,321 minutes". */
  readonly currentAt: (minutes: string) => string;
  /** A switch point in words, e.g. "From 2,341 minutes a month, Unicom 2400 is cheapest". */
  readonly cheapestFrom: (minutes: string, plan: string) => string;
  /** The plan that is cheapest from minute 0. */
  readonly cheapestAtStart: (plan: string) => string;
  /** Several switch points that one marker stands for, already in words, as one text. */
  readonly switchesTogether: (switches: readonly string[]) => string;
  /** Heading of the values read out for one minute count, e.g. "At 2,341 minutes a month". */
  readonly valuesAt: (minutes: string) => string;
  /** One plan's value in a read-out: "Unicom 2400 ¥96.00 (cheapest)". */
  readonly planValue: (plan: string, value: string, cheapest: boolean) => string;
  /** A whole read-out in one text (the plot's aria-valuetext): heading, then the plans' values. */
  readonly valuesList: (heading: string, values: readonly string[]) => string;
  /** Accessible name of the plot area that steps through the points with the arrow keys. */
  readonly explore: string;
  /** Hint shown before any point is focused or hovered. */
  readonly exploreHint: string;
  /** Caption of the table that lists the costs at each switch point. */
  readonly tableCaption: string;
  /** Header of the table's first column. */
  readonly minutesHeader: string;
  /** Beside the cheapest plan's value. */
  readonly cheapestMark: string;
  /** Appended to plans that lack a chosen add-on. */
  readonly unavailableMark: string;
}

/** What the chart's `strings` property takes. */
export type BreakEvenChartStrings = ChartStrings;

const en: ChartStrings = {
  title: 'Monthly cost by minutes per month',
  xAxis: 'Minutes per month',
  yAxis: 'Monthly cost',
  currentAt: (minutes) => `You: ${minutes}`,
  cheapestFrom: (minutes, plan) => `From ${minutes} a month, ${plan} is cheapest`,
  cheapestAtStart: (plan) => `${plan} is cheapest at first`,
  switchesTogether: (switches) => switches.join('. '),
  valuesAt: (minutes) => `At ${minutes} a month`,
  planValue: (plan, value, cheapest) => `${plan} ${value}${cheapest ? ' (cheapest)' : ''}`,
  valuesList: (heading, values) => `${heading}: ${values.join('; ')}`,
  explore: 'Costs by minutes per month; use the arrow keys to move along the curves',
  exploreHint: 'Hover over or tap the chart, or focus it and use the arrow keys, to read the costs.',
  tableCaption: 'Monthly cost of each plan at the switch points',
  minutesHeader: 'Minutes per month',
  cheapestMark: '(cheapest)',
  unavailableMark: '(not available with the chosen add-ons)',
};

const zhCN: ChartStrings = {
  title: '各套餐月费随通话分钟数的变化',
  xAxis: '每月通话分钟数',
  yAxis: '每月费用',
  currentAt: (minutes) => `您的用量：${minutes}`,
  cheapestFrom: (minutes, plan) => `每月 ${minutes}起，${plan} 最省`,
  cheapestAtStart: (plan) => `起步时 ${plan} 最省`,
  switchesTogether: (switches) => switches.join('；'),
  valuesAt: (minutes) => `每月 ${minutes}时`,
  planValue: (plan, value, cheapest) => `${plan} ${value}${cheapest ? '（最省）' : ''}`,
  valuesList: (heading, values) => `${heading}：${values.join('；')}`,
  explore: '各套餐在不同通话量下的费用；用方向键沿曲线移动',
  exploreHint: '将指针移到图上或点按图表，或聚焦图表后用方向键查看各点费用。',
  tableCaption: '各切换点处每个套餐的月费',
  minutesHeader: '每月通话分钟数',
  cheapestMark: '（最省）',
  unavailableMark: '（不提供所选增值业务）',
};

/** English, for a chart used on its own. */
export const DEFAULT_CHART_STRINGS: ChartStrings = en;

const TABLES: Readonly<Record<Locale, ChartStrings>> = { 'zh-CN': zhCN, en };

/** The chart's words in `locale`. */
export function chartStringsFor(locale: Locale): ChartStrings {
  return TABLES[locale];
}
