/**
 * Phone numbers hidden in text shown before an import (`13800138000` →
 * `138****8000`), so that a preview identifies a column without revealing
 * a caller. Any run of 7 or more digits (spaces, `-` and brackets between
 * them allowed) is taken for a number, except dates and times.
 */
import { momentKind } from './date-time.js';

const DATE_OR_NUMBER = /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})|\+?\d[\d ()-]*\d/g;

function maskDigits(number: string): string {
  const digits = number.replace(/\D/g, '').length;
  if (digits < 7 || momentKind(number.trim())) return number;
  // Long numbers keep a prefix and the last four, like a bank card; short ones less.
  const [head, tail] = digits >= 11 ? [3, 4] : [2, 2];
  let seen = 0;
  return number.replace(/\d/g, (digit) => (++seen <= head || seen > digits - tail ? digit : '*'));
}

export function maskPhoneNumbers(text: string): string {
  return text.replace(DATE_OR_NUMBER, (match, date?: string) => (date ? match : maskDigits(match)));
}
