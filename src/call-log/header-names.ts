/**
 * Column names of call-detail exports, Chinese and English, and how surely
 * each names a role. Carrier portals, PBXs and call centres each name their
 * columns a little differently, so besides well-known names (confidence 1)
 * a name that merely contains a telling word counts, less surely.
 *
 * `when` is the start: a date and time, or either half of it (the values
 * decide which, see columns.ts).
 */

export type HeaderRole = 'caller' | 'when' | 'seconds' | 'end';

/** Callee numbers, places, names, ring and queue times: never one of the roles. */
const EXCLUDED = /被叫|对方|归属|地区|地点|城市|省|运营商|姓名|名称|类型|状态|振铃|等待|排队|录音|ring|wait|queue|hold|callee|called|dest|^to|area|city|region|location|type|name|status/;

const RULES: readonly (readonly [HeaderRole, number, RegExp])[] = [
  ['caller', 1, /^(主叫|来电|呼叫|来话)(号码?|电话)?$|^(caller|calling|from|ani|cli)(id|number|no|num|party)?$/],
  ['caller', 0.6, /主叫|来电|caller|calling|客户(号码|电话)|^(电话)?号码$|^(phone)?(number|no)$|^phone$/],
  ['when', 1, /^(通话|呼叫|通信)?(开始|起始)(时间|日期)?$|^(呼叫|来电|呼入|主叫)(时间|日期)$|^(call)?start(time|date|datetime|ed|edat)?$|^call(time|date|datetime)$/],
  ['when', 0.85, /^(应答|接通|通话|通信)时间$|^answer(ed)?(time|at)?$/],
  ['when', 0.8, /^(日期)?时间$|^(通话|呼叫)?日期(时间)?$|^(date|time|datetime)$/],
  ['when', 0.6, /时间|日期|date|time/],
  // Talk time before billed time (计费时长), which is rounded up to whole units.
  ['seconds', 1, /^(通话|通信)?(时长|秒数)$|^(talk|call|conversation)(time|duration|seconds)$|^billsec$/],
  ['seconds', 0.9, /^(duration|seconds|secs|持续时间)$/],
  ['seconds', 0.85, /^(通话|通信)时间$/],
  ['seconds', 0.5, /计费|bill|charge/],
  ['seconds', 0.6, /时长|duration|秒数/],
  ['end', 1, /^(通话|呼叫)?(结束|终止|挂机|挂断)(时间)?$|^(call)?(end|stop|hangup)(time|ed|edat)?$/],
  ['end', 0.6, /结束|挂机|挂断|hangup|endtime/],
];

/** A note after a name, such as a unit: `时长(秒)`, `duration (min)`, `时长/秒`. */
const NOTE = /[([/].*$/;

/** `header` in the form the rules compare: NFKC, lower case, no spaces, punctuation or note. */
export const headerKey = (header: string) =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:'"]/g, '')
    .replace(NOTE, '');

/** How surely `header` names each role (0: not at all); the first rule that matches a role counts. */
export function headerRoles(header: string): Record<HeaderRole, number> {
  const key = headerKey(header);
  const scores = { caller: 0, when: 0, seconds: 0, end: 0 };
  if (!key || EXCLUDED.test(key)) return scores;
  for (const [role, confidence, pattern] of RULES) {
    if (!scores[role] && pattern.test(key)) scores[role] = confidence;
  }
  // An end time is no start, even though its name says 时间.
  if (scores.end >= scores.when) scores.when = 0;
  return scores;
}

/** Whether a duration column's header says its bare numbers count minutes (时长(分钟), minutes). */
export const countsMinutes = (header: string) => /分钟|\(分\)|min/i.test(header.normalize('NFKC').replace(/\s/g, ''));
