import { Decimal } from '../../index';

/**
 * The smallest "nice" step (1, 2 or 5 times a power of ten) at least `rough`, exactly; 1
 * when `rough` is not positive.
 *
 * @example
 * niceStep(new Decimal('0.0037')).toString(); // '0.005'
 * niceStep(new Decimal('1200')).toString(); // '2000'
 */
export function niceStep(rough: Decimal): Decimal {
  if (!rough.isFinite() || rough.lte(0)) return new Decimal(1);
  const mag = new Decimal(10).pow(rough.e);
  const f = rough.div(mag);
  const nice = f.lte(1) ? 1 : f.lte(2) ? 2 : f.lte(5) ? 5 : 10;
  return mag.times(nice);
}

/**
 * Axis ticks: the multiples of a nice step from `lo` to `hi` (inclusive), about `target`
 * of them, as exact decimals.
 *
 * @example
 * niceTicks(new Decimal('0.03'), new Decimal('0.12'), 5).map(String); // ['0.04', '0.06', '0.08', '0.1', '0.12']
 */
export function niceTicks(lo: Decimal, hi: Decimal, target: number): Decimal[] {
  if (hi.lt(lo)) return [];
  const step = niceStep(hi.minus(lo).div(Math.max(1, target)));
  const ticks: Decimal[] = [];
  for (let t = lo.div(step).ceil().times(step); t.lte(hi); t = t.plus(step)) ticks.push(t);
  return ticks;
}

/**
 * A decimal as plain text (never exponent notation), for axis labels.
 *
 * @example
 * plainDecimal(new Decimal('1e-7')); // '0.0000001'
 */
export function plainDecimal(d: Decimal): string {
  return d.toFixed();
}
