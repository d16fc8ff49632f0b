import { z } from 'zod';
import { Decimal, isDecimal } from '../models/decimal';

/**
 * A decimal parameter as a building block accepts it: a {@link Decimal}, or the decimal
 * string a serialised policy carries (`"0.01"`, `"5000000"`). JS numbers are refused on
 * purpose: a float such as `0.1` is not the decimal 0.1.
 *
 * @example
 * const cap: DecimalLike = '0.015';
 */
export type DecimalLike = Decimal | string;

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/**
 * Converts a {@link DecimalLike} to a {@link Decimal}; a malformed string is a RangeError
 * naming `what`, never a silent NaN or 0.
 *
 * @example
 * toDecimal('0.01', 'rateCap').toString(); // '0.01'
 * toDecimal('1e3', 'cap'); // throws RangeError: cap: not a decimal string: 1e3
 */
export function toDecimal(x: DecimalLike, what = 'value'): Decimal {
  if (isDecimal(x)) {
    if (!x.isFinite()) throw new RangeError(`${what}: not a finite decimal: ${x.toString()}`);
    return x;
  }
  if (typeof x !== 'string' || !DECIMAL_RE.test(x)) {
    throw new RangeError(`${what}: not a decimal string: ${String(x)}`);
  }
  return new Decimal(x);
}

/**
 * Like {@link toDecimal}, and the value must be >= 0.
 *
 * @example
 * nonNegative('3', 'count').toString(); // '3'
 * nonNegative('-1', 'cap'); // throws RangeError: cap: must be >= 0, got -1
 */
export function nonNegative(x: DecimalLike, what = 'value'): Decimal {
  const d = toDecimal(x, what);
  if (d.isNeg() && !d.isZero()) throw new RangeError(`${what}: must be >= 0, got ${d.toString()}`);
  return d;
}

/**
 * Like {@link nonNegative}, and the value must be whole fen (at most two decimals).
 *
 * @example
 * fenAmount('160000.00', 'award').toString(); // '160000'
 * fenAmount('0.005', 'award'); // throws RangeError: award: not rounded to the fen: 0.005
 */
export function fenAmount(x: DecimalLike, what = 'amount'): Decimal {
  const d = nonNegative(x, what);
  if (d.decimalPlaces() > 2) throw new RangeError(`${what}: not rounded to the fen: ${d.toString()}`);
  return d;
}

/**
 * A decimal in a policy's JSON data: a plain decimal string, optional sign, no exponent.
 *
 * @example
 * DecimalStringSchema.parse('-12.50'); // '-12.50'
 */
export const DecimalStringSchema = z.string().regex(DECIMAL_RE, 'expected a decimal string such as "0.01"');

/**
 * A non-negative decimal string (rates, counts as decimals, thresholds).
 *
 * @example
 * NonNegativeDecimalStringSchema.parse('0.015'); // '0.015'
 */
export const NonNegativeDecimalStringSchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal string such as "0.01"');

/**
 * A non-negative amount of money in yuan, at most two decimals (whole fen).
 *
 * @example
 * MoneyStringSchema.parse('1000000'); // '1000000'
 * MoneyStringSchema.safeParse('0.001').success; // false
 */
export const MoneyStringSchema = z
  .string()
  .regex(/^\d+(\.\d{1,2})?$/, 'expected money in yuan with at most two decimals, e.g. "1000000.00"');

/**
 * A share between 0 and 1 inclusive, as a decimal string (`"0.8"`, `"1"`).
 *
 * @example
 * ShareStringSchema.parse('0.5'); // '0.5'
 * ShareStringSchema.safeParse('1.2').success; // false
 */
export const ShareStringSchema = NonNegativeDecimalStringSchema.refine(
  (s) => new Decimal(s).lte(1),
  'expected a share between 0 and 1',
);
