/**
 * The messages of tariff issues in zh-CN and English, and the one renderer
 * that builds both from an issue's code and params. A message never repeats
 * the JSON path: the path travels beside it in `TariffIssue.path`, and
 * whoever shows an issue prints both (`path  message`).
 *
 * A table of messages is three lists: the names of its templates (issue
 * codes, and the kinds of value `expected` names), then the templates in each
 * language, entry `i` of each belonging to name `i`. A template's `{name}` is
 * filled with `params.name`. The validator's table ships inside every bundle
 * that validates tariffs, so it is written as blocks of lines; the messages
 * that only some bundles need are tables of their own.
 */
import type { TariffIssue, TariffIssueParams } from '../engine/types.js';

/** Template names and their lines in each language (see `render`). */
export type MessageTable = readonly [names: readonly string[], zh: readonly string[], en: readonly string[]];

/**
 * The validator's messages: the issue codes, then the kinds of value that
 * `expected` names, then the did-you-mean phrase.
 */
export const VALIDATION_MESSAGES: MessageTable = [
  `expected missing-field unknown-field unknown-id duplicate-id reserved-id forbidden-key all-shares-zero too-many
too-large too-deep unreadable repeated-value object list non-empty-list one-of text id carrier-id currency date url
money money-2-decimals decimal integer number add-on-price time time-after calling-code caller-prefix suggestion`.split(/\s/),
  `应为{expected}，实际为 {got}
缺少必填字段
未知字段
未知 id
重复 id
{id} 是保留字，不能用作 id
不允许的键
defaultShare 不能全为 0
共 {count} 项，最多 {max} 项
文档超过 1 MiB
嵌套超过 32 层
无法读取：{detail}
重复的值
对象
列表
非空列表
{values}
文本
id（a-z、0-9、-）
运营商 id
币种代码如 "CNY"
日期 YYYY-MM-DD
http(s) 网址
不小于 0 的金额，最多 10 位整数、4 位小数，例如 "0.12"
不小于 0 的金额，最多 10 位整数、2 位小数，例如 "120"
{min}–{max} 的数，最多 4 位小数
{min}–{max} 的整数
{min}–{max} 的数
"included" 或 {monthly, oneTime}
时间 HH:MM（00:00–23:59）
晚于 {from} 的时间 HH:MM（最晚 24:00）
国家代码，例如 "86"
"+" 加 0–15 位数字，例如 "+852"
，是否为 {suggestion}？`.split('\n'),
  `expected {expected}, got {got}
missing required field
unknown field
unknown id
duplicate id
{id} is reserved and cannot be an id
forbidden key
defaultShare all 0
{count} items, at most {max}
document over 1 MiB
over 32 levels deep
could not be read: {detail}
repeated value
an object
a list
a non-empty list
{values}
text
an id (a-z, 0-9, -)
a carrier id
a code like "CNY"
a date YYYY-MM-DD
an http(s) URL
an amount ≥ 0 with at most 10 integer digits and 4 decimals, such as "0.12"
an amount ≥ 0 with at most 10 integer digits and 2 decimals, such as "120"
a number {min}–{max} with at most 4 decimals
an integer {min}–{max}
a number {min}–{max}
"included" or {monthly, oneTime}
a time HH:MM (00:00–23:59)
a time HH:MM after {from} (24:00 at the latest)
a country calling code such as "86"
"+" and 0–15 digits, such as "+852"
; did you mean {suggestion}?`.split('\n'),
];

/**
 * The lines of `VALIDATION_MESSAGES`, for the validator (numbers are smaller
 * than names in its bundle). Each member is its name in capitals.
 */
export enum Line {
  EXPECTED,
  MISSING_FIELD,
  UNKNOWN_FIELD,
  UNKNOWN_ID,
  DUPLICATE_ID,
  RESERVED_ID,
  FORBIDDEN_KEY,
  ALL_SHARES_ZERO,
  TOO_MANY,
  TOO_LARGE,
  TOO_DEEP,
  UNREADABLE,
  REPEATED_VALUE,
  OBJECT,
  LIST,
  NON_EMPTY_LIST,
  ONE_OF,
  TEXT,
  ID,
  CARRIER_ID,
  CURRENCY,
  DATE,
  URL,
  MONEY,
  MONEY_2_DECIMALS,
  DECIMAL,
  INTEGER,
  NUMBER,
  ADD_ON_PRICE,
  TIME,
  TIME_AFTER,
  CALLING_CODE,
  CALLER_PREFIX,
  SUGGESTION,
}

/**
 * The one renderer of issue messages: the zh-CN and English messages of
 * template `line` of `table`, with each `{name}` filled from `params`.
 * `{expected}` stands for the template of the kind that `params.expected`
 * names, filled from the same params; an issue with a `suggestion`
 * (`unknown-field`, `unknown-id`, and `expected` of a `carrier-id`) ends with
 * the did-you-mean phrase.
 */
export function render(
  line: number,
  params: TariffIssueParams,
  table: MessageTable = VALIDATION_MESSAGES,
): [message: string, messageEn: string] {
  const fill = (line: number, lang: number): string =>
    table[lang][line].replace(/\{(\w+)\}/g, (_, key) =>
      key == 'expected' ? fill(table[0].indexOf(params[key] as string), lang) : '' + params[key],
    );
  return [1, 2].map((lang) => fill(line, lang) + (params.suggestion ? fill(Line.SUGGESTION, lang) : '')) as [
    string,
    string,
  ];
}

/**
 * The message of a text that is not JSON, at the line and column where
 * reading stopped. The marketers' tools (explain.ts) say instead what caused
 * it, where the cause is, and how to fix it: the widget's bundle does not
 * carry that. Only `validateTariffsText` needs this, so it stays out of the
 * bundles that validate parsed documents.
 */
export const SYNTAX_MESSAGES: MessageTable = [
  ['json-syntax'],
  ['JSON 语法错误：第 {line} 行第 {column} 列'],
  ['JSON syntax error at line {line}, column {column}'],
];

/**
 * Messages of the issues in getting tariffs rather than in their content
 * (a `tariffs-src` URL that fails, a document that throws when read). Plain
 * lists, so that bundles without the element leave them out.
 */
export const LOADING_MESSAGES: MessageTable = [
  ['fetch-status', 'fetch-timeout', 'fetch-failed', 'unexpected-error'],
  ['请求 {url} 失败：HTTP {status}', '请求 {url} 超时（{seconds} 秒）', '无法请求 {url}：{detail}', '{detail}'],
  ['Fetching {url} failed: HTTP {status}', 'Fetching {url} timed out after {seconds} s', 'Could not fetch {url}: {detail}', '{detail}'],
];

/** An issue of `LOADING_MESSAGES` (about the whole document: its path is empty). */
export function loadingIssue(
  code: 'fetch-status' | 'fetch-timeout' | 'fetch-failed' | 'unexpected-error',
  params: TariffIssueParams,
): TariffIssue {
  const [message, messageEn] = render(LOADING_MESSAGES[0].indexOf(code), params, LOADING_MESSAGES);
  return { code, params, path: '', message, messageEn };
}

/**
 * Where an issue is, as a marketer reads it: its path, with the plan's id
 * after `plans[i]` when the issue is inside a plan
 * (`plans[3] (unicom-1200).ratePerMinute`); `` for the document itself.
 */
export function issuePlace(issue: Pick<TariffIssue, 'path' | 'planId'>): string {
  return issue.planId ? issue.path.replace(/^plans\[\d+\]/, (plan) => `${plan} (${issue.planId})`) : issue.path;
}
