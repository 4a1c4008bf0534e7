/**
 * The pure cost engine: no DOM, no Lit; runs in Node and browsers. The
 * package's `hotline-calculator/engine` entry (src/engine-api.ts) adds the
 * tariff validator to it.
 */
export type * from './types.js';
export { estimate, UsageError } from './estimate.js';
export { resolveUsage, type UsageCorrection } from './usage.js';
export type { EstimateOptions } from './estimate.js';
export { erlangB, linesNeeded } from './capacity.js';
export { amountDifference } from './amounts.js';
export { switchPoints, type SwitchPoint, type SwitchPointOptions } from './switch-points.js';
export { cheapestRanges, type CheapestRange, type CheapestTie } from './cheapest-ranges.js';
export { costCurves, type CostCurves, type CostCurve, type CostCurvePoint, type CostCurveOptions } from './cost-curves.js';
export { callSummarizer, summarizeCalls, type CallSummarizer, type SummaryOptions } from './call-summary.js';
export { normalizeCaller, type CallerOptions } from './caller-region.js';
export { quoteProfile } from './profile.js';
export { averageUsage, type AverageUsageOptions } from './average-usage.js';
