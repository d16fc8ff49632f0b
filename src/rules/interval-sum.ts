import { Decimal } from '../models/decimal';
import { compareIntervals, Interval } from '../engine/interval';

/**
 * A three-valued verdict: decided either way, or `unknown` when the answer depends on
 * a fact not given or on where within an expert's band a score lies.
 *
 * @example
 * const v: Verdict = 'unknown';
 */
export type Verdict = 'pass' | 'fail' | 'unknown';

/**
 * A known decimal or an expert's range, as an interval (a decimal becomes a point).
 *
 * @example
 * toInterval(new Decimal(60)).toString(); // '60..60'
 */
export function toInterval(v: Decimal | Interval): Interval {
  return v instanceof Interval ? v : Interval.point(v);
}

/**
 * The exact sum of decimals and ranges: an interval whose ends are the sums of the lowest
 * and of the highest choices. The empty sum is `0..0`.
 *
 * @example
 * sumIntervals([new Decimal(60), new Interval(new Decimal(9), new Decimal(10))]).toString(); // '69..70'
 */
export function sumIntervals(values: readonly (Decimal | Interval)[]): Interval {
  return values.reduce<Interval>((acc, v) => acc.plus(toInterval(v)), Interval.point(new Decimal(0)));
}

/**
 * Whether a total reaches a threshold (`total >= threshold`, or `total > threshold` when
 * `strict`): `pass` when every value of the total does, `fail` when none does, `unknown`
 * otherwise.
 *
 * @example
 * threeValuedAtLeast(new Interval(new Decimal(70), new Decimal(71)), new Decimal(70), true); // 'unknown'
 * threeValuedAtLeast(new Decimal(60), new Decimal(60), false); // 'pass'
 */
export function threeValuedAtLeast(total: Decimal | Interval, threshold: Decimal, strict: boolean): Verdict {
  const r = compareIntervals(toInterval(total), strict ? '>' : '>=', Interval.point(threshold));
  return r === null ? 'unknown' : r ? 'pass' : 'fail';
}
