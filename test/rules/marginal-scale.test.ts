import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import type { RoundingMode } from '../../src/models/rounding';
import { applyMarginal, MarginalScaleSchema, type MarginalScale } from '../../src/rules/marginal-scale';
import { decimalString } from './band-arbitraries';

const d = (s: string | number) => new Decimal(s);

/** 5% up to 1,000,000; 3% up to 3,000,000; 1% above. */
const scale: MarginalScale = MarginalScaleSchema.parse({
  kind: 'marginal',
  slices: [{ upTo: '1000000', rate: '0.05' }, { upTo: '3000000', rate: '0.03' }, { rate: '0.01' }],
});

describe('applyMarginal', () => {
  it('charges each slice at its own rate', () => {
    // 1,000,000 x 0.05 = 50,000; 2,000,000 x 0.03 = 60,000; 1,000,000 x 0.01 = 10,000 -> 120,000
    const r = applyMarginal(scale, d('4000000'));
    expect(r.total.toString()).toBe('120000');
    expect(r.slices.map((s) => [s.from.toString(), s.to.toString(), s.rate.toString(), s.amount.toString()])).toEqual([
      ['0', '1000000', '0.05', '50000'],
      ['1000000', '3000000', '0.03', '60000'],
      ['3000000', '4000000', '0.01', '10000'],
    ]);
  });

  it('slice ends are exact: at 1,000,000 only the first slice; one fen more reaches the second', () => {
    expect(applyMarginal(scale, d('1000000')).slices).toHaveLength(1);
    const r = applyMarginal(scale, d('1000000.01'));
    // 50,000 + 0.01 x 0.03 = 50,000.0003 (exact, not rounded)
    expect(r.total.toString()).toBe('50000.0003');
    expect(r.slices).toHaveLength(2);
    expect(applyMarginal(scale, d(0))).toEqual({ total: d(0), exact: d(0), slices: [] });
  });

  it('rounds the total only when the scale names a rounding', () => {
    const rounded = MarginalScaleSchema.parse({ ...scale, round: { scale: 2, mode: 'half-up' } });
    const r = applyMarginal(rounded, d('1000000.17'));
    // exact: 50,000 + 0.17 x 0.03 = 50,000.0051 -> 50,000.01 half-up
    expect(r.exact.toString()).toBe('50000.0051');
    expect(r.total.toFixed(2)).toBe('50000.01');
    const down = MarginalScaleSchema.parse({ ...scale, round: { scale: 2, mode: 'down' } });
    expect(applyMarginal(down, d('1000000.17')).total.toFixed(2)).toBe('50000.00');
  });

  it('refuses a negative base and malformed scales', () => {
    expect(() => applyMarginal(scale, d('-1'))).toThrow(/negative base/);
    const bad = (slices: unknown) => MarginalScaleSchema.safeParse({ kind: 'marginal', slices }).success;
    expect(bad([{ upTo: '10', rate: '0.1' }])).toBe(false); // last slice must be open
    expect(bad([{ rate: '0.1' }, { rate: '0.2' }])).toBe(false); // only the last may be open
    expect(bad([{ upTo: '10', rate: '0.1' }, { upTo: '10', rate: '0.2' }, { rate: '0' }])).toBe(false); // not increasing
    expect(bad([{ upTo: '0', rate: '0.1' }, { rate: '0' }])).toBe(false); // first upTo must be > 0
    expect(bad([{ rate: 0.1 }])).toBe(false); // floats refused
    expect(bad([{ upTo: '10', rate: '0.1' }, { rate: '0' }])).toBe(true);
    expect(MarginalScaleSchema.safeParse({ ...scale, round: { scale: 2, mode: 'nearest' } }).success).toBe(false);
  });
});

const scaleArb: fc.Arbitrary<MarginalScale> = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 5 }),
    fc.array(decimalString(0, 1000, 3), { minLength: 6, maxLength: 6 }),
    fc.option(fc.record({ scale: fc.integer({ min: 0, max: 4 }), mode: fc.constantFrom<RoundingMode>('half-up', 'half-even', 'down', 'up', 'floor', 'ceil') }), { nil: undefined }),
  )
  .map(([ups, rates, round]) => {
    const sorted = [...ups].sort((a, b) => a - b);
    const slices = [...sorted.map((u, i) => ({ upTo: `${u}.00`, rate: rates[i] as string })), { rate: rates[5] as string }];
    return round ? { kind: 'marginal' as const, slices, round } : { kind: 'marginal' as const, slices };
  });

describe('properties', () => {
  it('slices tile the base, amounts add up to the exact total, and more base never costs less', () => {
    fc.assert(
      fc.property(scaleArb, decimalString(0, 200_000_000), decimalString(0, 1_000_000), (s, base, more) => {
        const r = applyMarginal(s, d(base));
        expect(r.slices.reduce((sum, x) => sum.plus(x.to.minus(x.from)), d(0)).eq(d(base))).toBe(true);
        expect(r.slices.reduce((sum, x) => sum.plus(x.amount), d(0)).eq(r.exact)).toBe(true);
        if (!s.round) expect(r.total.eq(r.exact)).toBe(true);
        expect(applyMarginal({ ...s, round: undefined }, d(base).plus(more)).exact.gte(r.exact)).toBe(true);
      }),
    );
  });

  it('round-trips through JSON and the schema identically', () => {
    fc.assert(
      fc.property(scaleArb, (s) => {
        expect(MarginalScaleSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
    );
  });
});
