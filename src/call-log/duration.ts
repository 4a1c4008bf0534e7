/**
 * Talk time as exports write it, read as whole seconds:
 * `205`, `205秒`, `205s`, `205 sec`; `00:03:25`, `3:25` (minutes and
 * seconds); `3分25秒`, `3分钟`, `1小时2分3秒`, `1时2分3秒`, `1h2m3s`.
 * A bare number counts the column's unit (seconds, or minutes for a header
 * such as 时长(分钟)).
 *
 * A fraction (`205.5`, `00:03:25.5`, `2.5` minutes) is rounded up to the next
 * whole second: carriers bill every started unit, so rounding up never makes
 * an estimate cheaper than the bill.
 */

const NUMBER = /^(\d+)(?:\.(\d+))?\s*(s|secs?|seconds?|秒钟?)?$/i;
const CLOCK = /^(\d+):(\d{1,2})(?::(\d{1,2}))?(?:\.(\d+))?$/;
const WORDS =
  /^(?:(\d+)\s*(?:小时|时|h|hrs?|hours?)\s*)?(?:(\d+)\s*(?:分钟|分|m|mins?|minutes?)\s*)?(?:(\d+)(?:\.(\d+))?\s*(?:秒钟|秒|s|secs?|seconds?))?$/i;

/** `fraction` (the digits after the point) of `unit` seconds, rounded up. */
const partOf = (fraction: string | undefined, unit: number) =>
  // The small offset keeps binary noise (0.1 × 60 = 6.000000000000001) from rounding up.
  fraction ? Math.max(0, Math.ceil(Number('0.' + fraction) * unit - 1e-9)) : 0;

/** Whole seconds of `text`, or undefined when it is no duration. */
export function readSeconds(text: string, unit: 1 | 60 = 1): number | undefined {
  let m = NUMBER.exec(text);
  if (m) {
    const scale = m[3] ? 1 : unit;
    return +m[1]! * scale + partOf(m[2], scale);
  }
  m = CLOCK.exec(text);
  if (m) {
    const [hours, minutes, seconds] = m[3] === undefined ? [0, +m[1]!, +m[2]!] : [+m[1]!, +m[2]!, +m[3]];
    if (seconds > 59 || (m[3] !== undefined && minutes > 59)) return undefined;
    return hours * 3600 + minutes * 60 + seconds + partOf(m[4], 1);
  }
  m = WORDS.exec(text);
  if (m && (m[1] || m[2] || m[3])) return +(m[1] ?? 0) * 3600 + +(m[2] ?? 0) * 60 + +(m[3] ?? 0) + partOf(m[4], 1);
  return undefined;
}

/** Whether `text` says its unit itself (`3:25`, `3分25秒`), unlike a bare number. */
export const isSelfDescribing = (text: string) => !/^[\d.]+$/.test(text) && readSeconds(text) !== undefined;
