import type { Decimal } from '../models/decimal';

/**
 * `x.comparedTo(y)` without its copy of `y`: decimal.js's `comparedTo` first converts its
 * argument with `new Decimal(y)` (a new object and a copy of the digit array, even when
 * `y` is already a decimal), which is most of the cost of a comparison. For two finite
 * decimals of the same configuration the copy is exact, so this compares the documented
 * fields (`s` sign, `e` exponent, `d` digits in base 10^7) in the same order decimal.js
 * does: zeros, signs, exponents, then the digit words. Anything else (NaN, infinities, a
 * decimal of another clone, whose copy applies this clone's exponent limits) is left to
 * `comparedTo` itself.
 *
 * @example
 * compareDecimalValues(new Decimal('0.10'), new Decimal('0.1')); // 0
 * compareDecimalValues(new Decimal('-2'), new Decimal('1')); // -1
 */
export function compareDecimalValues(x: Decimal, y: Decimal): number {
  const xd = x.d;
  const yd = y.d;
  if (!xd || !yd || x.constructor !== y.constructor) return x.comparedTo(y);
  const xs = x.s;
  const ys = y.s;
  // either zero?
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return (x.e > y.e) !== xs < 0 ? 1 : -1;
  const xl = xd.length;
  const yl = yd.length;
  for (let i = 0, n = xl < yl ? xl : yl; i < n; ++i) {
    const a = xd[i] as number;
    const b = yd[i] as number;
    if (a !== b) return (a > b) !== xs < 0 ? 1 : -1;
  }
  return xl === yl ? 0 : (xl > yl) !== xs < 0 ? 1 : -1;
}
