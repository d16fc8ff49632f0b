import { ZERO, type Decimal } from '../models/decimal';
import { compareDates, daysBetween, isPlainDate, type PlainDate } from '../models/plain-date';
import { roundTo } from '../models/rounding';
import { ScheduleError } from './schedule-error';

/**
 * One repayment of principal on a due date (the interest is computed, not given).
 *
 * @example
 * const p: ScheduledPayment = { due: '2020-02-20', principal: new Decimal('5000000') };
 */
export interface ScheduledPayment {
  readonly due: PlainDate;
  readonly principal: Decimal;
}

/**
 * A loan's repayment schedule (DOMAIN.md §4): principal, contract annual rate, the
 * disbursement date and the principal payments, sorted by due date.
 *
 * @example
 * const loan: LoanSchedule = {
 *   principal: new Decimal('5000000'), annualRate: new Decimal('0.0435'), disbursedOn: '2019-08-20',
 *   payments: [{ due: '2019-11-20', principal: new Decimal(0) }, { due: '2020-02-20', principal: new Decimal('5000000') }],
 * };
 */
export interface LoanSchedule {
  readonly principal: Decimal;
  readonly annualRate: Decimal;
  readonly disbursedOn: PlainDate;
  readonly payments: readonly ScheduledPayment[];
}

/**
 * One computed row: the payment, the interest paid with it, the days it covers and the
 * principal outstanding over those days (before this date's payments).
 *
 * @example
 * const row: ScheduleRow = { due: '2019-11-20', principal: new Decimal(0), interest: new Decimal('55583.33'),
 *   days: 92, outstanding: new Decimal('5000000') };
 */
export interface ScheduleRow extends ScheduledPayment {
  readonly interest: Decimal;
  readonly days: number;
  readonly outstanding: Decimal;
}

/**
 * A schedule with its interest: one row per payment, in order, and the totals.
 *
 * @example
 * const r: ScheduleResult = scheduleInterest(loan);
 * r.totalInterest.toFixed(2); // '111166.66' for the DOMAIN.md §4 loan
 */
export interface ScheduleResult {
  readonly rows: readonly ScheduleRow[];
  readonly totalPrincipal: Decimal;
  readonly totalInterest: Decimal;
}

/** ACT/360: 人民币贷款按日计息, 日利率 = 年利率 / 360. @example DAY_COUNT_BASIS; // 360 */
export const DAY_COUNT_BASIS = 360;

/**
 * Checks a schedule: real dates, non-negative amounts and rate, payments sorted by due
 * date (same-day payments allowed), none due before disbursement, and principal
 * payments adding up to the loan's principal. Throws a {@link ScheduleError}.
 *
 * @example
 * validateSchedule({ ...loan, payments: [] }); // throws ScheduleError 'sum-mismatch'
 */
export function validateSchedule(loan: LoanSchedule): void {
  if (!isPlainDate(loan.disbursedOn)) {
    throw new ScheduleError('invalid-date', 'disbursedOn', `not a calendar date: ${String(loan.disbursedOn)}`);
  }
  if (loan.principal.isNegative()) throw new ScheduleError('invalid-amount', 'principal', 'must not be negative');
  if (loan.annualRate.isNegative()) throw new ScheduleError('invalid-amount', 'annualRate', 'must not be negative');
  let sum = ZERO;
  loan.payments.forEach((p, i) => {
    const at = `payments[${i}]`;
    if (!isPlainDate(p.due)) throw new ScheduleError('invalid-date', `${at}.due`, `not a calendar date: ${String(p.due)}`);
    if (p.principal.isNegative()) throw new ScheduleError('invalid-amount', `${at}.principal`, 'must not be negative');
    const prev = loan.payments[i - 1];
    if (prev !== undefined && compareDates(prev.due, p.due) > 0) {
      throw new ScheduleError('unsorted', `${at}.due`, `payments must be sorted by due date (${p.due} after ${prev.due})`);
    }
    if (compareDates(p.due, loan.disbursedOn) < 0) {
      throw new ScheduleError('due-before-disbursement', `${at}.due`, `due ${p.due} is before disbursement on ${loan.disbursedOn}`);
    }
    sum = sum.plus(p.principal);
  });
  if (!sum.eq(loan.principal)) {
    throw new ScheduleError(
      'sum-mismatch',
      'payments',
      `principal payments add up to ${sum.toFixed()}, not the loan principal ${loan.principal.toFixed()}`,
    );
  }
}

/**
 * Interest of a repayment schedule, simple interest ACT/360 (DOMAIN.md §4): the interest
 * paid with payment k is the principal outstanding over (previous payment date or
 * `disbursedOn`, due_k] x `annualRate` x days / 360, rounded half-up to the fen per
 * payment. Outstanding = principal minus principal paid on earlier dates, so a second
 * payment on the same day covers 0 days. Exact: the product is exact and the division
 * by 360 keeps 40 significant digits, far more than the fen rounding needs.
 *
 * @example
 * const r = scheduleInterest({
 *   principal: new Decimal('5000000'), annualRate: new Decimal('0.0435'), disbursedOn: '2019-08-20',
 *   payments: [{ due: '2019-11-20', principal: new Decimal(0) }, { due: '2020-02-20', principal: new Decimal('5000000') }],
 * });
 * r.rows.map((x) => x.interest.toFixed(2)); // ['55583.33', '55583.33']
 * r.totalInterest.toFixed(2); // '111166.66'
 */
export function scheduleInterest(loan: LoanSchedule): ScheduleResult {
  validateSchedule(loan);
  const rows: ScheduleRow[] = [];
  let from = loan.disbursedOn;
  let outstanding = loan.principal;
  let paidBefore = ZERO; // principal paid on dates strictly before `from`
  let paidOnFrom = ZERO; // principal paid on `from` so far
  let totalInterest = ZERO;
  for (const p of loan.payments) {
    if (p.due !== from) {
      paidBefore = paidBefore.plus(paidOnFrom);
      paidOnFrom = ZERO;
      outstanding = loan.principal.minus(paidBefore);
    }
    const days = daysBetween(from, p.due);
    const exact = outstanding.times(loan.annualRate).times(days).div(DAY_COUNT_BASIS);
    const interest = roundTo(exact, 2, 'half-up');
    rows.push({ due: p.due, principal: p.principal, interest, days, outstanding });
    totalInterest = totalInterest.plus(interest);
    paidOnFrom = paidOnFrom.plus(p.principal);
    from = p.due;
  }
  return { rows, totalPrincipal: loan.principal, totalInterest };
}
