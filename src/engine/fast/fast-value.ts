import { orderHolds, type CompareOp } from '../interval';
import { decline, safeMul } from './scaled';

/**
 * An exact scaled value held as the fraction `n / d` (`d > 0`): what a division gives on
 * the fast path (`a / b` at scale `10^k` is `(a x 10^k) / b`). It is never expanded to
 * digits; comparisons cross-multiply.
 *
 * @example
 * const r = new Ratio(100, 4); // at scale 2 (x100): 25/100, one quarter
 */
export class Ratio {
  readonly n: number;
  readonly d: number;
  constructor(n: number, d: number) {
    if (d === 0) throw new RangeError('Ratio: zero denominator');
    this.n = d < 0 ? -n : n;
    this.d = d < 0 ? -d : d;
  }
}

/**
 * A missing fact on the fast path. Only `present`, `coalesce`, `and`, `or` and definitions
 * can hold it; anything else that meets it declines, so the general evaluator reports the
 * facts still needed.
 *
 * @example
 * fastFactValue(null, 2) === UNKNOWN; // true
 */
export const UNKNOWN: { readonly unknown: true } = Object.freeze({ unknown: true as const });

/**
 * A value on the fast path: a scaled integer (`number`), a {@link Ratio}, a boolean, a
 * string (dates, codes), {@link UNKNOWN}, or raw fact data (lists and records to walk).
 *
 * @example
 * const v: FastValue = 1500; // 15 at scale 2
 */
export type FastValue = number | Ratio | boolean | string | typeof UNKNOWN | object | null;

/**
 * The state of one fast evaluation: the record, the date, definition slots (reset per
 * record) and the items of enclosing `some`/`every` walks.
 *
 * @example
 * const ctx: FastContext = { facts: {}, asOf: '2020-06-01', defs: [], items: [] };
 */
export interface FastContext {
  readonly facts: unknown;
  readonly asOf: string;
  readonly defs: FastValue[];
  readonly items: unknown[];
}

/**
 * A compiled fast-path expression.
 *
 * @example
 * const ev: FastEvaluator = () => true;
 */
export type FastEvaluator = (ctx: FastContext) => FastValue;


/** `sign(a - b)` for scaled integers and ratios, by exact cross-multiplication. */
function numericOrder(a: number | Ratio, b: number | Ratio): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // a = an/ad and b = bn/bd with ad, bd > 0: a op b  <=>  an * bd op bn * ad
  const an = typeof a === 'number' ? a : a.n;
  const ad = typeof a === 'number' ? 1 : a.d;
  const bn = typeof b === 'number' ? b : b.n;
  const bd = typeof b === 'number' ? 1 : b.d;
  return safeMul(an, bd) - safeMul(bn, ad);
}

/**
 * Compares two known fast values as the general `compare` does, or declines: numbers and
 * ratios exactly, strings (dates) by order, booleans by `=`/`!=`.
 *
 * @example
 * // at scale 2: 15 / 120 staff is Ratio(1500, 120) = 0.125; the threshold 0.10 is 10
 * fastCompare(new Ratio(1500, 120), '>=', 10); // true
 */
export function fastCompare(a: FastValue, op: CompareOp, b: FastValue): boolean {
  const an = typeof a === 'number' || a instanceof Ratio;
  const bn = typeof b === 'number' || b instanceof Ratio;
  if (an && bn) {
    const c = numericOrder(a, b);
    // the difference of two safe products can round: only its sign is used, and a rounded
    // difference keeps the sign of the exact one (both products are exact integers)
    return orderHolds(c, op);
  }
  if (typeof a === 'string' && typeof b === 'string') return orderHolds(a < b ? -1 : a > b ? 1 : 0, op);
  if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '=' || op === '!=')) return op === '=' ? a === b : a !== b;
  return decline();
}
