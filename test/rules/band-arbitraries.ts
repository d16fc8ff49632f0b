import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import type { Band, BandTable, BandYield } from '../../src/rules/band-table';
import type { Bound, Range } from '../../src/rules/range';

/** A decimal string with `scale` places, from an integer count of units. */
export const decimalString = (min: number, max: number, scale = 2): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((n) => new Decimal(n).div(new Decimal(10).pow(scale)).toFixed(scale));

/** A band yield: a decimal, or an expert's range lo..hi. */
export const yieldArb: fc.Arbitrary<BandYield> = fc.oneof(
  decimalString(-1000, 1000),
  fc
    .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 500 }))
    .map(([lo, w]) => ({ lo: new Decimal(lo).div(10).toFixed(1), hi: new Decimal(lo + w).div(10).toFixed(1) })),
);

/** A partition of the line: sorted cuts, which side of each cut holds it, yields, a shuffle. */
export interface PartitionModel {
  cuts: string[];
  leftInclusive: boolean[];
  yields: BandYield[];
  /** table.bands[j] is the band at position order[j] along the line. */
  order: number[];
}

export const partitionArb: fc.Arbitrary<PartitionModel> = fc
  .uniqueArray(fc.integer({ min: -5000, max: 5000 }), { maxLength: 7 })
  .chain((raw) => {
    const cuts = [...raw].sort((a, b) => a - b).map((n) => new Decimal(n).div(100).toFixed(2));
    const n = cuts.length;
    const positions = Array.from({ length: n + 1 }, (_, i) => i);
    return fc.record({
      cuts: fc.constant(cuts),
      leftInclusive: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      yields: fc.array(yieldArb, { minLength: n + 1, maxLength: n + 1 }),
      order: fc.shuffledSubarray(positions, { minLength: n + 1, maxLength: n + 1 }),
    });
  });

/** A defect planted at one cut: a gap or an overlap, at the point or over a stretch. */
export type Plant = 'none' | 'pointGap' | 'rangeGap' | 'pointOverlap' | 'rangeOverlap';

/** A partition with at least one cut, and a plant (with a stretch fraction in tenths) per cut. */
export const plantedArb = partitionArb
  .filter((m) => m.cuts.length > 0)
  .chain((m) =>
    fc.record({
      model: fc.constant(m),
      plants: fc.array(
        fc.tuple(fc.constantFrom<Plant>('none', 'pointGap', 'rangeGap', 'pointOverlap', 'rangeOverlap'), fc.integer({ min: 1, max: 9 })),
        { minLength: m.cuts.length, maxLength: m.cuts.length },
      ),
    }),
  );

/** Expected defects, by positions along the line. */
export interface Planted {
  table: BandTable;
  gaps: Range[];
  overlaps: { positions: [number, number]; range: Range }[];
}

const b = (value: string, inclusive: boolean): Bound => ({ value, inclusive });

/** Builds the table of a model with its plants applied, and the defects they must produce. */
export function buildPlanted(model: PartitionModel, plants: readonly (readonly [Plant, number])[] = []): Planted {
  const { cuts, leftInclusive } = model;
  const bands: Band[] = model.yields.map((yields) => ({ yields }));
  const gaps: Range[] = [];
  const overlaps: Planted['overlaps'] = [];
  cuts.forEach((c, k) => {
    const left = bands[k] as Band;
    const right = bands[k + 1] as Band;
    const incl = leftInclusive[k] as boolean;
    left.hi = b(c, incl);
    right.lo = b(c, !incl);
    const [plant, tenths] = plants[k] ?? ['none', 1];
    const next = cuts[k + 1];
    const spacing = next === undefined ? new Decimal(1) : new Decimal(next).minus(c);
    const shifted = new Decimal(c).plus(spacing.times(tenths).div(10)).toString();
    if (plant === 'pointGap') {
      left.hi = b(c, false);
      right.lo = b(c, false);
      gaps.push({ lo: b(c, true), hi: b(c, true) });
    } else if (plant === 'rangeGap') {
      right.lo = b(shifted, !incl);
      gaps.push({ lo: b(c, !incl), hi: b(shifted, incl) });
    } else if (plant === 'pointOverlap') {
      left.hi = b(c, true);
      right.lo = b(c, true);
      overlaps.push({ positions: [k, k + 1], range: { lo: b(c, true), hi: b(c, true) } });
    } else if (plant === 'rangeOverlap') {
      left.hi = b(shifted, incl);
      overlaps.push({ positions: [k, k + 1], range: { lo: b(c, !incl), hi: b(shifted, incl) } });
    }
  });
  const table: BandTable = { kind: 'bands', bands: model.order.map((p) => bands[p] as Band) };
  return { table, gaps, overlaps };
}

/** A range normalised for comparison (decimal text differences such as "1.50" vs "1.5" erased). */
export function normRange(r: Range): string {
  const end = (x: Bound | undefined, open: string): string => (x ? `${new Decimal(x.value).toString()}${x.inclusive ? '!' : '?'}` : open);
  return `${end(r.lo, '-inf')}..${end(r.hi, '+inf')}`;
}
