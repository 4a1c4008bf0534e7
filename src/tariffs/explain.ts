/**
 * The problems of a tariff file as the marketers' tools show them
 * (tariffs:check, the tariff preview page, the build's check of the bundled
 * tariffs): each at its one position (issue-location.ts), in reading order,
 * its path naming the plan it is in, and its message saying how to fix it
 * where the validator's message only says what is wrong:
 *
 * - an amount written as people write prices (`"1,200"`, `"１２００"`,
 *   `"¥1200"`, `"1200元"`): the amount as the file needs it;
 * - an unknown reference (a plan's carrier, a region or add-on id in a
 *   plan): the nearest known id, and the ids that exist;
 * - a JSON syntax error: its cause, at the position of the cause.
 *
 * The widget does not carry this module: it is for people editing a file.
 */
import type { TariffIssue } from '../engine/types.js';
import { issueLocator } from './issue-location.js';
import { issuePlace } from './messages.js';
import { jsonSyntaxError, type JsonLocation } from './json-locate.js';

/** One problem of a file, ready to print. */
export interface ExplainedIssue extends TariffIssue {
  /** Where it is in the text (1-based). */
  readonly location: JsonLocation;
  /** Its path with the plan's id, such as `plans[3] (unicom-1200).ratePerMinute`; `` for the document. */
  readonly place: string;
}

/** A list of ids in a message: at most this many are named, then `…`. */
const MAX_LISTED = 20;

type Fix = readonly [zh: string, en: string];

const FULL_WIDTH = /[０-９．，]/g;
const CURRENCY = /^\s*(?:¥|￥|\$|RMB|CNY|人民币)\s*|\s*(?:元|块|RMB|CNY)\s*$/gi;
const GROUPED = /^\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/;

/**
 * How to write `got` (the found value, as the issue shows it: JSON text,
 * possibly cut short) as a plain amount, when that is all it lacks: each fix
 * in both languages, and the amount.
 */
function amountFixes(got: unknown): [fixes: Fix[], amount: string] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(String(got));
  } catch {
    return undefined; // cut short: too long to be an amount anyway
  }
  if (typeof value != 'string') return undefined;
  const fixes: Fix[] = [];
  let amount = value.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (amount != value) fixes.push(['改用半角数字', 'use ASCII digits']);
  const bare = amount.replace(CURRENCY, '');
  if (bare != amount) fixes.push(['去掉货币符号和单位', 'remove the currency sign']);
  amount = bare;
  if (GROUPED.test(amount)) {
    amount = amount.replace(/[,，]/g, '');
    fixes.push(['去掉千位分隔符', 'remove the thousands separator']);
  }
  return fixes.length && /^\d+(\.\d+)?$/.test(amount) ? [fixes, amount] : undefined;
}

/** The ids of list `name` in the document, in file order (own properties only). */
function idsOf(document: unknown, name: string): string[] {
  const list = document && typeof document == 'object' && Object.hasOwn(document, name) ? (document as any)[name] : [];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (item && typeof item == 'object' && typeof item.id == 'string' && Object.hasOwn(item, 'id') ? [item.id] : []));
}

/** Which list an unknown reference at `issue` should name: `carriers`, `regions` or `addOns`. */
function referencedList(issue: TariffIssue): string | undefined {
  if (issue.code == 'expected' && issue.params.expected == 'carrier-id') return 'carriers';
  if (issue.code != 'unknown-id') return undefined;
  if (/^plans\[\d+\]\.regionMultipliers\./.test(issue.path)) return 'regions';
  if (/^plans\[\d+\]\.addOns\./.test(issue.path)) return 'addOns';
  return undefined;
}

/** The cause of a JSON syntax error, in both languages, from its params. */
function syntaxCause(cause: string, p: Readonly<Record<string, string | number>>): Fix {
  switch (cause) {
    case 'missing-comma':
      return ['缺少逗号：在两个值之间加上 ,', 'missing comma: add a , between the two values'];
    case 'trailing-comma':
      return ['多余的逗号：删掉最后一项后面的 ,', 'trailing comma: remove the , after the last item'];
    case 'extra-comma':
      return ['多余的逗号：删掉这个 ,', 'extra comma: remove this ,'];
    case 'missing-colon':
      return ['字段名后缺少冒号：加上 :', 'missing colon: add a : after the field name'];
    case 'expected-key':
      return ['这里应为带双引号的字段名', 'a field name in double quotes belongs here'];
    case 'unclosed-string':
      return ['字符串没有结束：在末尾加上 "', 'unclosed string: add the closing "'];
    case 'bad-escape':
      return ['无效的转义：反斜杠要写成 \\\\', 'invalid escape: write a backslash as \\\\'];
    case 'missing-bracket':
      return [`${p.open} 没有闭合：加上 ${p.close}`, `${p.open} is never closed: add ${p.close}`];
    case 'comment':
      return ['JSON 不能写注释：改用 "$comment": "…"', 'JSON has no comments: write "$comment": "…" instead'];
    case 'single-quotes':
      return ['引号要用英文双引号 "', 'use straight double quotes "'];
    case 'unquoted':
      return [`${p.word} 要加双引号："${p.word}"`, `put ${p.word} in double quotes: "${p.word}"`];
    case 'empty':
      return ['文件是空的', 'the file is empty'];
    default:
      return [`意外的字符 ${p.found ?? ''}`.trim(), `unexpected character ${p.found ?? ''}`.trim()];
  }
}

/**
 * The issues of `text` (what `validateTariffsText(text)` found) as the
 * marketers' tools show them, sorted by position (then in the validator's
 * order). A JSON syntax error is placed at its cause and says what it is.
 */
export function explainIssues(text: string, issues: readonly TariffIssue[]): ExplainedIssue[] {
  const locate = issueLocator(text);
  let document: unknown;
  const documentOf = () => {
    try {
      document ??= JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      document = null;
    }
    return document;
  };
  const explained = issues.map((issue): ExplainedIssue => {
    const location = locate(issue);
    let { message, messageEn, params } = issue;
    if (issue.code == 'json-syntax') {
      const error = jsonSyntaxError(text.replace(/^\uFEFF/, ''));
      if (error) {
        params = { ...location, cause: error.cause, ...error.params };
        const [zh, en] = syntaxCause(error.cause, error.params ?? {});
        message = `JSON 语法错误：第 ${location.line} 行第 ${location.column} 列，${zh}`;
        messageEn = `JSON syntax error at line ${location.line}, column ${location.column}: ${en}`;
      }
    }
    const fixes = issue.code == 'expected' && /^(money|decimal|number)/.test(String(issue.params.expected)) && amountFixes(issue.params.got);
    if (fixes) {
      const [list, amount] = fixes;
      message += `。${list.map(([zh]) => zh).join('，')}：${amount}`;
      messageEn += `; ${list.map(([, en]) => en).join(', ')}: ${amount}`;
    }
    // The validator's message already says "did you mean"; the marketer also sees which ids there are.
    const listName = referencedList(issue);
    if (listName) {
      const known = idsOf(documentOf(), listName);
      if (known.length) {
        const names = known.slice(0, MAX_LISTED).join(', ') + (known.length > MAX_LISTED ? ', …' : '');
        message += `（已有：${names}）`;
        messageEn += ` (known: ${names})`;
      }
    }
    return { ...issue, params, message, messageEn, location, place: issuePlace(issue) };
  });
  // In reading order, as an editor shows them; Array.prototype.sort is stable.
  return explained.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}
