import { z } from 'zod';
import { Decimal, isDecimal } from '../models/decimal';

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
import { decimalText, formatDecimalText } from './decimal-text';
import { Interval } from './interval';
import { isUnknown } from './values';

/**
 * The declared type of a computed output, which fixes its JSON form: money is a string
 * with exactly two decimals (the policy rounds it to the fen explicitly; formatting never rounds), decimals are exact strings with at
 * least `minScale` places (rounded half-up at `maxScale` only when they do not terminate
 * sooner), intervals are `{ lo, hi }`.
 *
 * @example
 * const t: OutputType = { type: 'list', of: { type: 'record', fields: { due: { type: 'date' }, interest: { type: 'money' } } } };
 */
export type OutputType =
  | { type: 'money' }
  | { type: 'decimal'; minScale?: number; maxScale?: number }
  | { type: 'integer' }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'string' }
  | { type: 'interval' }
  | { type: 'json' }
  | { type: 'nullable'; of: OutputType }
  | { type: 'list'; of: OutputType }
  | { type: 'record'; fields: Record<string, OutputType> };

/**
 * zod schema of {@link OutputType}.
 *
 * @example
 * OutputTypeSchema.parse({ type: 'money' }); // { type: 'money' }
 */
export const OutputTypeSchema: z.ZodType<OutputType> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('money') }),
    z.strictObject({ type: z.literal('decimal'), minScale: z.int().min(0).max(20).optional(), maxScale: z.int().min(0).max(40).optional() }),
    z.strictObject({ type: z.literal('integer') }),
    z.strictObject({ type: z.literal('boolean') }),
    z.strictObject({ type: z.literal('date') }),
    z.strictObject({ type: z.literal('string') }),
    z.strictObject({ type: z.literal('interval') }),
    z.strictObject({ type: z.literal('json') }),
    z.strictObject({ type: z.literal('nullable'), of: OutputTypeSchema }),
    z.strictObject({ type: z.literal('list'), of: OutputTypeSchema }),
    z.strictObject({ type: z.literal('record'), fields: z.record(z.string(), OutputTypeSchema) }),
  ]),
) as z.ZodType<OutputType>;

/**
 * A JSON value as written in results.
 *
 * @example
 * const j: Json = { lo: '71', hi: '72' };
 */
export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/**
 * Formats a decimal exactly with at least `minScale` places; when it has more than
 * `maxScale` places (a non-terminating ratio) it is rounded half-up there.
 *
 * @example
 * formatDecimal(new Decimal('0.125'), 4, 10); // '0.1250'
 */
export function formatDecimal(d: Decimal, minScale = 0, maxScale = 40): string {
  return formatDecimalText(d, minScale, maxScale);
}

/**
 * Serialises a value to JSON by its declared type. Unknown values become `null`.
 *
 * @example
 * toOutputJson(new Decimal('293340'), { type: 'money' }); // '293340.00'
 */
export function toOutputJson(value: unknown, t: OutputType): Json {
  if (value === undefined || value === null || isUnknown(value)) return null;
  // Untyped JSON facts carry numbers as decimal strings or JS numbers.
  const numeric = t.type === 'money' || t.type === 'decimal' || t.type === 'integer';
  const v: unknown = numeric && typeof value === 'string' && DECIMAL_TEXT.test(value) ? new Decimal(value) : numeric && typeof value === 'number' && Number.isFinite(value) ? new Decimal(value) : value;
  switch (t.type) {
    case 'money':
      if (!isDecimal(v)) return bad(v, t);
      if (v.decimalPlaces() > 2) throw new RangeError(`money output ${v.toString()} is not rounded to the fen: round it explicitly in the policy`);
      return v.toFixed(2);
    case 'decimal':
      return isDecimal(v) ? formatDecimal(v, t.minScale ?? 0, t.maxScale ?? 40) : bad(v, t);
    case 'integer':
      if (isDecimal(v) && v.isInteger()) return v.toNumber();
      return typeof v === 'number' && Number.isSafeInteger(v) ? v : bad(v, t);
    case 'boolean':
      return typeof v === 'boolean' ? v : bad(v, t);
    case 'date':
    case 'string':
      return typeof v === 'string' ? v : bad(v, t);
    case 'interval':
      if (v instanceof Interval) return { lo: v.lo.toString(), hi: v.hi.toString() };
      return isDecimal(v) ? { lo: v.toString(), hi: v.toString() } : bad(v, t);
    case 'nullable':
      return toOutputJson(v, t.of);
    case 'list':
      return Array.isArray(v) ? v.map((x) => toOutputJson(x, t.of)) : bad(v, t);
    case 'record': {
      if (typeof v !== 'object') return bad(v, t);
      const out: Record<string, Json> = {};
      const rec = v as Record<string, unknown>;
      for (const [k, ft] of Object.entries(t.fields)) out[k] = toOutputJson(rec[k], ft);
      return out;
    }
    case 'json':
      return toJsonLoose(v);
  }
}

/**
 * Serialises any value without a declared type: decimals as exact strings, intervals as
 * `{ lo, hi }`.
 *
 * @example
 * toJsonLoose({ a: new Decimal('0.1') }); // { a: '0.1' }
 */
export function toJsonLoose(v: unknown): Json {
  if (v === undefined || v === null || isUnknown(v)) return null;
  if (isDecimal(v)) return decimalText(v);
  if (v instanceof Interval) return { lo: decimalText(v.lo), hi: decimalText(v.hi) };
  if (Array.isArray(v)) return v.map(toJsonLoose);
  // fromEntries defines own keys: a record's own `__proto__` key (from JSON.parse) stays a key
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJsonLoose(x)]));
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v as string | boolean;
}

/**
 * A criterion's reported value: decimals exact when they end within 10 places, else shown
 * rounded half-up at 10 (the comparison itself is always exact); anything else as
 * {@link toJsonLoose}.
 *
 * @example
 * reportedValue(new Decimal(1).div(3)); // '0.3333333333'
 * reportedValue('2020-06-01'); // '2020-06-01'
 */
export function reportedValue(v: unknown): Json {
  return isDecimal(v) ? formatDecimal(v, 0, 10) : toJsonLoose(v);
}

function bad(v: unknown, t: OutputType): never {
  throw new TypeError(`output of type ${t.type} got ${typeof v === 'object' ? JSON.stringify(toJsonLoose(v)) : String(v)}`);
}
