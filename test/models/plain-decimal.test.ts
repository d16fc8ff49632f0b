import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { isPlainDecimal, plainDecimal } from '../../src/models/plain-decimal';

const SIGNED = /^-?\d+(\.\d+)?$/;
const UNSIGNED = /^\d+(\.\d+)?$/;

/** What decimal.js holds: sign, exponent, digit words, and the instance's own properties in order. */
function fields(x: Decimal): unknown {
  return { s: x.s, e: x.e, d: x.d, keys: Object.keys(x) };
}

/** Plain texts with runs of zeros around and inside the digits (word boundaries of 7 digits). */
const plainText: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^(0{0,9}[0-9]{1,30}0{0,9}|0{1,12})$/),
    fc.option(fc.stringMatching(/^0{0,16}[0-9]{1,30}0{0,9}$/), { nil: undefined }),
  )
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);

/** Any text, mostly made of the characters plain notation uses. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', 'e', 'E', ' ', '\n', '１', '٣', 'x'), maxLength: 8 }),
  fc.string({ maxLength: 6 }),
  plainText,
);

describe('isPlainDecimal', () => {
  it('is exactly the models regular expressions, signed and unsigned (property)', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(isPlainDecimal(t, true)).toBe(SIGNED.test(t));
        expect(isPlainDecimal(t, false)).toBe(UNSIGNED.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses every other form', () => {
    for (const t of ['', '-', '.', '.5', '5.', '+5', '1e3', '1E3', '１２', ' 1', '1 ', '1\n', '--1', '1.2.3', '-.5', '0x10', 'NaN', 'Infinity', '1,000']) {
      expect(isPlainDecimal(t, true), t).toBe(false);
      expect(plainDecimal(t, true), t).toBeUndefined();
    }
    expect(plainDecimal('-1', false)).toBeUndefined();
    expect(plainDecimal('-1', true)?.toString()).toBe('-1');
  });
});

describe('plainDecimal', () => {
  it('builds what new Decimal(text) builds: sign, exponent, digit words, properties in order (property)', () => {
    fc.assert(
      fc.property(plainText, (t) => {
        const ours = plainDecimal(t, true) as Decimal;
        expect(fields(ours)).toEqual(fields(new Decimal(t)));
        expect(ours.toString()).toBe(new Decimal(t).toString());
      }),
      { numRuns: 3000 },
    );
  });

  it('gives decimals that compute as decimal.js values do (property)', () => {
    fc.assert(
      fc.property(plainText, plainText, (a, b) => {
        const x = plainDecimal(a, true) as Decimal;
        const y = plainDecimal(b, true) as Decimal;
        expect(x.plus(y).toString()).toBe(new Decimal(a).plus(new Decimal(b)).toString());
        expect(x.times(y).toString()).toBe(new Decimal(a).times(new Decimal(b)).toString());
        expect(x.cmp(y)).toBe(new Decimal(a).cmp(new Decimal(b)));
        expect(x instanceof Decimal).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches decimal.js at the 7-digit word boundaries and on zeros', () => {
    const cases = [
      '0', '-0', '0.000', '00', '100', '1234567', '12345678', '9999999', '10000000', '0.1234567', '0.12345678',
      '0.0000001', '0.00000001', '0.000000012345678', '1234567.1234567', '76049592.75', '-0.050', '100000000000000000000',
      '123456789012345678901234567890.000000000000001',
    ];
    for (const t of cases) expect(fields(plainDecimal(t, true) as Decimal), t).toEqual(fields(new Decimal(t)));
    expect((plainDecimal('-0', true) as Decimal).isNeg()).toBe(true);
    // a worked example: the first word holds the digits down to exponent 7 - 7 = 0, the last is padded
    expect(fields(plainDecimal('76049592.75', false) as Decimal)).toEqual({ s: 1, e: 7, d: [7, 6049592, 7500000], keys: ['constructor', 's', 'e', 'd'] });
  });
});
