import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDecimalText } from '../../src/engine/decimal-text';
import { formatParts, partsText, quotientParts, quotientText, roundParts, scaledParts } from '../../src/engine/fast/decimal-parts';
import { Decimal } from '../../src/models/decimal';

// The kernels print their exact integers as the general evaluator prints its decimal.js
// values; decimal.js (precision 40, half-up) is the reference here.
const safeInt = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }));
const divisor = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 900_719_925_474_099 }));
const scales = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 40 })).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
const quotient = (n: number, D: number): Decimal => new Decimal(n).div(D);

describe('decimal digits on integers (decimal-parts)', () => {
  it('property: a scaled integer prints as decimal.js prints n x 10^-k', () => {
    fc.assert(fc.property(safeInt, fc.integer({ min: 0, max: 15 }), (n, k) => {
      expect(partsText(scaledParts(n, k))).toBe(new Decimal(n).div(new Decimal(10).pow(k)).toString());
    }), { numRuns: 3000 });
  });

  it('property: a quotient has the digits of decimal.js division at 40 significant digits, half-up', () => {
    fc.assert(fc.property(safeInt, divisor, (n, D) => {
      const p = quotientParts(n, D);
      expect(p).not.toBeNull();
      expect(partsText(p!)).toBe(quotient(n, D).toString());
    }), { numRuns: 5000 });
  });

  it('property: formatting the digits equals formatDecimalText of the decimal (both roundings)', () => {
    fc.assert(fc.property(safeInt, divisor, scales, (n, D, [min, max]) => {
      expect(formatParts(quotientParts(n, D)!, min, max)).toBe(formatDecimalText(quotient(n, D), min, max));
    }), { numRuns: 5000 });
  });

  it('property: the short path (maxScale + 1 digits) equals the exact path wherever it answers', () => {
    let answered = 0;
    fc.assert(fc.property(safeInt, divisor, scales, (n, D, [min, max]) => {
      const text = quotientText(n, D, min, max);
      if (text === null) return;
      answered++;
      expect(text).toBe(formatDecimalText(quotient(n, D), min, max));
    }), { numRuns: 5000 });
    // not vacuous: it answers for most reporting scales
    expect(answered).toBeGreaterThan(1500);
  });

  it('worked cases: thresholds, ties, carries, signs, zero', () => {
    // the HNTE S&T staff ratio of 346 / 1493 reported at 10 places
    expect(quotientText(346, 1493, 0, 10)).toBe('0.2317481581');
    expect(quotientText(1, 8, 4, 10)).toBe('0.1250');
    // a tie rounds away from zero
    expect(quotientText(5, 100, 0, 1)).toBe('0.1');
    expect(quotientText(-5, 100, 0, 1)).toBe('-0.1');
    // carry through nines into the integer part
    expect(quotientText(19999999999, 10000000000, 0, 9)).toBe('2');
    expect(formatParts(quotientParts(19999999999, 10000000000)!, 0, 9)).toBe('2');
    // a negative value rounded to zero prints without its sign
    expect(quotientText(-1, 1e12, 0, 10)).toBe('0');
    expect(formatParts(quotientParts(-1, 1e12)!, 2, 10)).toBe('0.00');
    expect(partsText(scaledParts(-0, 2))).toBe('0');
    expect(roundParts({ neg: false, int: '0', frac: '12345' }, 4)).toEqual({ neg: false, int: '0', frac: '1235' });
    // a guard digit 4 with more digits after it, or too many places: the exact path decides
    expect(quotientText(374, 3000, 0, 2)).toBe('0.12'); // 0.12466...: the digit after the 4 is not a 9
    expect(quotientText(12499, 100000, 0, 2)).toBeNull(); // 0.12499: a 4 then a 9
    expect(formatParts(quotientParts(12499, 100000)!, 0, 2)).toBe('0.12');
    expect(formatParts(quotientParts(374, 3000)!, 0, 2)).toBe('0.12');
    expect(quotientText(1, 3, 0, 40)).toBeNull();
    expect(quotientText(1, 0, 0, 10)).toBeNull();
    // the largest divisor whose remainders stay exact times 10, and one above it
    expect(quotientText(1, 900_719_925_474_099, 0, 10)).toBe('0');
    expect(quotientText(1, 900_719_925_474_100, 0, 10)).toBeNull();
    expect(quotientParts(1, 900_719_925_474_100)).toBeNull();
    // up to 13 places on the short path, one digit a step for the largest divisors, several for smaller ones
    // (all 14 digits in one step would leave the exact integers and miss the first of these)
    expect(quotientText(1, 3, 0, 13)).toBe('0.3333333333333');
    expect(quotientText(1, 3, 0, 14)).toBeNull();
    for (const [n, D] of [[8_000_000_000_000, 900_719_925_474_099], [-987_654_321, 123_456_789_012], [7, 900_719_925_474_099], [947_195_613_676_963, 202_456_477_063_143], [885_497_529_901_768, 517_689_243_093_899]] as const) {
      expect(quotientText(n, D, 0, 13)).toBe(formatDecimalText(quotient(n, D), 0, 13));
    }
    // carries through nines into a new leading digit
    expect(roundParts({ neg: false, int: '9', frac: '96' }, 1)).toEqual({ neg: false, int: '10', frac: '' });
    expect(roundParts({ neg: true, int: '99', frac: '95' }, 1)).toEqual({ neg: true, int: '100', frac: '' });
    expect(formatParts(quotientParts(-1999, 20)!, 0, 1)).toBe('-100');
    expect(quotientParts(1, 0)).toBeNull();
    expect(quotientParts(1, 1e16)).toBeNull();
  });
});
