import { z } from 'zod';
import { Decimal } from './decimal';
import { expectedGot, showValue } from './describe-input';
import { plainDecimal } from './plain-decimal';

/** Plain decimal notation: optional minus, digits, optional fraction. No exponent, no spaces. */
const SIGNED_RE = /^-?\d+(\.\d+)?$/;
const UNSIGNED_RE = /^\d+(\.\d+)?$/;

/**
 * Bounds and wording of a {@link decimalSchema}.
 *
 * @example
 * const bounds: DecimalBounds = { what: 'rate', min: '0', max: '1e6', description: 'a rate' };
 */
export interface DecimalBounds {
  /** A noun for messages: 'amount', 'rate', 'score'. */
  readonly what: string;
  /** Smallest allowed value as a decimal string; omit for no lower bound other than `-max`. */
  readonly min?: string;
  /** When true, `min` itself is refused (`> min` rather than `>= min`). */
  readonly minExclusive?: boolean;
  /** Largest allowed absolute value, as written in messages (`'1e20'`). */
  readonly max: string;
  /** A description for the exported JSON Schema. */
  readonly description: string;
}

function boundProblem(d: Decimal, b: DecimalBounds, max: Decimal, min: Decimal | undefined): string | undefined {
  // the value is printed only into a message (most values are within bounds)
  if (d.isNeg() ? d.neg().gt(max) : d.gt(max)) return `${b.what} ${d.toString()} is too large: its magnitude exceeds ${b.max}`;
  if (min === undefined) return undefined;
  if (b.minExclusive ? d.lte(min) : d.lt(min)) {
    if (min.isZero() && !b.minExclusive) return `${b.what} must not be negative, got ${d.toString()}`;
    return `${b.what} must be ${b.minExclusive ? 'greater than' : 'at least'} ${b.min}, got ${d.toString()}`;
  }
  return undefined;
}

/**
 * A check that needs no decimal.js comparison (each of which copies its operand): true when
 * `d` is within the bounds on its exponent and sign alone, false when {@link boundProblem}
 * must look. Below a positive `max`'s exponent a magnitude is below `max`; a lower bound
 * of zero, inclusive, holds for zero and every positive value. Any other bound is left to
 * `boundProblem`.
 */
function clearlyWithinOf(max: Decimal, min: Decimal | undefined, minExclusive: boolean): (d: Decimal) => boolean {
  const lowerIsZero = min === undefined ? undefined : min.isZero() && !minExclusive;
  if (!max.isPos() || max.isZero() || lowerIsZero === false) return () => false;
  const maxE = max.e;
  return (d) => (d.isZero() || d.e < maxE) && (lowerIsZero === undefined || d.s > 0);
}

/** Exact decimal of a JSON number, via its shortest round-trip string (0.1 -> '0.1'). */
function fromNumber(n: number): Decimal {
  return new Decimal(String(n));
}

/**
 * A decimal input: a plain decimal string (`"1234.50"`, `"-3"`) or a finite JSON number,
 * converted exactly via its shortest string form (`0.1` is the decimal 0.1, never the
 * float's binary expansion). Output: a {@link Decimal} (negative zero becomes 0).
 * Refused: exponents, `NaN`, `Infinity`, blanks, hex, thousands separators, values out of
 * the bounds. Every money/rate/score schema of the models is built with this.
 *
 * @example
 * const Score = decimalSchema({ what: 'score', min: '0', max: '100', description: 'a score' });
 * Score.parse(70.5).toString(); // '70.5'
 * Score.safeParse('1e2').success; // false
 */
export function decimalSchema(b: DecimalBounds) {
  const max = new Decimal(b.max);
  const min = b.min === undefined ? undefined : new Decimal(b.min);
  const nonNegative = min !== undefined && min.gte(0);
  const clearlyWithin = clearlyWithinOf(max, min, b.minExclusive === true);
  const problem = (d: Decimal) => boundProblem(d, b, max, min);
  const plain = `a ${nonNegative ? 'non-negative ' : ''}plain decimal`;
  const fallback = (x: unknown) => expectedGot(plain, x, showValue);
  const message = (iss: { input?: unknown }): string => {
    const x = iss.input;
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) return `expected a finite number, got ${String(x)}`;
      return problem(fromNumber(x)) ?? fallback(x);
    }
    if (typeof x === 'string' && SIGNED_RE.test(x)) return problem(new Decimal(x)) ?? fallback(x);
    if (typeof x === 'string') return expectedGot('a plain decimal such as "1234.50"', x, showValue);
    return expectedGot('a decimal string or number', x);
  };
  // The input side (a plain decimal string or a finite number within the float bounds) is
  // declared once as a zod union: it gives the exported JSON Schema. Parsing does the same
  // checks in one function below, which reports the messages `message` gives and aborts,
  // so a parent's refinement never sees an unparsed value. (The union parsed every amount
  // through two schemas and a pipe; one function is a little faster, 1.05x-1.21x.)
  const pattern = nonNegative ? UNSIGNED_RE : SIGNED_RE;
  const maxFloat = max.toNumber();
  const minFloat = min === undefined ? -maxFloat : min.toNumber();
  const number = z.number().max(maxFloat);
  const lower = min !== undefined && b.minExclusive ? number.gt(minFloat) : number.min(minFloat);
  const { anyOf } = z.toJSONSchema(z.union([z.string().regex(pattern), lower]), { io: 'input', target: 'draft-2020-12' });
  // the float bounds of the former number branch: they decide alone only for a bound no double holds
  const inFloatBounds = (x: number): boolean => x <= maxFloat && (min !== undefined && b.minExclusive ? x > minFloat : x >= minFloat);
  const parse = (raw: unknown): Decimal | string => {
    let parsed: Decimal | undefined;
    // `pattern`'s check and the decimal in one pass (plain-decimal.ts), equal to `new Decimal(raw)`
    if (typeof raw === 'string') parsed = plainDecimal(raw, !nonNegative);
    else if (typeof raw === 'number' && Number.isFinite(raw) && inFloatBounds(raw)) parsed = fromNumber(raw);
    if (parsed === undefined) return message({ input: raw });
    const d = parsed.isZero() ? new Decimal(0) : parsed;
    return clearlyWithin(d) ? d : (problem(d) ?? d);
  };
  // the declared input type stays what the union accepts (`EnterpriseInput` and the like)
  const schema = (z.unknown() as z.ZodType<unknown, string | number>)
    .transform((raw, ctx) => {
      const d = parse(raw);
      if (typeof d !== 'string') return d;
      ctx.issues.push({ code: 'custom', message: d, input: raw });
      return z.NEVER;
    })
    .meta({ description: b.description, anyOf });
  READERS.set(schema, parse);
  return schema;
}

/** The reading function of every schema {@link decimalSchema} made. */
const READERS = new WeakMap<z.ZodType, (raw: unknown) => Decimal | string>();

/**
 * How a schema made by {@link decimalSchema} reads one input: the decimal, or the message
 * of its one issue (a string). `undefined` for any other schema (a refined copy included),
 * so a caller that composes it (`fact`) can read the input in one function instead of
 * through zod's layers, with the same outcome.
 *
 * @example
 * const read = decimalReaderOf(MoneySchema);
 * String(read?.('12.50')); // '12.5' (a Decimal)
 * read?.('-1'); // 'amount must not be negative, got -1'
 */
export function decimalReaderOf(schema: z.ZodType): ((raw: unknown) => Decimal | string) | undefined {
  return READERS.get(schema);
}
