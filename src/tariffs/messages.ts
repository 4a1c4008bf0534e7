/**
 * Validation messages in zh-CN and English. A message is a template pair
 * `[zh-CN, en]` in which `{0}`, `{1}` are filled in by the validator. A
 * message never repeats the JSON path: the path travels beside it in
 * `TariffIssue.path`, and whoever shows an issue prints both (`path  message`).
 *
 * The templates ship inside every bundle that validates tariffs, so they are
 * kept short and stored as two blocks of lines, one per language; a message id
 * is the line number of its template in both blocks.
 */
export type Msg = readonly [zh: string, en: string];

const ZH = `应为{0}，实际为 {1}
缺少必填字段
未知字段{0}
未知 id{0}
，是否为 {0}？
重复 id
不允许的键
defaultShare 不能全为 0
文档超过 1 MiB
嵌套超过 32 层
对象
列表
非空列表
{0}
文本
id（a-z、0-9、-）
运营商 id
币种代码如 "CNY"
日期 YYYY-MM-DD
http(s) 网址
不小于 0 的金额，例如 "0.12"
最多 2 位小数
≥ 0 的数
{0}–{1} 的整数
{0}–{1} 的数
"included" 或 {monthly, oneTime}`.split('\n');

const EN = `expected {0}, got {1}
missing required field
unknown field{0}
unknown id{0}
; did you mean {0}?
duplicate id
forbidden key
defaultShare all 0
document over 1 MiB
over 32 levels deep
an object
a list
a non-empty list
{0}
text
an id (a-z, 0-9, -)
a carrier id
a code like "CNY"
a date YYYY-MM-DD
an http(s) URL
a non-negative amount such as "0.12"
≤ 2 decimals
a number ≥ 0
an integer {0}–{1}
a number {0}–{1}
"included" or {monthly, oneTime}`.split('\n');

/** The template pair of a message id. */
export const msg = (id: M): Msg => [ZH[id], EN[id]];

/** Message ids, in the order of the template lines. */
export enum M {
  EXPECTED,
  MISSING,
  UNKNOWN_FIELD,
  UNKNOWN_ID,
  DID_YOU_MEAN,
  DUPLICATE_ID,
  FORBIDDEN_KEY,
  ALL_SHARES_ZERO,
  TOO_LARGE,
  TOO_DEEP,
  // What was expected: these complete EXPECTED.
  OBJECT,
  LIST,
  NON_EMPTY_LIST,
  ANY, // the accepted values themselves, e.g. "credit" / "minutes" / "nothing"
  TEXT,
  ID,
  CARRIER,
  CURRENCY,
  DATE,
  URL,
  MONEY,
  MONEY_2,
  DECIMAL,
  INTEGER,
  NUMBER,
  ADD_ON_PRICE,
}

/** Issues about a key itself rather than its value: tools point at the key in the text. */
export const KEY_MESSAGES: readonly M[] = [M.UNKNOWN_FIELD, M.UNKNOWN_ID, M.FORBIDDEN_KEY];

/** A JSON syntax error; only the text entry of the validator needs it. */
export const SYNTAX: Msg = ['JSON 语法错误：第 {0} 行第 {1} 列', 'JSON syntax error at line {0}, column {1}'];

/** Whether an English message is about a key itself (see KEY_MESSAGES). */
export const isKeyMessage = (messageEn: string): boolean =>
  KEY_MESSAGES.some((id) => messageEn.startsWith(EN[id].split('{')[0]));
