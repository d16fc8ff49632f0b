import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/engine/output-type';
import { Decimal } from '../../src/models/decimal';
import { roundTo } from '../../src/models/rounding';

/** The straightforward definition formatDecimal must keep to (it was the implementation before toString replaced toFixed). */
function reference(d: Decimal, minScale: number, maxScale: number): string {
  const dp = d.decimalPlaces();
  if (dp > maxScale) return roundTo(d, maxScale, 'half-up').toFixed(Math.max(minScale, roundTo(d, maxScale, 'half-up').decimalPlaces()));
  return d.toFixed(Math.max(dp, minScale));
}

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.integer({ min: 0, max: 45 }))
  .map(([neg, m, scale]) => {
    const digits = m.toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return `${neg ? '-' : ''}${text}`;
  });

describe('formatDecimal', () => {
  it('equals toFixed at max(places, minScale) after half-up rounding at maxScale, on any decimal', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 }), (t, minScale, maxScale) => {
        const d = new Decimal(t);
        expect(formatDecimal(d, minScale, maxScale)).toBe(reference(d, minScale, maxScale));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotients, huge and tiny values, and negative zero', () => {
    const cases = [new Decimal(1).div(3), new Decimal(2).div(3).neg(), new Decimal('1e39'), new Decimal('1e41'), new Decimal('1e-39'), new Decimal('1e-41'), new Decimal('-0'), new Decimal('0')];
    for (const d of cases) for (const [lo, hi] of [[0, 40], [4, 10], [2, 2], [0, 0], [12, 40]] as const) expect(formatDecimal(d, lo, hi)).toBe(reference(d, lo, hi));
    expect(formatDecimal(new Decimal(1).div(3), 4, 10)).toBe('0.3333333333');
    expect(formatDecimal(new Decimal('7'), 2, 10)).toBe('7.00');
    expect(formatDecimal(new Decimal('0.125'), 4, 10)).toBe('0.1250');
  });
});
