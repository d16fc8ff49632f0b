import type { z } from 'zod';

/**
 * Makes a schema an optional *fact*: a missing key and `null` both mean "unknown" (never
 * zero), and `null` is normalised away, so the output holds the parsed value or
 * `undefined` and downstream code only checks `=== undefined`.
 *
 * @example
 * const S = z.strictObject({ stStaff: fact(CountSchema) });
 * S.parse({ stStaff: null }).stStaff; // undefined
 * S.parse({}).stStaff; // undefined
 * S.parse({ stStaff: '15' }).stStaff; // 15
 */
export function fact<T extends z.ZodType>(schema: T) {
  return schema
    .nullable()
    .transform((v): z.output<T> | undefined => (v === null ? undefined : v))
    .optional();
}
