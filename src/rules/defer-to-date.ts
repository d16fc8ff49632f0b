import { z } from 'zod';
import { compareDates, isPlainDate, type PlainDate } from '../models/plain-date';
import { rescheduleLoan, type LoanDeferral } from './deferral-outcome';
import { DeferralDateSchema, DeferralWindowSchema, checkWindow, isInWindow, type DeferralWindow } from './deferral-window';
import { ScheduleError } from './schedule-error';
import { validateSchedule, type LoanSchedule, type ScheduledPayment } from './schedule-interest';

/**
 * Configuration of a deferral to one date, as serialisable data: the inclusive window
 * of due dates deferred and the latest date they may be deferred to (`cap`; absent when
 * the text sets no end date, and then the request must name the date). The cap may not
 * fall before the window's end.
 *
 * @example
 * DeferToDateConfigSchema.parse({ window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' });
 * // { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' }
 */
export const DeferToDateConfigSchema = z
  .strictObject({ window: DeferralWindowSchema, cap: DeferralDateSchema.optional() })
  .refine((c) => c.cap === undefined || compareDates(c.window.to, c.cap) <= 0, {
    error: 'the cap must not be before the end of the window',
    path: ['cap'],
  });

/**
 * The configuration of {@link deferToDate}.
 *
 * @example
 * const c: DeferToDateConfig = { window: { from: '2020-06-01', to: '2020-12-31' }, cap: '2021-03-31' };
 */
export interface DeferToDateConfig {
  readonly window: DeferralWindow;
  readonly cap?: PlainDate | undefined;
}

/**
 * A deferral to one date, and the date used.
 *
 * @example
 * const d: DateDeferral = deferToDate(loan, { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' });
 * d.deferTo; // '2020-06-30'
 */
export interface DateDeferral extends LoanDeferral {
  readonly deferTo: PlainDate;
}

/**
 * The date payments are deferred to: the requested date capped at `cap`, or `cap` when
 * nothing is requested. Throws a {@link ScheduleError} when there is neither, or the
 * requested date is not a calendar date.
 *
 * @example
 * resolveDeferTo({ window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' }, '2020-09-30'); // '2020-06-30'
 * resolveDeferTo({ window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' }); // '2020-06-30'
 */
export function resolveDeferTo(config: DeferToDateConfig, requested?: PlainDate): PlainDate {
  const { cap } = config;
  if (cap !== undefined && !isPlainDate(cap)) throw new ScheduleError('invalid-date', 'cap', `not a calendar date: ${String(cap)}`);
  if (requested === undefined) {
    if (cap === undefined) throw new ScheduleError('missing-defer-date', 'request.deferTo', 'required: this deferral sets no end date');
    return cap;
  }
  if (!isPlainDate(requested)) {
    throw new ScheduleError('invalid-date', 'request.deferTo', `not a calendar date: ${String(requested)}`);
  }
  return cap !== undefined && compareDates(cap, requested) < 0 ? cap : requested;
}

/**
 * Defers to one date every payment due in the window (both ends included), principal
 * and interest alike (DOMAIN.md §5, 银保监发〔2020〕6号). The new schedule is the payments
 * outside the window plus one payment on `deferTo` carrying all deferred principal
 * (merged with a payment already due that day); interest is recomputed over the new
 * dates at the contract rate, with no penalty. `deferTo` is the requested date capped at
 * `cap` (default: `cap`); a `deferTo` before a deferred payment's own due date is a
 * {@link ScheduleError}.
 *
 * @example
 * const loan = {
 *   principal: new Decimal('5000000'), annualRate: new Decimal('0.0435'), disbursedOn: '2019-08-20',
 *   payments: [{ due: '2019-11-20', principal: new Decimal(0) }, { due: '2020-02-20', principal: new Decimal('5000000') }],
 * };
 * const d = deferToDate(loan, { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' }, '2020-06-30');
 * d.schedule.rows.map((r) => `${r.due} ${r.interest.toFixed(2)}`); // ['2019-11-20 55583.33', '2020-06-30 134729.17']
 * d.extraInterest.toFixed(2); // '79145.84'
 */
export function deferToDate(loan: LoanSchedule, config: DeferToDateConfig, requested?: PlainDate): DateDeferral {
  validateSchedule(loan);
  checkWindow(config.window);
  const deferTo = resolveDeferTo(config, requested);
  const kept: ScheduledPayment[] = [];
  const moved: ScheduledPayment[] = [];
  const deferredDues: PlainDate[] = [];
  loan.payments.forEach((p, i) => {
    if (!isInWindow(p.due, config.window)) {
      kept.push(p);
      return;
    }
    if (compareDates(deferTo, p.due) < 0) {
      throw new ScheduleError(
        'defer-before-due',
        'request.deferTo',
        `deferral date ${deferTo} is before the due date ${p.due} of payments[${i}]`,
      );
    }
    moved.push({ due: deferTo, principal: p.principal });
    deferredDues.push(p.due);
  });
  return { ...rescheduleLoan(loan, kept, moved, deferredDues), deferTo };
}
