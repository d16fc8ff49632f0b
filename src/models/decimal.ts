import DecimalJs from 'decimal.js';
// The types come from decimal.js's named export: its declarations are CommonJS, so in an
// ES module under `moduleResolution: nodenext` a default import is the module object, not
// the class (our shipped .d.ts would give such consumers a broken `Decimal`).
import type { Decimal as DecimalClass } from 'decimal.js';

/**
 * The project's decimal type: decimal.js configured with 40 significant digits so that
 * money (up to 10^20 yuan at the fen) and rates never lose a digit in `+ - *`, and half-up
 * as the default rounding. Every rounding that affects a result is still explicit
 * (see {@link roundTo}); this default only applies to non-terminating divisions.
 *
 * @example
 * new Decimal('0.1').plus('0.2').toString(); // '0.3'
 */
export const Decimal: typeof DecimalClass = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/**
 * A decimal value (an instance of {@link Decimal}).
 *
 * @example
 * const fee: Decimal = new Decimal('293340.00');
 */
export type Decimal = DecimalClass;

/**
 * True when `x` is a decimal.js value (of any clone).
 *
 * @example
 * isDecimal(new Decimal(1)); // true
 * isDecimal(1); // false
 */
export function isDecimal(x: unknown): x is Decimal {
  // decimal.js's own check reads a property of its argument: on a primitive (a number, a
  // date string) that boxes it and costs about a microsecond, so primitives are ruled out first
  return x instanceof Decimal || (typeof x === 'object' && x !== null && DecimalJs.isDecimal(x));
}
/** Zero, shared. @example ZERO.isZero(); // true */
export const ZERO: Decimal = new Decimal(0);
