import { z } from 'zod';
import { isPlainDate } from '../models/plain-date';

/**
 * A date in policy data: `YYYY-MM-DD` and a real calendar day (2019-02-30 is refused).
 *
 * @example
 * PolicyDateSchema.safeParse('2020-02-29').success; // true
 * PolicyDateSchema.safeParse('2019-02-30').success; // false
 */
export const PolicyDateSchema = z.string().refine(isPlainDate, { error: 'a date is YYYY-MM-DD and a real calendar day' });
