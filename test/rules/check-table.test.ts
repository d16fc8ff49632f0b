import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import type { BandTable, BandYield } from '../../src/rules/band-table';
import { checkTable, isPartition } from '../../src/rules/check-table';
import type { Bound } from '../../src/rules/range';
import { hnteGrowth, hnteRdThreshold, smeIpClassII, smeRdCosts, smeRdSales, smeStaff } from './band-fixtures';
import { buildPlanted, normRange, partitionArb, plantedArb } from './band-arbitraries';

const b = (value: string, inclusive: boolean): Bound => ({ value, inclusive });
const band = (lo: Bound | undefined, hi: Bound | undefined, yields: BandYield) => ({ ...(lo ? { lo } : {}), ...(hi ? { hi } : {}), yields });
const table = (...bands: ReturnType<typeof band>[]): BandTable => ({ kind: 'bands', bands });
const descriptions = (xs: { description: string }[]) => xs.map((x) => x.description);

describe('checkTable fixtures', () => {
  it('[0,1) + (1,2] leaves a gap at exactly 1 (and the open ends, on the real line)', () => {
    const t = table(band(b('0', true), b('1', false), '1'), band(b('1', false), b('2', true), '2'));
    expect(descriptions(checkTable(t).gaps)).toEqual(['no band covers (-∞, 0)', 'no band covers exactly 1', 'no band covers (2, +∞)']);
    const inDomain = checkTable(t, { domain: { lo: '0', hi: '2' } });
    expect(inDomain.gaps).toEqual([{ lo: b('1', true), hi: b('1', true), description: 'no band covers exactly 1' }]);
    expect(inDomain.overlaps).toEqual([]);
  });

  it('[0,1] + [1,2] overlap at exactly 1; [0,1) + [1,2] is a partition of [0, 2]', () => {
    const t = table(band(b('0', true), b('1', true), '1'), band(b('1', true), b('2', true), '2'));
    expect(checkTable(t, { domain: { lo: '0', hi: '2' } }).overlaps).toEqual([
      { bands: [0, 1], lo: b('1', true), hi: b('1', true), description: 'bands #0 [0, 1] and #1 [1, 2] overlap at exactly 1' },
    ]);
    const ok = table(band(b('0', true), b('1', false), '1'), band(b('1', true), b('2', true), '2'));
    expect(checkTable(ok, { domain: { lo: '0', hi: '2' } })).toEqual({ gaps: [], overlaps: [], nonMonotonic: [] });
    expect(isPartition(ok, { lo: '0', hi: '2' })).toBe(true);
    expect(isPartition(ok)).toBe(false);
  });

  it('range gaps and range overlaps keep their exact ends; results are sorted by position', () => {
    // Bands listed out of order: [5, +∞), [0, 2], (-∞, 0.5), [3, 5]
    const t = table(band(b('5', true), undefined, '4'), band(b('0', true), b('2', true), '2'), band(undefined, b('0.5', false), '1'), band(b('3', true), b('5', true), '3'));
    const r = checkTable(t);
    expect(descriptions(r.gaps)).toEqual(['no band covers (2, 3)']);
    expect(descriptions(r.overlaps)).toEqual([
      'bands #1 [0, 2] and #2 (-∞, 0.5) overlap on [0, 0.5)',
      'bands #0 [5, +∞) and #3 [3, 5] overlap at exactly 5',
    ]);
  });

  it('the domain clips gaps and overlaps', () => {
    const t = table(band(b('0', true), b('10', true), '1'), band(b('8', true), undefined, '2'));
    expect(descriptions(checkTable(t, { domain: { lo: '-1', hi: '9' } }).gaps)).toEqual(['no band covers [-1, 0)']);
    expect(descriptions(checkTable(t, { domain: { lo: '0', hi: '9' } }).overlaps)).toEqual(['bands #0 [0, 10] and #1 [8, +∞) overlap on [8, 9]']);
    expect(checkTable(t, { domain: { lo: new Decimal(0), hi: new Decimal(7) } }).overlaps).toEqual([]);
    expect(() => checkTable(t, { domain: { lo: '2', hi: '1' } })).toThrow(/empty domain/);
  });

  it('monotonicity: DOMAIN tables are increasing; a swapped yield or overlapping expert ranges are reported', () => {
    for (const t of [smeStaff, smeRdSales, smeRdCosts, smeIpClassII, hnteGrowth]) {
      expect(checkTable(t, { monotonic: 'increasing' })).toEqual({ gaps: [], overlaps: [], nonMonotonic: [] });
    }
    expect(checkTable(hnteRdThreshold, { monotonic: 'decreasing' }).nonMonotonic).toEqual([]);
    expect(checkTable(hnteRdThreshold, { monotonic: 'increasing' }).nonMonotonic).toHaveLength(2);
    const swapped = table(band(b('0.30', true), undefined, '12'), band(b('0.25', true), b('0.30', false), '16'), band(undefined, b('0.25', false), '0'));
    expect(checkTable(swapped, { monotonic: 'increasing' }).nonMonotonic).toEqual([
      { bands: [1, 0], description: 'not increasing: band #1 [0.25, 0.30) yields 16 but the next band #0 [0.30, +∞) yields 12' },
    ]);
    const fuzzy = table(band(undefined, b('1', false), { lo: '1', hi: '6' }), band(b('1', true), undefined, { lo: '5', hi: '8' }));
    expect(checkTable(fuzzy, { monotonic: 'increasing' }).nonMonotonic).toHaveLength(1);
    expect(checkTable(fuzzy).nonMonotonic).toEqual([]); // only when asked
  });

  it('the growth table is a partition even around its strict "> 0" band', () => {
    expect(checkTable(hnteGrowth).gaps).toEqual([]);
    expect(checkTable(hnteGrowth).overlaps).toEqual([]);
  });
});

describe('checkTable properties', () => {
  it('finds no gap and no overlap in a generated partition, and its sorted increasing yields are monotonic', () => {
    fc.assert(
      fc.property(partitionArb, (model) => {
        const { table: t } = buildPlanted(model);
        expect(checkTable(t)).toEqual({ gaps: [], overlaps: [], nonMonotonic: [] });
        const ordered = buildPlanted({ ...model, yields: model.yields.map((_, i) => String(i)) }).table;
        expect(checkTable(ordered, { monotonic: 'increasing' }).nonMonotonic).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly every planted gap and overlap, in position order, with the right bands', () => {
    fc.assert(
      fc.property(plantedArb, ({ model, plants }) => {
        const planted = buildPlanted(model, plants);
        const r = checkTable(planted.table);
        expect(r.gaps.map(normRange)).toEqual(planted.gaps.map(normRange));
        expect(r.overlaps.map(normRange)).toEqual(planted.overlaps.map((o) => normRange(o.range)));
        const tableIndex = (p: number) => model.order.indexOf(p);
        expect(r.overlaps.map((o) => [...o.bands].sort((x, y) => x - y))).toEqual(
          planted.overlaps.map((o) => o.positions.map(tableIndex).sort((x, y) => x - y)),
        );
        for (const g of r.gaps) expect(g.description).toMatch(/^no band covers /);
      }),
      { numRuns: 500 },
    );
  });
});
