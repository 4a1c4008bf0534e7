/**
 * What a plan card says while a call log is in use, and against the
 * visitor's current bill (rules: i18n/locale.ts).
 */
import { withUnit as u, type Locale } from '../../i18n/locale.js';

export interface ProfileStrings {
  /** Read before the headline figure by screen readers. */
  averageLabel: string;
  /** "3 个月合计 ¥1,234.00". */
  profileTotal(months: number, formattedMonths: string, amount: string): string;
  /** How a plan rounds each call: "按分钟计费". */
  increment(seconds: number, formatted: string): string;
  /** "按分钟计费：计费时长比实际通话多 18%". */
  rounding(increment: string, percent: string): string;
  /** Per-call rounding adds nothing (every call a whole number of increments). */
  roundingNone(increment: string): string;
  capacity(peak: string, included: string): string;
  capacityUnlimited(peak: string): string;
  extraLines(lines: string): string;
  monthsHeading: string;
  /** The sum row of the months table. */
  monthsTotal(months: number, formattedMonths: string): string;
  averageMonthly: string;
  oneTimeTotal: string;
  saving(amount: string): string;
  extra(amount: string): string;
  sameAsBill: string;
}

const zhCN: ProfileStrings = {
  averageLabel: '按您的通话记录平均每月',
  profileTotal: (_n, f, amount) => `${u(f, '个月')}合计 ${amount}`,
  increment: (s, f) => (s === 60 ? '按分钟计费' : s === 1 ? '按秒计费' : `按 ${u(f, '秒')}计费`),
  rounding: (inc, p) => `${inc}：计费时长比实际通话多 ${p}`,
  roundingNone: (inc) => `${inc}：计费时长与实际通话相同`,
  capacity: (n, m) => `记录中最多 ${u(n, '路')}同时通话；本套餐含 ${u(m, '路')}`,
  capacityUnlimited: (n) => `记录中最多 ${u(n, '路')}同时通话；本套餐不限并发`,
  extraLines: (n) => `（需加购 ${u(n, '路')}）`,
  monthsHeading: '按月费用（您的通话记录）',
  monthsTotal: (_n, f) => `${u(f, '个月')}合计`,
  averageMonthly: '平均每月（含一次性费用分摊）',
  oneTimeTotal: '一次性费用',
  saving: (a) => `比当前话费每月省 ${a}`,
  extra: (a) => `比当前话费每月多 ${a}`,
  sameAsBill: '与当前话费持平',
};

const en: ProfileStrings = {
  averageLabel: 'Average month of your call records',
  profileTotal: (n, f, amount) => `${u(f, n === 1 ? 'month' : 'months')} in total: ${amount}`,
  increment: (s, f) => (s === 60 ? 'Billed per minute' : s === 1 ? 'Billed per second' : `Billed per ${u(f, 'seconds')}`),
  rounding: (inc, p) => `${inc}: ${p} more than talk time`,
  roundingNone: (inc) => `${inc}: the same as talk time`,
  capacity: (n, m) => `At most ${u(n, n === '1' ? 'call' : 'calls')} at once in your records; this plan includes ${u(m, m === '1' ? 'line' : 'lines')}`,
  capacityUnlimited: (n) => `At most ${u(n, n === '1' ? 'call' : 'calls')} at once in your records; this plan has no line limit`,
  extraLines: (n) => ` (${u(n, n === '1' ? 'extra line' : 'extra lines')} needed)`,
  monthsHeading: 'Each month of your call records',
  monthsTotal: (n, f) => `Total over ${u(f, n === 1 ? 'month' : 'months')}`,
  averageMonthly: 'Average per month (one-time fees spread)',
  oneTimeTotal: 'One-time fees',
  saving: (a) => `Saves ${a} a month against your current bill`,
  extra: (a) => `${a} a month more than your current bill`,
  sameAsBill: 'The same as your current bill',
};

export function profileStringsFor(locale: Locale): ProfileStrings {
  return locale === 'en' ? en : zhCN;
}
