import { z } from 'zod';
import { compareDates, type PlainDate } from './plain-date';

/**
 * A list of dated payments (a loan's or a lease's): at least one, sorted by `due` (equal
 * dates allowed). An out-of-order payment is reported at its own `due`.
 *
 * @example
 * const P = paymentSchedule(z.strictObject({ due: PlainDateSchema }));
 * P.safeParse([{ due: '2020-02-20' }, { due: '2019-11-20' }]).success; // false (at [1].due)
 */
export function paymentSchedule<T extends z.ZodType<{ due: PlainDate }>>(payment: T) {
  return z
    .array(payment)
    .min(1, { error: 'expected at least one payment', abort: true })
    .superRefine((rows, ctx) => {
      for (let i = 1; i < rows.length; i++) {
        const prev = (rows[i - 1] as { due: PlainDate }).due;
        const due = (rows[i] as { due: PlainDate }).due;
        if (compareDates(due, prev) < 0)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'due'],
            message: `payments must be sorted by due date: ${due} comes before the previous due date ${prev}`,
            input: due,
          });
      }
    });
}
