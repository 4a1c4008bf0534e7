/**
 * The words the break-even chart shows. The chart takes them as a property, so
 * it depends on no locale machinery; the calculator passes its own translations.
 */
export interface BreakEvenChartStrings {
  /** The chart's accessible name and visible caption. */
  readonly title: string;
  /** Under the x axis. */
  readonly xAxis: string;
  /** Beside the y axis. */
  readonly yAxis: string;
  /** Label of the marker at the visitor's minutes. */
  readonly current: string;
  /** A switch point in words, e.g. "From 2,341 minutes a month, Unicom 2400 is cheapest". */
  readonly cheapestFrom: (minutes: string, plan: string) => string;
  /** The plan that is cheapest from minute 0. */
  readonly cheapestAtStart: (plan: string) => string;
  /** Heading of the values read out for one minute count, e.g. "At 2,341 minutes a month". */
  readonly valuesAt: (minutes: string) => string;
  /** Accessible name of the plot area that steps through the points with the arrow keys. */
  readonly explore: string;
  /** Hint shown before any point is focused or hovered. */
  readonly exploreHint: string;
  /** Caption of the table that lists the costs at each switch point. */
  readonly tableCaption: string;
  /** Header of the table's first column. */
  readonly minutesHeader: string;
  /** Appended to the cheapest plan's value. */
  readonly cheapestMark: string;
  /** Appended to plans that lack a chosen add-on. */
  readonly unavailableMark: string;
}

/** English defaults, for a chart used on its own. */
export const DEFAULT_CHART_STRINGS: BreakEvenChartStrings = {
  title: 'Monthly cost by minutes per month',
  xAxis: 'Minutes per month',
  yAxis: 'Monthly cost',
  current: 'You',
  cheapestFrom: (minutes, plan) => `From ${minutes} a month, ${plan} is cheapest`,
  cheapestAtStart: (plan) => `${plan} is cheapest at first`,
  valuesAt: (minutes) => `At ${minutes} a month`,
  explore: 'Costs by minutes per month; use the arrow keys to move along the curves',
  exploreHint: 'Hover over the chart or focus it and use the arrow keys to read the costs.',
  tableCaption: 'Monthly cost of each plan at the switch points',
  minutesHeader: 'Minutes per month',
  cheapestMark: '(cheapest)',
  unavailableMark: '(not available with the chosen add-ons)',
};
