/**
 * Validation messages in zh-CN and English. Each entry is a template pair
 * `[zh-CN, en]`; `{0}`, `{1}` are filled in by the validator. A message never
 * repeats the JSON path: the path travels beside it in `TariffIssue.path`,
 * and whoever shows the issue prints both (`path: message`).
 *
 * Entries under "what was expected" complete the `expected` template.
 */
export type Msg = readonly [zh: string, en: string];

export const MESSAGES = {
  expected: ['应为{0}，实际为 {1}', 'expected {0}, got {1}'],
  missing: ['缺少必填字段', 'missing required field'],
  taxRateMissing: ['pricesIncludeTax 为 false 时必填', 'required when pricesIncludeTax is false'],
  unknownField: ['未知字段{0}', 'unknown field{0}'],
  unknownCarrier: ['未知的运营商 id {0}', 'unknown carrier id {0}'],
  unknownKey: ['未知的{0} id{1}', 'unknown {0} id{1}'],
  addOn: ['增值业务', 'add-on'],
  region: ['地区', 'region'],
  badTag: ['无效的语言标签，例如应为 "zh-CN"', 'not a language tag such as "zh-CN"'],
  didYouMean: ['，是否应为 {0}？', '; did you mean {0}?'],
  duplicateId: ['重复的 id {0}', 'duplicate id {0}'],
  forbiddenKey: ['不允许的键', 'forbidden key'],
  allSharesZero: ['至少一个 defaultShare 应大于 0', 'at least one defaultShare must be above 0'],
  belowMinutes: ['应不小于 minutesPerMonth（{0}），实际为 {1}', 'must be at least minutesPerMonth ({0}), got {1}'],
  tooLarge: ['文档超过 1 MiB', 'document larger than 1 MiB'],
  tooDeep: ['嵌套超过 32 层', 'nested deeper than 32 levels'],
  syntax: ['JSON 语法错误（第 {0} 行第 {1} 列）：意外的 {2}', 'JSON syntax error at line {0}, column {1}: unexpected {2}'],
  endOfText: ['文本结尾', 'end of text'],

  // What was expected.
  object: ['对象', 'an object'],
  list: ['列表', 'a list'],
  nonEmptyList: ['至少一项的列表', 'a list with at least one item'],
  oneOf: ['{0} 之一', 'one of {0}'],
  string: ['文本', 'a string'],
  text: ['文本或以语言标签为键的文本对象', 'a string or an object of strings by language tag'],
  id: ['由小写字母、数字和 - 组成的 id，例如 "unicom-1200"', 'an id of a-z, 0-9 and - such as "unicom-1200"'],
  currency: ['三个大写字母的币种代码，例如 "CNY"', 'a three-letter currency code such as "CNY"'],
  date: ['YYYY-MM-DD 格式的有效日期', 'a real date YYYY-MM-DD'],
  url: ['http 或 https 网址', 'an http(s) URL'],
  money: ['不小于 0 的金额，例如 "0.12"', 'a non-negative amount such as "0.12"'],
  money2: ['不小于 0、最多 2 位小数的金额，例如 "120"', 'a non-negative amount with at most 2 decimals such as "120"'],
  decimal: ['不小于 0 的小数，例如 "1.5"', 'a non-negative decimal such as "1.5"'],
  rate: ['0 到 1 之间的比率，例如 "0.06"', 'a rate from 0 to 1 such as "0.06"'],
  hours: ['不小于 1 的数，例如 220', 'a number of at least 1 such as 220'],
  integer: ['{0}–{1} 的整数', 'an integer from {0} to {1}'],
  number: ['{0}–{1} 的数', 'a number from {0} to {1}'],
  seconds: ['null 或 1–3600 的数', 'null or a number from 1 to 3600'],
  addOnPrice: ['"included" 或 {monthly, oneTime} 对象', '"included" or an object {monthly, oneTime}'],
} satisfies Record<string, Msg>;

/** Issues about a key itself (not its value): tools point at the key in the text. */
export const KEY_MESSAGES: readonly Msg[] = [
  MESSAGES.unknownField,
  MESSAGES.unknownKey,
  MESSAGES.forbiddenKey,
  MESSAGES.badTag,
];
