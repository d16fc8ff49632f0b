import { z } from 'zod';
import { expectedGot, showValue } from './describe-input';

/**
 * Bounds and wording of an {@link integerSchema}.
 *
 * @example
 * const months: IntegerBounds = { what: 'termMonths', min: 1, max: 1200, description: 'months' };
 */
export interface IntegerBounds {
  /** A noun for messages: 'count', 'year'. */
  readonly what: string;
  readonly min: number;
  readonly max?: number;
  /** A description for the exported JSON Schema. */
  readonly description: string;
}

const DIGITS = /^\d+$/;
const WHOLE = 'a whole number';

function problem(n: number, shown: string, b: IntegerBounds): string | undefined {
  if (!Number.isSafeInteger(n)) return `${b.what} ${shown} is too large`;
  if (n < b.min) return `${b.what} must be at least ${b.min}, got ${shown}`;
  if (b.max !== undefined && n > b.max) return `${b.what} must be at most ${b.max}, got ${shown}`;
  return undefined;
}

/**
 * A whole number: a JSON number that is a safe integer, or a string of digits only (CSV
 * gives strings: `"15"`), within `[min, max]`. Output: a JS number (counts are not money).
 *
 * @example
 * const Year = integerSchema({ what: 'year', min: 1900, max: 2200, description: 'a year' });
 * Year.parse('2019'); // 2019
 * Year.safeParse(1899).success; // false ("year must be at least 1900, got 1899")
 */
export function integerSchema(b: IntegerBounds) {
  const message = (iss: { input?: unknown }): string => {
    const x = iss.input;
    if (typeof x === 'number' && Number.isInteger(x)) return problem(x, String(x), b) ?? expectedGot(WHOLE, x, showValue);
    if (typeof x === 'number') return `expected a whole number, got ${String(x)}`;
    if (typeof x === 'string' && DIGITS.test(x)) return problem(Number(x), x, b) ?? expectedGot(WHOLE, x, showValue);
    if (typeof x === 'string') return `expected a whole number (digits only), got ${showValue(x)}`;
    return expectedGot(WHOLE, x);
  };
  // Every check aborts (see decimalSchema): the union reports one issue, worded by `message`.
  const error = { error: message, abort: true };
  const int = z.int(error).min(b.min, error);
  const number = b.max === undefined ? int : int.max(b.max, error);
  return z
    .union([number, z.string({ error: message }).regex(DIGITS, error)], { error: message })
    .transform((raw, ctx) => {
      const n = typeof raw === 'number' ? raw + 0 : Number(raw);
      const p = problem(n, String(raw), b);
      if (p === undefined) return n;
      ctx.issues.push({ code: 'custom', message: p, input: raw });
      return z.NEVER;
    })
    .meta({ description: b.description });
}

/**
 * A non-negative count (employees, staff, patents): a safe integer or a digit string.
 *
 * @example
 * CountSchema.parse(15); // 15
 * CountSchema.parse('15'); // 15
 * CountSchema.safeParse(1.5).success; // false ("expected a whole number, got 1.5")
 */
export const CountSchema = /*@__PURE__*/ integerSchema({
  what: 'count',
  min: 0,
  description: 'non-negative whole number, as a number or a string of digits',
});
