import { Decimal } from '../models/decimal';
import { compareDecimalValues } from './decimal-compare';

/**
 * A closed interval of decimals `[lo, hi]`: a value known only to lie within a band,
 * e.g. an expert's growth score "9..10". Arithmetic carries the bounds; comparisons give
 * `true`, `false`, or `null` when the answer depends on where in the band the value lies.
 *
 * @example
 * const g = new Interval(new Decimal(9), new Decimal(10));
 * g.plus(new Interval(new Decimal(60), new Decimal(60))).toString(); // '69..70'
 */
export class Interval {
  readonly kind = 'interval' as const;
  constructor(
    readonly lo: Decimal,
    readonly hi: Decimal,
  ) {
    if (lo.gt(hi)) throw new RangeError(`empty interval ${lo.toString()}..${hi.toString()}`);
  }

  /** A degenerate interval holding one value. @example Interval.point(new Decimal(3)).isPoint(); // true */
  static point(x: Decimal): Interval {
    return new Interval(x, x);
  }

  /** True when lo = hi. @example new Interval(new Decimal(1), new Decimal(2)).isPoint(); // false */
  isPoint(): boolean {
    return this.lo.eq(this.hi);
  }

  /** Sum of intervals. @example new Interval(new Decimal(1), new Decimal(2)).plus(Interval.point(new Decimal(1))).toString(); // '2..3' */
  plus(o: Interval): Interval {
    return new Interval(this.lo.plus(o.lo), this.hi.plus(o.hi));
  }

  /** Difference of intervals. @example new Interval(new Decimal(5), new Decimal(6)).minus(new Interval(new Decimal(1), new Decimal(2))).toString(); // '3..5' */
  minus(o: Interval): Interval {
    return new Interval(this.lo.minus(o.hi), this.hi.minus(o.lo));
  }

  /** Product by a constant. @example new Interval(new Decimal(1), new Decimal(2)).times(new Decimal(-1)).toString(); // '-2..-1' */
  times(k: Decimal): Interval {
    const a = this.lo.times(k);
    const b = this.hi.times(k);
    return a.lte(b) ? new Interval(a, b) : new Interval(b, a);
  }

  /** True when `x` lies in the interval. @example new Interval(new Decimal(9), new Decimal(10)).contains(new Decimal('9.5')); // true */
  contains(x: Decimal): boolean {
    return x.gte(this.lo) && x.lte(this.hi);
  }

  /** `lo..hi`. @example Interval.point(new Decimal(7)).toString(); // '7..7' */
  toString(): string {
    return `${this.lo.toString()}..${this.hi.toString()}`;
  }
}

/**
 * A comparison operator.
 *
 * @example
 * const op: CompareOp = '>=';
 */
export type CompareOp = '>' | '>=' | '<' | '<=' | '=' | '!=';

/**
 * Whether a comparison holds, given the sign of `a - b` (negative, zero or positive): the
 * one place every comparison (decimals, intervals, dates as text, the fast path's integers)
 * turns an ordering into the operator's answer.
 *
 * @example
 * orderHolds(-1, '<='); // true
 * orderHolds(0, '!='); // false
 */
export function orderHolds(c: number, op: CompareOp): boolean {
  switch (op) {
    case '>': return c > 0;
    case '>=': return c >= 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '=': return c === 0;
    case '!=': return c !== 0;
  }
}

function cmpPoint(a: Decimal, op: CompareOp, b: Decimal): boolean {
  return orderHolds(compareDecimalValues(a, b), op);
}

/**
 * Compares two intervals: `true` when the comparison holds for every choice of values
 * within them, `false` when it holds for none, `null` otherwise (three-valued).
 *
 * @example
 * const total = new Interval(new Decimal(69), new Decimal(71));
 * compareIntervals(total, '>', Interval.point(new Decimal(70))); // null
 * compareIntervals(new Interval(new Decimal(71), new Decimal(72)), '>', Interval.point(new Decimal(70))); // true
 */
export function compareIntervals(a: Interval, op: CompareOp, b: Interval): boolean | null {
  if (a.isPoint() && b.isPoint()) return cmpPoint(a.lo, op, b.lo);
  switch (op) {
    case '>':
      return a.lo.gt(b.hi) ? true : a.hi.lte(b.lo) ? false : null;
    case '>=':
      return a.lo.gte(b.hi) ? true : a.hi.lt(b.lo) ? false : null;
    case '<':
      return a.hi.lt(b.lo) ? true : a.lo.gte(b.hi) ? false : null;
    case '<=':
      return a.hi.lte(b.lo) ? true : a.lo.gt(b.hi) ? false : null;
    case '=':
      return a.hi.lt(b.lo) || a.lo.gt(b.hi) ? false : null;
    case '!=':
      return a.hi.lt(b.lo) || a.lo.gt(b.hi) ? true : null;
  }
}

/**
 * Compares two decimals with an operator.
 *
 * @example
 * compareDecimals(new Decimal('0.10'), '>=', new Decimal('0.1')); // true
 */
export function compareDecimals(a: Decimal, op: CompareOp, b: Decimal): boolean {
  return cmpPoint(a, op, b);
}
