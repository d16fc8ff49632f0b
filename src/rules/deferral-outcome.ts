import { ZERO, type Decimal } from '../models/decimal';
import type { PlainDate } from '../models/plain-date';
import { mergeDeferred, type DatedAmount } from './merge-deferred';
import { scheduleInterest, type LoanSchedule, type ScheduleResult, type ScheduledPayment } from './schedule-interest';

/**
 * The result of deferring a loan's payments (DOMAIN.md §5): the new schedule with its
 * interest, the original one, the principal moved, and the interest before and after.
 * Interest keeps accruing at the contract rate, with no penalty, so `extraInterest` is
 * only the interest on principal that stays outstanding longer.
 *
 * @example
 * const d: LoanDeferral = deferToDate(loan, { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' });
 * d.extraInterest.toFixed(2); // '79145.84'
 */
export interface LoanDeferral {
  readonly schedule: ScheduleResult;
  readonly original: ScheduleResult;
  readonly deferredPrincipal: Decimal;
  readonly originalInterest: Decimal;
  readonly newInterest: Decimal;
  readonly extraInterest: Decimal;
  /** Original due dates of the deferred payments, in schedule order (a date repeats for same-day payments). */
  readonly deferredDues: readonly PlainDate[];
}

/**
 * Where a deferred payment went.
 *
 * @example
 * const m: PaymentMove = { from: '2019-11-30', to: '2020-02-29' };
 */
export interface PaymentMove {
  readonly from: PlainDate;
  readonly to: PlainDate;
}

/**
 * Builds a {@link LoanDeferral}: keeps the payments that are not moved, places the moved
 * ones (see {@link mergeDeferred}) and recomputes interest over the new dates.
 *
 * @example
 * const out = rescheduleLoan(loan, [loan.payments[0]], [{ due: '2020-06-30', principal: new Decimal('5000000') }], ['2020-02-20']);
 * out.newInterest.toFixed(2); // '190312.50' for the DOMAIN.md §4 loan
 */
export function rescheduleLoan(
  loan: LoanSchedule,
  kept: readonly ScheduledPayment[],
  moved: readonly ScheduledPayment[],
  deferredDues: readonly PlainDate[],
): LoanDeferral {
  const original = scheduleInterest(loan);
  const toAmount = (p: ScheduledPayment): DatedAmount => ({ due: p.due, amount: p.principal });
  const payments = mergeDeferred(kept.map(toAmount), moved.map(toAmount)).map((p) => ({ due: p.due, principal: p.amount }));
  const schedule = moved.length === 0 ? original : scheduleInterest({ ...loan, payments });
  const deferredPrincipal = moved.reduce((s, p) => s.plus(p.principal), ZERO);
  return {
    schedule,
    original,
    deferredPrincipal,
    originalInterest: original.totalInterest,
    newInterest: schedule.totalInterest,
    extraInterest: schedule.totalInterest.minus(original.totalInterest),
    deferredDues,
  };
}
