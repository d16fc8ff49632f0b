import { isDecimal } from '../../models/decimal';
import type { Expr, PathSegment } from '../expr';
import { decimalToScaled, decline, numberToScaled } from './scaled';
import { UNREPRESENTABLE } from './scaled-facts';
import { UNKNOWN, type FastContext, type FastEvaluator, type FastValue } from './fast-value';

/**
 * A raw fact as a fast value: decimals and whole JS numbers scaled by `10^k`, booleans and
 * strings as they are, lists and records as data to walk; `null`, `undefined` and non-finite
 * numbers are {@link UNKNOWN} (as the general reader treats them). Anything the fast path
 * cannot hold exactly declines.
 *
 * @example
 * fastFactValue(new Decimal('1.50'), 2); // 150
 * fastFactValue(null, 2); // UNKNOWN
 */
export function fastFactValue(raw: unknown, k: number): FastValue {
  if (raw === undefined || raw === null) return UNKNOWN;
  if (typeof raw === 'number') return Number.isFinite(raw) ? numberToScaled(raw, k) : UNKNOWN;
  if (typeof raw === 'boolean' || typeof raw === 'string') return raw;
  if (isDecimal(raw)) return decimalToScaled(raw, k);
  return raw;
}

/**
 * A leaf of the compact layout (`toScaledFacts`) as a fast value: numbers are already
 * scaled; `null` and `undefined` are {@link UNKNOWN}; {@link UNREPRESENTABLE} declines.
 *
 * @example
 * scaledFactValue(1500); // 1500
 * scaledFactValue(null); // UNKNOWN
 */
export function scaledFactValue(v: unknown): FastValue {
  if (v === undefined || v === null) return UNKNOWN;
  return v === UNREPRESENTABLE ? decline() : (v as FastValue);
}

function own(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  return (obj as Record<string, unknown>)[key];
}

/**
 * The first item whose field `by` is the number `want` (scaled), as the general reader's
 * key match finds it; `k` is the scale of raw facts, or `-1` for the compact layout.
 */
function findByKey(list: unknown, by: string, want: number, k: number): unknown {
  if (!Array.isArray(list)) return undefined;
  for (const it of list) {
    if (it === UNREPRESENTABLE) return decline();
    const f = own(it, by);
    // absent and boolean keys never read as a number's text: skipped as in the general reader
    if (f === undefined || f === null || typeof f === 'boolean') continue;
    if (k < 0) {
      // compact layout: a number key is already scaled; anything else (text, lists, unrepresentable) declines as below
      if (typeof f !== 'number') return decline();
      if (f === want) return it;
      continue;
    }
    // a text key ('2019'), a list ([2019]) or any other key the general reader matches by its text: leave such records to it
    if (!(typeof f === 'number' && Number.isSafeInteger(f)) && !isDecimal(f)) return decline();
    if (fastFactValue(f, k) === want) return it;
  }
  return undefined;
}

type Seg = { key: string; by: string; equals: FastEvaluator | null };

/**
 * Walks `segs` from `cur`: the value reached, or `undefined` when a step is missing;
 * `UNKNOWN` for an unknown key. Stepping through an unrepresentable value declines.
 */
function walk(segs: readonly Seg[], cur: unknown, ctx: FastContext, k: number): unknown {
  for (const s of segs) {
    if (cur === UNREPRESENTABLE) return decline();
    if (s.equals === null) cur = own(cur, s.key);
    else {
      const want = s.equals(ctx);
      if (want === UNKNOWN) return UNKNOWN;
      if (typeof want !== 'number') return decline();
      cur = findByKey(cur, s.by, want, k);
    }
    if (cur === undefined || cur === null) return undefined;
  }
  return cur;
}

/**
 * Compiles a fact path (`financials[year = Y-1].salesRevenue`) read from a root chosen at
 * run time (the record, or the current item of a `some`/`every`). A missing step is
 * {@link UNKNOWN}; a key that is not a number declines. With `slotOf` (paths from the
 * record), the item a keyed prefix selects is found once per record and shared by every
 * path with the same prefix (`financials[year = Y-1]` for sales, R&D and revenue alike).
 * `k` is the scale raw facts are read at; `scaledLayout` reads facts already converted by
 * `toScaledFacts` at that scale instead.
 *
 * @example
 * const read = compileFastPath(['stStaff'], () => () => 0, (ctx) => ctx.facts, 2);
 * read({ facts: { stStaff: 15 }, asOf: '2020-06-01', defs: [], items: [] }); // 1500
 */
export function compileFastPath(
  path: readonly PathSegment[],
  compile: (e: Expr) => FastEvaluator,
  root: (ctx: FastContext) => unknown,
  k: number,
  slotOf?: (key: string) => number,
  scaledLayout = false,
): FastEvaluator {
  const segs: Seg[] = path.map((s) => (typeof s === 'string' ? { key: s, by: '', equals: null } : { key: '', by: s.key, equals: compile(s.equals) }));
  const lastKeyed = path.reduce<number>((j, s, i) => (typeof s === 'string' ? j : i), -1);
  const kk = scaledLayout ? -1 : k;
  const leaf = scaledLayout ? scaledFactValue : (v: unknown): FastValue => fastFactValue(v, k);
  if (!slotOf || lastKeyed < 0) {
    return (ctx) => {
      const v = walk(segs, root(ctx), ctx, kk);
      return v === undefined ? UNKNOWN : v === UNKNOWN ? v : leaf(v);
    };
  }
  const slot = slotOf(JSON.stringify(path.slice(0, lastKeyed + 1)));
  const head = segs.slice(0, lastKeyed + 1);
  const tail = segs.slice(lastKeyed + 1);
  return (ctx) => {
    let item = ctx.defs[slot] as unknown;
    if (item === undefined) {
      item = walk(head, root(ctx), ctx, kk) ?? null;
      ctx.defs[slot] = item as FastValue;
    }
    if (item === null || item === UNKNOWN) return item === null ? UNKNOWN : item;
    const v = walk(tail, item, ctx, kk);
    return v === undefined ? UNKNOWN : leaf(v);
  };
}
