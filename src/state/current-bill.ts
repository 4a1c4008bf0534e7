/**
 * The visitor's current monthly bill, as typed: "1280", "1,280.50", "¥1280",
 * "１２８０元" (full-width digits) all mean 1280 and 1280.50. The amount is
 * kept as a decimal string so that each card's saving is an exact difference.
 */

/** Amounts up to this many digits before the point (a billion a month is far past any 400 number). */
const MAX_WHOLE_DIGITS = 10;
const AMOUNT = new RegExp(`^(\\d{1,${MAX_WHOLE_DIGITS}})(?:\\.(\\d{0,2}))?$`);

/**
 * The amount in `text` as a decimal string with two decimals (`"1280.00"`),
 * null for an empty field, or `'invalid'` for anything that is not an amount
 * of money ≥ 0 with at most two decimals.
 */
export function parseCurrentBill(text: string): string | null | 'invalid' {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\s,¥￥]|元|RMB|CNY/gi, '')
    .trim();
  if (cleaned === '') return null;
  const match = AMOUNT.exec(cleaned);
  if (!match) return 'invalid';
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const cents = (match[2] ?? '').padEnd(2, '0');
  return `${whole}.${cents}`;
}
