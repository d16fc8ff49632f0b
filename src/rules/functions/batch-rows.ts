import { z } from 'zod';
import type { EvalResult, Status } from '../../engine/result';
import { Decimal } from '../../models/decimal';

/**
 * Which rows a batch summary counts: every evaluated row (`all`: errors never count), rows
 * not ineligible (`notIneligible`), or eligible rows only (`eligible`).
 *
 * @example
 * RowFilterSchema.parse('notIneligible'); // 'notIneligible'
 */
export const RowFilterSchema = z.enum(['all', 'notIneligible', 'eligible']);

/**
 * A row filter as data.
 *
 * @example
 * const f: RowFilter = 'all';
 */
export type RowFilter = z.infer<typeof RowFilterSchema>;

/**
 * True when a row with this status is counted under the filter. Error rows never are.
 *
 * @example
 * rowCounted('undetermined', 'notIneligible'); // true
 * rowCounted('error', 'all'); // false
 */
export function rowCounted(status: Status, filter: RowFilter): boolean {
  if (status === 'error') return false;
  if (filter === 'eligible') return status === 'eligible';
  if (filter === 'notIneligible') return status !== 'ineligible';
  return true;
}

/**
 * The configuration problems of a batch function's config, as `{ path, message }`.
 *
 * @example
 * configIssues(z.strictObject({ budget: z.string() }), {}); // [{ path: 'budget', message: '...' }]
 */
export function configIssues(schema: z.ZodType, config: unknown): { path: string; message: string }[] {
  const r = schema.safeParse(config);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(config)', message: i.message }));
}

function outputOf(row: EvalResult, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(row.outputs, name) ? row.outputs[name] : null;
}

/**
 * A decimal output of a row (a money or decimal string), or null when the row has none
 * or it is unknown. Any other JSON value is a policy mistake (the batch names the wrong
 * output) and throws a TypeError.
 *
 * @example
 * outputDecimal({ policy: 'p', asOf: null, status: 'eligible', criteria: [], failed: [], missing: [], outputs: { fee: '10.00' } }, 'fee')?.toString(); // '10'
 */
export function outputDecimal(row: EvalResult, name: string): Decimal | null {
  const v = outputOf(row, name);
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return new Decimal(v);
  throw new TypeError(`batch: output ${name} of row ${row.id ?? '?'} is not a decimal string`);
}

/**
 * A boolean output of a row, or null when absent or unknown (other values throw).
 *
 * @example
 * outputBoolean({ policy: 'p', asOf: null, status: 'eligible', criteria: [], failed: [], missing: [], outputs: { ok: true } }, 'ok'); // true
 */
export function outputBoolean(row: EvalResult, name: string): boolean | null {
  const v = outputOf(row, name);
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v;
  throw new TypeError(`batch: output ${name} of row ${row.id ?? '?'} is not a boolean`);
}

/**
 * A text output of a row, or null when absent or unknown (other values throw).
 *
 * @example
 * outputString({ policy: 'p', asOf: null, status: 'eligible', criteria: [], failed: [], missing: [], outputs: { kind: 'new' } }, 'kind'); // 'new'
 */
export function outputString(row: EvalResult, name: string): string | null {
  const v = outputOf(row, name);
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  throw new TypeError(`batch: output ${name} of row ${row.id ?? '?'} is not a string`);
}

/**
 * A list-of-texts output of a row, or null when absent or unknown (other values throw).
 *
 * @example
 * outputStrings({ policy: 'p', asOf: null, status: 'eligible', criteria: [], failed: [], missing: [], outputs: { e: ['a'] } }, 'e'); // ['a']
 */
export function outputStrings(row: EvalResult, name: string): string[] | null {
  const v = outputOf(row, name);
  if (v === null || v === undefined) return null;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  throw new TypeError(`batch: output ${name} of row ${row.id ?? '?'} is not a list of texts`);
}
