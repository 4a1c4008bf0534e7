import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toRmbUppercase } from './rmb-uppercase.js';

// Mocha's globals, provided by the test runner.

/** [amount, expected, the rule the case checks] — each answer checked by hand. */
const TABLE: readonly (readonly [string, string, string])[] = [
  ['0', '人民币零元整', 'zero is 零元整'],
  ['0.00', '人民币零元整', 'zero with decimals is still 零元整'],
  ['1', '人民币壹元整', 'a whole amount ends in 元整'],
  ['10', '人民币壹拾元整', '拾 at the start is written 壹拾'],
  ['15', '人民币壹拾伍元整', '壹拾 at the start, then the units digit'],
  ['110', '人民币壹佰壹拾元整', 'a 1 in the tens place inside a number is 壹拾'],
  ['125', '人民币壹佰贰拾伍元整', 'every digit with its unit'],
  ['1200', '人民币壹仟贰佰元整', 'zeros at the end are not written'],
  ['1001', '人民币壹仟零壹元整', 'a run of zeros between digits is one 零'],
  ['208.3', '人民币贰佰零捌元叁角整', 'one 零 inside; 整 after 角'],
  ['1004.30', '人民币壹仟零肆元叁角整', '整 after 角 when 分 is 0'],
  ['10.05', '人民币壹拾元零伍分', '零 between 元 and 分 when 角 is 0; no 整 after 分'],
  ['50000.07', '人民币伍万元零柒分', '零 for the zero 角 after a whole 万 amount'],
  ['100.50', '人民币壹佰元伍角整', 'no 零 between 元 and a non-zero 角'],
  ['1680.32', '人民币壹仟陆佰捌拾元叁角贰分', '角 and 分 both written, no 整 after 分'],
  ['0.5', '人民币伍角整', 'under one yuan: no 零元, 整 after 角'],
  ['0.10', '人民币壹角整', 'a trailing zero decimal is not written'],
  ['0.05', '人民币伍分', 'under one jiao: starts at 分, no 零, no 整'],
  ['0.01', '人民币壹分', 'the smallest amount'],
  ['0.55', '人民币伍角伍分', '角 and 分 without 元'],
  ['10000', '人民币壹万元整', '万 group alone'],
  ['105000', '人民币壹拾万伍仟元整', 'a zero at the end of the 万 group is not written'],
  ['100010', '人民币壹拾万零壹拾元整', 'zeros at the start of the units group are one 零'],
  ['100100', '人民币壹拾万零壹佰元整', '零 across the 万 boundary'],
  ['107000.53', '人民币壹拾万柒仟元伍角叁分', '万 digit 0 but 仟 non-zero: no 零 (allowed form)'],
  ['1010101', '人民币壹佰零壹万零壹佰零壹元整', '零 inside both groups and across 万'],
  ['10000000', '人民币壹仟万元整', 'trailing zeros of the units group are not written'],
  ['10001000', '人民币壹仟万壹仟元整', 'zeros at the end of the 万 group are not written'],
  ['100000000', '人民币壹亿元整', '亿 alone'],
  ['100001000', '人民币壹亿零壹仟元整', 'an all-zero 万 group is one 零'],
  ['200000010', '人民币贰亿零壹拾元整', 'an all-zero 万 group and leading zeros are one 零'],
  ['1000000000', '人民币壹拾亿元整', '壹拾 at the start of the 亿 group'],
  ['1000000001', '人民币壹拾亿零壹元整', 'zeros across 亿 and 万 are one 零'],
  ['10100000000', '人民币壹佰零壹亿元整', '零 inside the 亿 group, nothing after'],
  ['100000000000', '人民币壹仟亿元整', 'the largest power of ten in range'],
  ['123456789012.34', '人民币壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分', 'all three groups, 零 inside'],
  [
    '999999999999.99',
    '人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分',
    'the largest amount',
  ],
  ['000125', '人民币壹佰贰拾伍元整', 'leading zeros are ignored'],
];

const DIGIT_VALUES: Record<string, bigint> = {
  零: 0n, 壹: 1n, 贰: 2n, 叁: 3n, 肆: 4n, 伍: 5n, 陆: 6n, 柒: 7n, 捌: 8n, 玖: 9n,
};
const UNIT_VALUES: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };

/** Reads 大写 back into cents: an independent check that the words say the amount. */
function centsFromUppercase(text: string): bigint {
  let rest = text.replace(/^人民币/, '').replace(/整$/, '');
  let cents = 0n;
  const fen = /(.)分$/.exec(rest);
  if (fen) {
    cents += DIGIT_VALUES[fen[1]];
    rest = rest.slice(0, -2).replace(/零$/, '');
  }
  const jiao = /(.)角$/.exec(rest);
  if (jiao) {
    cents += DIGIT_VALUES[jiao[1]] * 10n;
    rest = rest.slice(0, -2);
  }
  rest = rest.replace(/元$/, '');
  let total = 0n;
  let group = 0n;
  let digit = 0n;
  for (const char of rest) {
    if (char in DIGIT_VALUES) {
      digit = DIGIT_VALUES[char];
    } else if (char in UNIT_VALUES) {
      group += digit * UNIT_VALUES[char];
      digit = 0n;
    } else if (char === '万' || char === '亿') {
      const scale = char === '万' ? 10_000n : 100_000_000n;
      total += (group + digit) * scale;
      group = 0n;
      digit = 0n;
    } else {
      throw new Error(`unexpected character ${char} in ${text}`);
    }
  }
  total += group + digit;
  return total * 100n + cents;
}

/** Amounts as the engine writes them ("0.5", "12", "1004.30"), from integer cents. */
const amounts = fc
  .record({
    cents: fc.oneof(
      fc.bigInt({ min: 0n, max: 99_999_999_999_999n }),
      fc.bigInt({ min: 0n, max: 100_000n }),
      // Sparse digits make the zero rules work hardest.
      fc.array(fc.constantFrom<bigint>(0n, 0n, 0n, 1n, 5n, 9n), { minLength: 14, maxLength: 14 }).map((ds) =>
        ds.reduce((acc: bigint, d) => acc * 10n + d, 0n),
      ),
    ),
    style: fc.constantFrom('two', 'short'),
  })
  .map(({ cents, style }) => {
    const whole = (cents / 100n).toString();
    const fraction = (cents % 100n).toString().padStart(2, '0');
    if (style === 'two') return { cents, text: `${whole}.${fraction}` };
    const trimmed = fraction.replace(/0+$/, '');
    return { cents, text: trimmed === '' ? whole : `${whole}.${trimmed}` };
  });

describe('toRmbUppercase', () => {
  it(`writes ${TABLE.length} hand-checked amounts`, () => {
    expect(TABLE.length).to.be.at.least(30);
    for (const [amount, expected, rule] of TABLE) {
      expect(toRmbUppercase(amount), `${amount}: ${rule}`).to.equal(expected);
    }
  });

  it('rejects malformed or out-of-range amounts with a RangeError', () => {
    const bad: unknown[] = [
      '', '-1', '1e3', '1.005', '1.', '.5', ' 1', '1 ', '1,000', 'NaN', 'Infinity', '十',
      '1000000000000', '999999999999.999', 12, null, undefined,
    ];
    for (const value of bad) {
      expect(() => toRmbUppercase(value as string), String(value)).to.throw(RangeError);
    }
  });

  it('keeps the invariants of formal amounts for any amount in range', () => {
    fc.assert(
      fc.property(amounts, ({ cents, text }) => {
        const words = toRmbUppercase(text);
        const hasFen = cents % 10n !== 0n;
        return (
          words.startsWith('人民币') &&
          !words.includes('零零') &&
          words.endsWith('整') === !hasFen &&
          !words.endsWith('零') &&
          (cents === 0n || !/零[元万亿角]/.test(words))
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('says exactly the amount it was given', () => {
    fc.assert(
      fc.property(amounts, ({ cents, text }) => centsFromUppercase(toRmbUppercase(text)) === cents),
      { numRuns: 2000 },
    );
  });
});
