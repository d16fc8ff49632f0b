import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimalValues } from '../../src/engine/decimal-compare';
import { Decimal } from '../../src/models/decimal';

/** Decimals with equal and nearby values in many forms: shared digit words, different lengths, signs, zeros, exponents, quotients. */
const decimalArb = fc.oneof(
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.integer({ min: 0, max: 45 })).map(([neg, m, scale]) => {
    const digits = m.toString().padStart(scale + 1, '0');
    return new Decimal(`${neg ? '-' : ''}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`);
  }),
  fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 50 })).map(([a, b]) => new Decimal(a).div(b)),
  fc.constantFrom('0', '-0', '1e39', '-1e39', '1e-39', '0.05', '0.050', '50000000', '50000000.01', '49999999.99', '1e41', 'NaN', 'Infinity', '-Infinity').map((t) => new Decimal(t)),
);

describe('compareDecimalValues', () => {
  it('property: equals decimal.js comparedTo on any two decimals (NaN for NaN)', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (a, b) => {
        expect(compareDecimalValues(a, b)).toBe(a.comparedTo(b));
        expect(compareDecimalValues(b, a)).toBe(b.comparedTo(a));
        expect(compareDecimalValues(a, a)).toBe(a.comparedTo(a));
      }),
      { numRuns: 3000 },
    );
  });

  it('thresholds exactly: 0.05 = 0.050, 50,000,000.01 > 50,000,000, -0 = 0, and a decimal of another clone', () => {
    expect(compareDecimalValues(new Decimal('0.05'), new Decimal('0.050'))).toBe(0);
    expect(compareDecimalValues(new Decimal('50000000.01'), new Decimal('50000000'))).toBe(1);
    expect(compareDecimalValues(new Decimal('-0'), new Decimal('0'))).toBe(0);
    expect(compareDecimalValues(new Decimal('-3'), new Decimal('-2'))).toBe(-1);
    expect(compareDecimalValues(new Decimal('1e-7'), new Decimal('1e-8'))).toBe(1);
    const other = DecimalJs.clone({ precision: 5 });
    expect(compareDecimalValues(new Decimal('0.1'), new other('0.1') as unknown as Decimal)).toBe(0);
    expect(Number.isNaN(compareDecimalValues(new Decimal('NaN'), new Decimal(1)))).toBe(true);
  });
});
