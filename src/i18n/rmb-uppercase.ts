/**
 * 人民币大写: a money amount written in formal financial characters, as on
 * cheques, invoices and printed quotes (e.g. "125" → 人民币壹佰贰拾伍元整).
 *
 * Rules followed (the practice of 《支付结算办法》 for 中文大写金额):
 * - Digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a group of four, groups 万 and 亿.
 * - A 1 in the tens place is always written 壹拾, also at the start (壹拾元, 壹拾万):
 *   the formal style, so that nothing can be written in front of 拾.
 * - Zeros: one 零 stands for any run of zeros between two non-zero digits, also
 *   across a 万 or 亿 group (100010 → 壹拾万零壹拾元, 1000000001 → 壹拾亿零壹元);
 *   zeros at the end of a group or of the whole amount are not written
 *   (10000000 → 壹仟万元, 10001000 → 壹仟万壹仟元).
 * - A 零 is written between 元 and 分 when the 角 digit is 0 (10.05 → 壹拾元零伍分);
 *   no 零 is written between 元 and a non-zero 角 (100.50 → 壹佰元伍角整), which the
 *   rules allow either way.
 * - Amounts under one yuan start at their first non-zero unit (0.5 → 伍角整, 0.05 → 伍分);
 *   zero is 零元整.
 * - 整 follows an amount that ends in 元 or 角 and never one that ends in 分
 *   (1004.30 → 壹仟零肆元叁角整, 10.05 → 壹拾元零伍分).
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
/** Units inside a group of four, from the group's highest digit down. */
const GROUP_UNITS = ['仟', '佰', '拾', ''] as const;
/** Group names from the highest group (亿) down to the units group. */
const GROUP_NAMES = ['亿', '万', ''] as const;

/** At most 12 integer digits (below 1 万亿) and at most 2 decimals; no sign, no exponent. */
const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;
const MAX_INTEGER_DIGITS = 12;

/**
 * Writes `amount` (a plain decimal string such as "1004.30", from "0" to
 * "999999999999.99") as 人民币大写.
 *
 * @throws RangeError when `amount` is not such a string: negative, more than two
 *   decimals, exponent form, 1 万亿 or more, or not a string at all.
 */
export function toRmbUppercase(amount: string): string {
  const match = typeof amount === 'string' ? AMOUNT.exec(amount) : null;
  if (!match) {
    throw new RangeError(`Not an amount from 0 to 999999999999.99 with at most two decimals: ${String(amount)}`);
  }
  const integerDigits = match[1].replace(/^0+(?=\d)/, '');
  if (integerDigits.length > MAX_INTEGER_DIGITS) {
    throw new RangeError(`Amount out of range (at most 999999999999.99): ${amount}`);
  }
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const jiao = Number(fraction[0]);
  const fen = Number(fraction[1]);
  const hasYuan = integerDigits !== '0';

  let text = '人民币';
  if (hasYuan) text += integerInWords(integerDigits) + '元';
  if (jiao !== 0) {
    text += DIGITS[jiao] + '角';
  } else if (fen !== 0 && hasYuan) {
    text += '零';
  }
  if (fen !== 0) text += DIGITS[fen] + '分';
  if (!hasYuan && jiao === 0 && fen === 0) text += '零元';
  if (fen === 0) text += '整';
  return text;
}

/** Writes a positive integer of at most 12 digits (no leading zeros) without the 元. */
function integerInWords(digits: string): string {
  const padded = digits.padStart(MAX_INTEGER_DIGITS, '0');
  let text = '';
  // Set when zeros that are read as 零 were skipped: the next written digit gets one 零.
  let pendingZero = false;
  for (let group = 0; group < GROUP_NAMES.length; group++) {
    const groupDigits = padded.slice(group * 4, group * 4 + 4);
    if (groupDigits === '0000') {
      if (text !== '') pendingZero = true;
      continue;
    }
    for (let place = 0; place < 4; place++) {
      const digit = Number(groupDigits[place]);
      if (digit === 0) {
        if (text !== '') pendingZero = true;
        continue;
      }
      if (pendingZero) text += '零';
      pendingZero = false;
      text += DIGITS[digit] + GROUP_UNITS[place];
    }
    text += GROUP_NAMES[group];
    // Zeros at the end of a group are not read (壹仟万壹仟, not 壹仟万零壹仟).
    pendingZero = false;
  }
  return text;
}
