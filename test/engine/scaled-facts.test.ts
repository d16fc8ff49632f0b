import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYOUT_PROTO, toScaledFacts, UNREPRESENTABLE } from '../../src/engine/fast/scaled-facts';
import { Decimal } from '../../src/models/decimal';

describe('toScaledFacts: the compact layout of the decision fast path', () => {
  it('scales decimals and whole numbers, keeps booleans, text, null and the tree', () => {
    // 40,000,000.00 yuan at the fen is 4,000,000,000; 15 staff at scale 2 is 1500; the year 2019 is 201900
    const raw = { stStaff: 15, ok: true, name: '甲', none: null, fin: [{ year: 2019, sales: new Decimal('40000000.00') }] };
    expect(toScaledFacts(raw, 2)).toEqual({ stStaff: 1500, ok: true, name: '甲', none: null, fin: [{ year: 201900, sales: 4_000_000_000 }] });
    expect(toScaledFacts(new Decimal('-0.05'), 4)).toBe(-500);
    // converted for one evaluation (texts not shared): the same layout
    expect(toScaledFacts(raw, 2, false)).toEqual(toScaledFacts(raw, 2));
    expect(Object.getPrototypeOf(toScaledFacts(raw, 2, false))).toBe(LAYOUT_PROTO);
  });
  it('marks what the scale cannot hold exactly', () => {
    expect(toScaledFacts(new Decimal('0.125'), 2)).toBe(UNREPRESENTABLE); // three decimals at scale 2
    expect(toScaledFacts(0.5, 2)).toBe(UNREPRESENTABLE); // a fractional JS number (the general reader reads its text)
    expect(toScaledFacts(Number.NaN, 2)).toBe(UNREPRESENTABLE);
    expect(toScaledFacts(Infinity, 2)).toBe(UNREPRESENTABLE);
    expect(toScaledFacts(2 ** 53, 0)).toBe(UNREPRESENTABLE);
    expect(toScaledFacts(new Decimal('90071992547409.92'), 2)).toBe(UNREPRESENTABLE); // 2^53 + 1 fen
    expect(toScaledFacts(new Decimal('90071992547409.91'), 2)).toBe(2 ** 53 - 1);
    expect(toScaledFacts(new Map([['a', 1]]), 2)).toBe(UNREPRESENTABLE); // not plain data
    expect(toScaledFacts(10n, 2)).toBe(UNREPRESENTABLE);
  });
  it('keeps `__proto__` an own key (never the prototype) and list holes holes; records inherit nothing', () => {
    const raw = JSON.parse('{"__proto__": {"x": 1}, "y": 2}') as unknown;
    const out = toScaledFacts(raw, 2) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(LAYOUT_PROTO);
    expect(Object.getPrototypeOf(LAYOUT_PROTO)).toBeNull();
    expect(out['toString']).toBeUndefined();
    expect(out['y']).toBe(200);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(out['__proto__']).toEqual({ x: 100 });
    // eslint-disable-next-line no-sparse-arrays
    const holes = toScaledFacts([1, , 3], 2) as unknown[];
    expect(holes.length).toBe(3);
    expect(1 in holes).toBe(false);
  });
  it('property: a decimal with at most k places becomes exactly d x 10^k; with more, unrepresentable', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 }), (units, places, k) => {
      const d = new Decimal(units.toString()).div(new Decimal(10).pow(places));
      const exact = d.times(new Decimal(10).pow(k));
      const out = toScaledFacts(d, k);
      if (exact.isInteger() && exact.abs().lte(Number.MAX_SAFE_INTEGER)) expect(out).toBe(exact.toNumber());
      else expect(out).toBe(UNREPRESENTABLE);
    }), { numRuns: 500 });
  });
});
