import { z } from 'zod';
import { Decimal } from '../models/decimal';
import { DecimalStringSchema, toDecimal } from './decimal-input';

/** The decimal a string denotes, or null: schema refinements may see unvalidated strings. */
const tryDecimal = (s: string): Decimal | null => (DecimalStringSchema.safeParse(s).success ? new Decimal(s) : null);

/**
 * One end of a range: a decimal and whether the range includes it. "不低于 0.30" is
 * `{ value: '0.30', inclusive: true }`; "超过 0" is `{ value: '0', inclusive: false }`.
 *
 * @example
 * BoundSchema.parse({ value: '0.30', inclusive: true }); // { value: '0.30', inclusive: true }
 */
export const BoundSchema = z.strictObject({ value: DecimalStringSchema, inclusive: z.boolean() });

/**
 * A range end (see {@link BoundSchema}).
 *
 * @example
 * const atLeast10: Bound = { value: '0.10', inclusive: true };
 */
export type Bound = z.infer<typeof BoundSchema>;

/**
 * A range of the real line; an absent bound is unbounded on that side.
 *
 * @example
 * const range: Range = { lo: { value: '0', inclusive: true }, hi: { value: '1', inclusive: false } }; // [0, 1)
 */
export interface Range {
  lo?: Bound | undefined;
  hi?: Bound | undefined;
}

/**
 * True when the range holds at least one number: `lo < hi`, or `lo = hi` with both ends
 * inclusive (a single point). Malformed decimals count as non-empty (the schema reports them).
 *
 * @example
 * isNonEmptyRange({ lo: { value: '1', inclusive: true }, hi: { value: '1', inclusive: true } }); // true
 * isNonEmptyRange({ lo: { value: '1', inclusive: true }, hi: { value: '1', inclusive: false } }); // false
 */
export function isNonEmptyRange(r: Range): boolean {
  if (!r.lo || !r.hi) return true;
  const lo = tryDecimal(r.lo.value);
  const hi = tryDecimal(r.hi.value);
  if (lo === null || hi === null) return true;
  const c = lo.comparedTo(hi);
  return c < 0 || (c === 0 && r.lo.inclusive && r.hi.inclusive);
}

const BOUNDS = new Map<string, Decimal>();

/** A bound's decimal, parsed once per text (decimals are immutable; tables are looked up once per record). */
function boundValue(text: string): Decimal {
  let d = BOUNDS.get(text);
  if (d === undefined) {
    d = toDecimal(text);
    if (BOUNDS.size >= 4096) BOUNDS.clear();
    BOUNDS.set(text, d);
  }
  return d;
}

/**
 * True when `x` lies in the range, honouring inclusive and exclusive ends exactly.
 *
 * @example
 * rangeContains({ hi: { value: '50000000', inclusive: true } }, new Decimal('50000000')); // true
 * rangeContains({ hi: { value: '50000000', inclusive: true } }, new Decimal('50000000.01')); // false
 */
export function rangeContains(r: Range, x: Decimal): boolean {
  if (r.lo) {
    const c = x.comparedTo(boundValue(r.lo.value));
    if (c < 0 || (c === 0 && !r.lo.inclusive)) return false;
  }
  if (r.hi) {
    const c = x.comparedTo(boundValue(r.hi.value));
    if (c > 0 || (c === 0 && !r.hi.inclusive)) return false;
  }
  return true;
}

/**
 * Orders lower ends by position: unbounded first, then by value, and at equal values an
 * inclusive end (which starts earlier) before an exclusive one.
 *
 * @example
 * compareLower({ value: '1', inclusive: true }, { value: '1', inclusive: false }); // -1
 * compareLower(undefined, { value: '-5', inclusive: true }); // -1
 */
export function compareLower(a: Bound | undefined, b: Bound | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  const c = toDecimal(a.value).comparedTo(toDecimal(b.value));
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1;
}

/**
 * Orders upper ends by position: by value, at equal values an exclusive end (which stops
 * earlier) before an inclusive one, and unbounded last.
 *
 * @example
 * compareUpper({ value: '1', inclusive: false }, { value: '1', inclusive: true }); // -1
 * compareUpper(undefined, { value: '9', inclusive: true }); // 1
 */
export function compareUpper(a: Bound | undefined, b: Bound | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  const c = toDecimal(a.value).comparedTo(toDecimal(b.value));
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? 1 : -1;
}

/**
 * The common part of two ranges (possibly empty: check with {@link isNonEmptyRange}).
 *
 * @example
 * const r = intersectRanges({ hi: { value: '1', inclusive: true } }, { lo: { value: '1', inclusive: true } });
 * formatRange(r); // 'exactly 1'
 */
export function intersectRanges(a: Range, b: Range): Range {
  const lo = compareLower(a.lo, b.lo) >= 0 ? a.lo : b.lo;
  const hi = compareUpper(a.hi, b.hi) <= 0 ? a.hi : b.hi;
  return { lo, hi };
}

/**
 * A range in interval notation, with the decimals as the data wrote them; a single point
 * reads "exactly x".
 *
 * @example
 * formatRange({ lo: { value: '0.30', inclusive: true } }); // '[0.30, +∞)'
 * formatRange({ lo: { value: '0', inclusive: false }, hi: { value: '0.05', inclusive: false } }); // '(0, 0.05)'
 */
export function formatRange(r: Range): string {
  if (r.lo && r.hi && r.lo.inclusive && r.hi.inclusive && toDecimal(r.lo.value).eq(toDecimal(r.hi.value))) {
    return `exactly ${r.lo.value}`;
  }
  const lo = r.lo ? `${r.lo.inclusive ? '[' : '('}${r.lo.value}` : '(-∞';
  const hi = r.hi ? `${r.hi.value}${r.hi.inclusive ? ']' : ')'}` : '+∞)';
  return `${lo}, ${hi}`;
}
