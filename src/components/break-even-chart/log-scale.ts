/**
 * The chart's scales: v ↦ ln(1 + v / knee) / ln(1 + max / knee), on both axes.
 *
 * Why not linear: the minutes slider runs to 100,000 a month, but most visitors
 * use 1,000–5,000, and the plans cross each other there. On a linear axis that
 * range is the first 5 % of the width, every switch point piles up at the
 * origin, and the costs there (a few hundred yuan, against 15,000 at the far
 * end) sit in the bottom pixels. A plain logarithm has no place for 0, which
 * both axes must show (no calls; a plan's package alone). ln(1 + v/k) starts at
 * 0, is close to linear below the knee k and gives each tenfold step above it
 * about the same room.
 *
 * Minutes use a knee of 100 minutes, a fixed amount rather than a share of the
 * range: below it costs barely move from the package fee, whatever the slider's
 * end. With 0–100,000 minutes, 0–5,000 take 57 % of the width, 1,000 minutes
 * sit at 35 % and 10,000 at 67 %. Costs use a knee of a hundredth of the axis'
 * top, so amounts from 1 % of the top to the top share the height evenly.
 *
 * Order is kept, so who is cheapest, and where lines cross, reads as before.
 */

/** Below about this many minutes a month the minutes axis is close to linear. */
export const MINUTES_KNEE = 100;
/** The costs axis is close to linear below this share of its top. */
export const COST_KNEE_SHARE = 0.01;

export interface LogScale {
  readonly max: number;
  /** Where `value` (clamped to 0…max) falls, from 0 (at 0) to 1 (at max). */
  readonly share: (value: number) => number;
  /** The value (not rounded) at a share of the axis, the inverse of `share`. */
  readonly valueAt: (share: number) => number;
}

/** The scale over 0…max (a range above 0). */
export function logScale(max: number, knee: number): LogScale {
  const top = max > 0 ? max : 1;
  const span = Math.log1p(top / knee);
  return {
    max: top,
    share: (value) => Math.log1p(Math.min(Math.max(value, 0), top) / knee) / span,
    valueAt: (share) => knee * Math.expm1(Math.min(Math.max(share, 0), 1) * span),
  };
}

/**
 * Round values worth a tick on such a scale, most wanted first: 0, the top when
 * it is round, then the powers of ten, then 5 × and 2 × them, none below
 * `smallest`. Which of them get a label depends on the room (label-boxes.ts).
 */
export function tickCandidates(max: number, smallest: number): number[] {
  const top = max > 0 ? max : 1;
  const candidates = [0];
  if (isRound(top)) candidates.push(top);
  for (const factor of [1, 5, 2]) {
    for (let exponent = Math.floor(Math.log10(top)); 10 ** exponent >= smallest; exponent--) {
      // 10 ** -2 is exact where 0.1 * 0.1 is not.
      const value = exponent >= 0 ? factor * 10 ** exponent : factor / 10 ** -exponent;
      if (value < top && !candidates.includes(value)) candidates.push(value);
    }
  }
  return candidates;
}

/** At most two significant digits (20,000; 150,000), so its short form is exact. */
function isRound(value: number): boolean {
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  const scaled = value / unit;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9;
}
