import { z } from 'zod';
import { compareDates, isPlainDate, type PlainDate } from '../models/plain-date';
import { ScheduleError } from './schedule-error';

/**
 * A plain date in configuration data: a `YYYY-MM-DD` string that is a real calendar day.
 *
 * @example
 * DeferralDateSchema.parse('2020-06-30'); // '2020-06-30'
 * DeferralDateSchema.safeParse('2020-02-30').success; // false
 */
export const DeferralDateSchema = z
  .string()
  .refine((s) => isPlainDate(s), { error: 'must be a calendar date YYYY-MM-DD' });

/**
 * The inclusive window of due dates a deferral applies to: a payment due on `from`, on
 * `to`, or between them is deferred ("到期的", both ends included).
 *
 * @example
 * const w: DeferralWindow = { from: '2020-01-25', to: '2020-06-30' };
 */
export interface DeferralWindow {
  readonly from: PlainDate;
  readonly to: PlainDate;
}

/**
 * The window as serialisable data: `{ from, to }` date strings with `from <= to`.
 *
 * @example
 * DeferralWindowSchema.parse({ from: '2020-01-25', to: '2020-06-30' }); // { from: '2020-01-25', to: '2020-06-30' }
 * DeferralWindowSchema.safeParse({ from: '2020-07-01', to: '2020-06-30' }).success; // false
 */
export const DeferralWindowSchema = z
  .strictObject({ from: DeferralDateSchema, to: DeferralDateSchema })
  .refine((w) => compareDates(w.from, w.to) <= 0, { error: 'the window must not end before it starts', path: ['to'] });

/**
 * Checks a window given as typed data (not through the schema); throws a
 * {@link ScheduleError} naming `path`.
 *
 * @example
 * checkWindow({ from: '2020-07-01', to: '2020-06-30' }); // throws ScheduleError 'invalid-window'
 */
export function checkWindow(window: DeferralWindow, path = 'window'): void {
  if (!isPlainDate(window.from)) throw new ScheduleError('invalid-date', `${path}.from`, `not a calendar date: ${String(window.from)}`);
  if (!isPlainDate(window.to)) throw new ScheduleError('invalid-date', `${path}.to`, `not a calendar date: ${String(window.to)}`);
  if (compareDates(window.from, window.to) > 0) {
    throw new ScheduleError('invalid-window', path, `the window ${window.from}..${window.to} ends before it starts`);
  }
}

/**
 * True when `due` lies in the window, both ends included.
 *
 * @example
 * const w = { from: '2020-01-25', to: '2020-06-30' };
 * isInWindow('2020-06-30', w); // true
 * isInWindow('2020-01-24', w); // false
 */
export function isInWindow(due: PlainDate, window: DeferralWindow): boolean {
  return compareDates(window.from, due) <= 0 && compareDates(due, window.to) <= 0;
}

/**
 * Checks a whole number of months to defer by (at least 1); throws a {@link ScheduleError}.
 *
 * @example
 * checkMonths(3); // ok
 * checkMonths(0); // throws ScheduleError 'invalid-months'
 */
export function checkMonths(months: number, path = 'months'): void {
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new ScheduleError('invalid-months', path, `must be a whole number of months, at least 1 (got ${String(months)})`);
  }
}

/**
 * The number of months as serialisable data: a positive integer.
 *
 * @example
 * DeferralMonthsSchema.parse(3); // 3
 * DeferralMonthsSchema.safeParse(1.5).success; // false
 */
export const DeferralMonthsSchema = z.int().min(1);
