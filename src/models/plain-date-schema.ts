import { z } from 'zod';
import { expectedGot, showValue } from './describe-input';
import { isPlainDate } from './plain-date';

/**
 * A plain date `YYYY-MM-DD` that is a real calendar day: `2020-02-29` passes,
 * `2019-02-29` is "not a real calendar date". No times, no time zones. Output: the string.
 *
 * @example
 * PlainDateSchema.parse('2020-02-29'); // '2020-02-29'
 * PlainDateSchema.safeParse('2019-02-29').success; // false
 * PlainDateSchema.safeParse('2020/02/29').success; // false
 */
export const PlainDateSchema = /*@__PURE__*/ z
  .string({ error: (iss) => expectedGot('a date string YYYY-MM-DD', iss.input) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    abort: true,
    error: (iss) => `expected a date in the form YYYY-MM-DD, got ${showValue(iss.input)}`,
  })
  .refine(isPlainDate, { abort: true, error: (iss) => `${showValue(iss.input)} is not a real calendar date` })
  .meta({ description: 'calendar date YYYY-MM-DD', format: 'date' });
