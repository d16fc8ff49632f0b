import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import { Interval } from '../../src/engine/interval';
import {
  atLeastBands,
  atMostBands,
  BandSchema,
  BandTableSchema,
  BandYieldSchema,
  formatYield,
  lookupBand,
  yieldRange,
  type BandTable,
} from '../../src/rules/band-table';
import { rangeContains } from '../../src/rules/range';
import { hnteGrowth, hnteRdThreshold, smeIpClassI, smeIpClassII, smeRdCosts, smeRdSales, smeStaff } from './band-fixtures';
import { buildPlanted, decimalString, partitionArb } from './band-arbitraries';

const at = (table: BandTable, x: string): string | undefined => lookupBand(table, new Decimal(x))?.value.toString();

describe('lookupBand on DOMAIN tables', () => {
  it('HNTE rdRatio threshold: "<=" limits are inclusive, one fen above moves down a band', () => {
    expect(at(hnteRdThreshold, '0')).toBe('0.05');
    expect(at(hnteRdThreshold, '50000000')).toBe('0.05'); // 5,000万（含）以下
    expect(at(hnteRdThreshold, '50000000.01')).toBe('0.04');
    expect(at(hnteRdThreshold, '200000000')).toBe('0.04'); // 2亿（含）以下
    expect(at(hnteRdThreshold, '200000000.01')).toBe('0.03');
    expect(at(hnteRdThreshold, '999999999999')).toBe('0.03');
  });

  it('reports which band matched', () => {
    const m = lookupBand(hnteRdThreshold, new Decimal('50000000.01'));
    expect(m?.index).toBe(1);
    expect(m?.band).toEqual({
      lo: { value: '50000000', inclusive: false },
      hi: { value: '200000000', inclusive: true },
      yields: '0.04',
    });
  });

  it('tech-SME S&T staff share: lower bounds inclusive', () => {
    expect(at(smeStaff, '0.30')).toBe('20');
    expect(at(smeStaff, '0.2999')).toBe('16');
    expect(at(smeStaff, '0.25')).toBe('16');
    expect(at(smeStaff, '0.20')).toBe('12');
    expect(at(smeStaff, '0.15')).toBe('8');
    expect(at(smeStaff, '0.10')).toBe('4');
    expect(at(smeStaff, '0.0999')).toBe('0');
    expect(at(smeStaff, '1')).toBe('20');
    expect(at(smeStaff, '0')).toBe('0');
  });

  it('tech-SME R&D tables (a) sales and (b) costs', () => {
    // 1,800,000 / 30,000,000 = 0.06 exactly -> 50; 0.0599 -> 40.
    expect(at(smeRdSales, new Decimal('1800000').div('30000000').toString())).toBe('50');
    expect(at(smeRdSales, '0.0599')).toBe('40');
    expect(at(smeRdSales, '0.02')).toBe('10');
    expect(at(smeRdSales, '0.0199')).toBe('0');
    expect(at(smeRdCosts, '0.30')).toBe('50');
    expect(at(smeRdCosts, '0.2999')).toBe('40');
    expect(at(smeRdCosts, '0.10')).toBe('10');
    expect(at(smeRdCosts, '0.0999')).toBe('0');
  });

  it('tech-SME IP items: class I >= 1 -> 30; class II 4 -> 24, 3 -> 18, 2 -> 12, 1 -> 6, 0 -> 0', () => {
    expect(at(smeIpClassI, '1')).toBe('30');
    expect(at(smeIpClassI, '0')).toBe('0');
    expect(['0', '1', '2', '3', '4', '9'].map((n) => at(smeIpClassII, n))).toEqual(['0', '6', '12', '18', '24', '24']);
  });

  it('HNTE growth bands yield the experts\' ranges; "> 0" is strict', () => {
    const growth = (x: string) => lookupBand(hnteGrowth, new Decimal(x))?.value;
    expect(growth('0.35')).toEqual(new Interval(new Decimal(9), new Decimal(10)));
    expect(growth('0.3499')?.toString()).toBe('7..8');
    expect(growth('0.25')?.toString()).toBe('7..8');
    expect(growth('0.05')?.toString()).toBe('3..4');
    expect(growth('0.0001')?.toString()).toBe('1..2');
    expect(growth('0')?.toString()).toBe('0');
    expect(growth('-0.4')?.toString()).toBe('0');
  });

  it('returns null in a gap (no silent default)', () => {
    const t = atLeastBands([['0.10', '4']]); // no `below`
    expect(lookupBand(t, new Decimal('0.0999'))).toBeNull();
    expect(at(t, '0.10')).toBe('4');
  });

  it('first matching band wins when bands overlap', () => {
    const t: BandTable = { kind: 'bands', bands: [{ hi: { value: '1', inclusive: true }, yields: '1' }, { yields: '2' }] };
    expect(lookupBand(t, new Decimal(1))?.index).toBe(0);
    expect(lookupBand(t, new Decimal(2))?.index).toBe(1);
  });
});

describe('builders', () => {
  it('atLeastBands: [t_i, t_{i-1}) bands, open top, optional below', () => {
    expect(atLeastBands([['0.30', '20'], ['0.25', '16']], { below: '0' }).bands).toEqual([
      { lo: { value: '0.30', inclusive: true }, yields: '20' },
      { lo: { value: '0.25', inclusive: true }, hi: { value: '0.30', inclusive: false }, yields: '16' },
      { hi: { value: '0.25', inclusive: false }, yields: '0' },
    ]);
  });

  it('atMostBands: (t_{i-1}, t_i] bands, optional above; strict "< x" rows', () => {
    const hnte2008 = atMostBands([['50000000', '0.06', { inclusive: false }], ['200000000', '0.04']], { above: '0.03' });
    expect(at(hnte2008, '49999999.99')).toBe('0.06');
    expect(at(hnte2008, '50000000')).toBe('0.04');
    expect(at(hnte2008, '200000000')).toBe('0.04');
    expect(at(hnte2008, '200000000.01')).toBe('0.03');
  });

  it('rejects unordered or empty lists', () => {
    expect(() => atLeastBands([['0.25', '16'], ['0.30', '20']])).toThrow(/strictly decreasing/);
    expect(() => atLeastBands([['0.30', '16'], ['0.30', '20']])).toThrow(/strictly decreasing/);
    expect(() => atMostBands([['2', '1'], ['1', '0']])).toThrow(/strictly increasing/);
    expect(() => atMostBands([])).toThrow(/at least one row/);
  });

  it('yieldRange spans every yield', () => {
    expect(yieldRange(hnteGrowth).toString()).toBe('0..10');
    expect(yieldRange(smeStaff).toString()).toBe('0..20');
    expect(formatYield({ lo: '9', hi: '10' })).toBe('9..10');
  });
});

describe('schemas', () => {
  it('reject empty bands, reversed yields, unknown keys, float numbers', () => {
    const one = { value: '1', inclusive: true };
    expect(BandSchema.safeParse({ lo: one, hi: one, yields: '1' }).success).toBe(true);
    expect(BandSchema.safeParse({ lo: one, hi: { value: '1', inclusive: false }, yields: '1' }).success).toBe(false);
    expect(BandSchema.safeParse({ lo: { value: '2', inclusive: true }, hi: one, yields: '1' }).success).toBe(false);
    expect(BandYieldSchema.safeParse({ lo: '10', hi: '9' }).success).toBe(false);
    expect(BandYieldSchema.safeParse(0.05).success).toBe(false);
    expect(BandSchema.safeParse({ yields: '1', label: 'typo' }).success).toBe(false);
    expect(BandTableSchema.safeParse({ kind: 'bands', bands: [] }).success).toBe(false);
    expect(BandSchema.safeParse({ lo: { value: 'x', inclusive: true }, yields: '1' }).success).toBe(false);
  });
});

describe('properties', () => {
  it('lookupBand on a generated partition finds exactly the one band containing x', () => {
    const xArb = (cuts: string[]) => (cuts.length > 0 ? fc.oneof(fc.constantFrom(...cuts), decimalString(-6000, 6000, 3)) : decimalString(-6000, 6000, 3));
    fc.assert(
      fc.property(partitionArb.chain((m) => fc.tuple(fc.constant(m), xArb(m.cuts))), ([model, xs]) => {
        const { table } = buildPlanted(model);
        const x = new Decimal(xs);
        const containing = table.bands.flatMap((band, i) => (rangeContains(band, x) ? [i] : []));
        expect(containing).toHaveLength(1);
        expect(lookupBand(table, x)?.index).toBe(containing[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('every band table round-trips through JSON and the schema identically', () => {
    fc.assert(
      fc.property(partitionArb, (model) => {
        const { table } = buildPlanted(model);
        const back = BandTableSchema.parse(JSON.parse(JSON.stringify(table)));
        expect(back).toEqual(table);
        // Once parsed, the JSON text itself is stable (keys in schema order).
        expect(JSON.stringify(BandTableSchema.parse(JSON.parse(JSON.stringify(back))))).toBe(JSON.stringify(back));
      }),
    );
    for (const t of [hnteRdThreshold, smeStaff, hnteGrowth]) expect(BandTableSchema.parse(JSON.parse(JSON.stringify(t)))).toEqual(t);
  });
});
