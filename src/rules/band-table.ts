import { z } from 'zod';
import { Decimal } from '../models/decimal';
import { Interval } from '../engine/interval';
import { DecimalStringSchema, toDecimal } from './decimal-input';
import { BoundSchema, isNonEmptyRange, rangeContains, type Bound } from './range';

/** The decimal a string denotes, or null: schema refinements may see unvalidated strings. */
const tryDecimal = (s: string): Decimal | null => (DecimalStringSchema.safeParse(s).success ? new Decimal(s) : null);

/**
 * A range of values the experts pick within, written `{ lo, hi }` with `lo <= hi` (the
 * guideline's "9..10").
 *
 * @example
 * IntervalYieldSchema.parse({ lo: '9', hi: '10' }); // { lo: '9', hi: '10' }
 * IntervalYieldSchema.safeParse({ lo: '10', hi: '9' }).success; // false
 */
export const IntervalYieldSchema = z.strictObject({ lo: DecimalStringSchema, hi: DecimalStringSchema }).refine(
  (y) => {
    const lo = tryDecimal(y.lo);
    const hi = tryDecimal(y.hi);
    return lo === null || hi === null || lo.lte(hi);
  },
  { message: 'an interval yield needs lo <= hi' },
);

/**
 * What a band yields when it is chosen: a decimal (`"20"`, `"0.05"`) or a range the
 * experts pick a value within (see {@link IntervalYieldSchema}).
 *
 * @example
 * BandYieldSchema.parse('20'); // '20'
 * BandYieldSchema.parse({ lo: '9', hi: '10' }); // { lo: '9', hi: '10' }
 */
export const BandYieldSchema = z.union([DecimalStringSchema, IntervalYieldSchema]);

/**
 * A band's yield (see {@link BandYieldSchema}).
 *
 * @example
 * const growth: BandYield = { lo: '9', hi: '10' };
 */
export type BandYield = z.infer<typeof BandYieldSchema>;

/**
 * One band: the range `lo..hi` (absent end = unbounded) and what it yields. A band must
 * hold at least one number (`[1, 1)` is rejected).
 *
 * @example
 * BandSchema.parse({ lo: { value: '0.30', inclusive: true }, yields: '20' }).yields; // '20'
 */
export const BandSchema = z
  .strictObject({ lo: BoundSchema.optional(), hi: BoundSchema.optional(), yields: BandYieldSchema })
  .refine(isNonEmptyRange, { message: 'empty band: needs lo < hi, or lo = hi with both ends inclusive' });

/**
 * A band (see {@link BandSchema}).
 *
 * @example
 * const top: Band = { lo: { value: '0.30', inclusive: true }, yields: '20' };
 */
export type Band = z.infer<typeof BandSchema>;

/**
 * A single-amount band table as plain JSON data: the value is looked up in the first band
 * that contains it. Check gaps and overlaps with `checkTable`.
 *
 * @example
 * BandTableSchema.parse({ kind: 'bands', bands: [{ yields: '0' }] }).bands.length; // 1
 */
export const BandTableSchema = z.strictObject({ kind: z.literal('bands'), bands: z.array(BandSchema).min(1) });

/**
 * A band table (see {@link BandTableSchema}).
 *
 * @example
 * const flat: BandTable = { kind: 'bands', bands: [{ yields: '0.25' }] };
 */
export type BandTable = z.infer<typeof BandTableSchema>;

/**
 * The value a yield denotes: a decimal, or an {@link Interval} for an expert's range.
 *
 * @example
 * yieldValue('20').toString(); // '20'
 * yieldValue({ lo: '9', hi: '10' }).toString(); // '9..10'
 */
export function yieldValue(y: BandYield): Decimal | Interval {
  return typeof y === 'string' ? yieldDecimal(y) : new Interval(yieldDecimal(y.lo), yieldDecimal(y.hi));
}

/** Yields parsed once per text (decimals are immutable; a lookup per record would parse its yield again). */
const YIELDS = new Map<string, Decimal>();

function yieldDecimal(text: string): Decimal {
  let d = YIELDS.get(text);
  if (d === undefined) {
    d = toDecimal(text);
    if (YIELDS.size >= 4096) YIELDS.clear();
    YIELDS.set(text, d);
  }
  return d;
}

/**
 * A yield as text: `"20"` or `"9..10"`.
 *
 * @example
 * formatYield({ lo: '9', hi: '10' }); // '9..10'
 */
export function formatYield(y: BandYield): string {
  return typeof y === 'string' ? y : `${y.lo}..${y.hi}`;
}

/**
 * A successful band lookup: which band (its index in the table), and its value.
 *
 * @example
 * const m: BandMatch = { index: 0, band: { yields: '20' }, value: new Decimal(20) };
 */
export interface BandMatch {
  index: number;
  band: Band;
  value: Decimal | Interval;
}

/**
 * Looks `x` up: the first band containing it (ends compared exactly, inclusive or not), or
 * `null` when `x` falls in a gap of the table.
 *
 * @example
 * const t = atMostBands([['50000000', '0.05'], ['200000000', '0.04']], { above: '0.03' });
 * lookupBand(t, new Decimal('50000000'))?.value.toString(); // '0.05'
 * lookupBand(t, new Decimal('50000000.01'))?.value.toString(); // '0.04'
 */
export function lookupBand(table: BandTable, x: Decimal): BandMatch | null {
  const index = table.bands.findIndex((band) => rangeContains(band, x));
  const band = table.bands[index];
  return band ? { index, band, value: yieldValue(band.yields) } : null;
}

/**
 * The smallest and largest value any band of the table can yield: the range of an item
 * whose input is unknown.
 *
 * @example
 * yieldRange(atLeastBands([['0.35', { lo: '9', hi: '10' }]], { below: '0' })).toString(); // '0..10'
 */
export function yieldRange(table: BandTable): Interval {
  const vals = table.bands.map((b) => yieldValue(b.yields)).map((v) => (v instanceof Interval ? v : Interval.point(v)));
  const lo = vals.map((v) => v.lo).reduce((a, b) => (b.lt(a) ? b : a));
  const hi = vals.map((v) => v.hi).reduce((a, b) => (b.gt(a) ? b : a));
  return new Interval(lo, hi);
}

/**
 * A row of an "at least" / "at most" list: `[threshold, yields]`, optionally with
 * `{ inclusive: false }` for a strict comparison ("> 0" rather than ">= 0").
 *
 * @example
 * const row: ThresholdRow = ['0', { lo: '1', hi: '2' }, { inclusive: false }]; // "> 0 -> 1..2"
 */
export type ThresholdRow = readonly [string, BandYield] | readonly [string, BandYield, { inclusive: boolean }];

function bound(row: ThresholdRow, flip: boolean): Bound {
  const inclusive = row[2]?.inclusive ?? true;
  return { value: row[0], inclusive: flip ? !inclusive : inclusive };
}

function checkOrder(rows: readonly ThresholdRow[], order: 1 | -1, name: string): void {
  if (rows.length === 0) throw new RangeError(`${name}: needs at least one row`);
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1] as ThresholdRow;
    const cur = rows[i] as ThresholdRow;
    if (toDecimal(cur[0]).comparedTo(toDecimal(prev[0])) !== order) {
      const want = order < 0 ? 'decreasing' : 'increasing';
      throw new RangeError(`${name}: thresholds must be strictly ${want}, got ${prev[0]} then ${cur[0]}`);
    }
  }
}

/**
 * Builds a table from a DOMAIN-style "at least" list, highest threshold first: each band
 * runs from its threshold (inclusive, unless the row says `{ inclusive: false }`) up to the
 * previous threshold (exclusive), so the bands partition the line. `below` yields for
 * values under the last threshold; without it they fall in a gap.
 *
 * @example
 * const staff = atLeastBands([['0.30', '20'], ['0.25', '16'], ['0.10', '4']], { below: '0' });
 * lookupBand(staff, new Decimal('0.2999'))?.value.toString(); // '16'
 */
export function atLeastBands(rows: readonly ThresholdRow[], options: { below?: BandYield } = {}): BandTable {
  checkOrder(rows, -1, 'atLeastBands');
  const bands: Band[] = rows.map((row, i) => {
    const above = rows[i - 1];
    return above ? { lo: bound(row, false), hi: bound(above, true), yields: row[1] } : { lo: bound(row, false), yields: row[1] };
  });
  const last = rows[rows.length - 1] as ThresholdRow;
  if (options.below !== undefined) bands.push({ hi: bound(last, true), yields: options.below });
  return BandTableSchema.parse({ kind: 'bands', bands });
}

/**
 * Builds a table from an "at most" list, lowest limit first: "<= 50,000,000 -> 0.05;
 * <= 200,000,000 -> 0.04; else 0.03". Each band runs from the previous limit (exclusive)
 * up to its limit (inclusive, unless the row says `{ inclusive: false }` for "< limit");
 * `above` yields past the last limit.
 *
 * @example
 * const t = atMostBands([['50000000', '0.05'], ['200000000', '0.04']], { above: '0.03' });
 * lookupBand(t, new Decimal('200000000.01'))?.value.toString(); // '0.03'
 */
export function atMostBands(rows: readonly ThresholdRow[], options: { above?: BandYield } = {}): BandTable {
  checkOrder(rows, 1, 'atMostBands');
  const bands: Band[] = rows.map((row, i) => {
    const below = rows[i - 1];
    return below ? { lo: bound(below, true), hi: bound(row, false), yields: row[1] } : { hi: bound(row, false), yields: row[1] };
  });
  const last = rows[rows.length - 1] as ThresholdRow;
  if (options.above !== undefined) bands.push({ lo: bound(last, true), yields: options.above });
  return BandTableSchema.parse({ kind: 'bands', bands });
}
