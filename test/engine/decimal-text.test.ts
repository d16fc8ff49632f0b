import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimalText } from '../../src/engine/decimal-text';
import { Decimal } from '../../src/models/decimal';
import { roundTo } from '../../src/models/rounding';

/** formatDecimal's definition, computed afresh every time (no memory of earlier calls). */
function reference(d: Decimal, minScale: number, maxScale: number): string {
  const r = d.decimalPlaces() > maxScale ? roundTo(d, maxScale, 'half-up') : d;
  return r.toFixed(Math.max(minScale, r.decimalPlaces()));
}

/** Decimals as the evaluator meets them: money, 40-digit quotients, tiny and huge values, negative zero. */
const decimalArb = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 })).map(([m, s]) => new Decimal(m.toString()).div(10 ** s)),
  fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 })).map(([a, b]) => new Decimal(a).div(b)),
  fc.constantFrom('1e39', '1e41', '1e-39', '1e-41', '-0', '0', '0.00000000005', '-0.00000000005', '9999999999.99999999995').map((t) => new Decimal(t)),
);

describe('formatDecimalText', () => {
  it('property: over any sequence of calls (repeats, interleavings, more decimals than are remembered) it equals the formatDecimal definition', () => {
    fc.assert(
      fc.property(
        fc.array(decimalArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 120 }),
        (pool, calls) => {
          for (const [i, minScale, maxScale] of calls) {
            const d = pool[i % pool.length] as Decimal;
            expect(formatDecimalText(d, minScale, maxScale)).toBe(reference(d, minScale, maxScale));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the same decimal at another maximum scale is rounded afresh (the scale is part of what is remembered)', () => {
    const third = new Decimal(1).div(3);
    expect(formatDecimalText(third, 0, 10)).toBe('0.3333333333');
    expect(formatDecimalText(third, 0, 2)).toBe('0.33');
    expect(formatDecimalText(third, 4, 10)).toBe('0.3333333333');
    expect(formatDecimalText(new Decimal('0.5'), 4, 10)).toBe('0.5000');
    expect(formatDecimalText(new Decimal('0.5'), 0, 10)).toBe('0.5');
    expect(formatDecimalText(new Decimal('7'), 2, 10)).toBe('7.00');
  });

  it('equal values in different objects are each rounded by their own digits (identity, not value, is remembered)', () => {
    const a = new Decimal(2).div(3);
    const b = new Decimal(-2).div(3);
    expect(formatDecimalText(a, 0, 10)).toBe('0.6666666667');
    expect(formatDecimalText(b, 0, 10)).toBe('-0.6666666667');
    expect(formatDecimalText(a, 0, 10)).toBe('0.6666666667');
    expect(formatDecimalText(new Decimal('-0.00000000004'), 0, 10)).toBe('0');
    expect(formatDecimalText(new Decimal('1e41'), 0, 10)).toBe(new Decimal('1e41').toFixed(0));
  });
});
