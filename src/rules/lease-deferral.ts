import { z } from 'zod';
import { ZERO, type Decimal } from '../models/decimal';
import { compareDates, isPlainDate, plusMonths, type PlainDate } from '../models/plain-date';
import type { PaymentMove } from './deferral-outcome';
import { DeferralMonthsSchema, DeferralWindowSchema, checkMonths, checkWindow, isInWindow, type DeferralWindow } from './deferral-window';
import { mergeDeferred, type DatedAmount } from './merge-deferred';
import { ScheduleError } from './schedule-error';

/**
 * One lease rent instalment.
 *
 * @example
 * const p: LeaseRentPayment = { due: '2020-02-15', amount: new Decimal('92000') };
 */
export type LeaseRentPayment = DatedAmount;

/**
 * A lease's rent schedule: instalments sorted by due date (other lease fields are ignored).
 *
 * @example
 * const rent: LeaseRent = { payments: [{ due: '2020-02-15', amount: new Decimal('92000') }] };
 */
export interface LeaseRent {
  readonly payments: readonly LeaseRentPayment[];
}

/**
 * Configuration of a lease-rent deferral, as serialisable data.
 *
 * @example
 * LeaseDeferralConfigSchema.parse({ window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 });
 * // { window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 }
 */
export const LeaseDeferralConfigSchema = z.strictObject({ window: DeferralWindowSchema, months: DeferralMonthsSchema });

/**
 * The configuration of {@link deferLease}.
 *
 * @example
 * const c: LeaseDeferralConfig = { window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 };
 */
export interface LeaseDeferralConfig {
  readonly window: DeferralWindow;
  readonly months: number;
}

/**
 * The deferred rent schedule: the new instalments, the rent moved, and the totals
 * before and after (equal: the deferral carries no interest or charge).
 *
 * @example
 * const d: LeaseDeferral = deferLease(rent, { window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 });
 * d.deferredAmount.toFixed(2); // '276000.00' for three instalments of 92,000
 */
export interface LeaseDeferral {
  readonly payments: readonly LeaseRentPayment[];
  readonly deferredAmount: Decimal;
  readonly totalBefore: Decimal;
  readonly totalAfter: Decimal;
  readonly deferredDues: readonly PlainDate[];
  readonly moves: readonly PaymentMove[];
}

function validateRent(rent: LeaseRent): void {
  rent.payments.forEach((p, i) => {
    const at = `payments[${i}]`;
    if (!isPlainDate(p.due)) throw new ScheduleError('invalid-date', `${at}.due`, `not a calendar date: ${String(p.due)}`);
    if (p.amount.isNegative()) throw new ScheduleError('invalid-amount', `${at}.amount`, 'must not be negative');
    const prev = rent.payments[i - 1];
    if (prev !== undefined && compareDates(prev.due, p.due) > 0) {
      throw new ScheduleError('unsorted', `${at}.due`, `payments must be sorted by due date (${p.due} after ${prev.due})`);
    }
  });
}

const total = (ps: readonly LeaseRentPayment[]): Decimal => ps.reduce((s, p) => s.plus(p.amount), ZERO);

/**
 * Moves each rent instalment due in the window (both ends included) by `months`
 * calendar months (month-end clamped), with no interest or extra charge; instalments
 * landing on the same date merge (DOMAIN.md §5, `urumqi.lease-deferral.2020`).
 *
 * @example
 * const rent = { payments: [
 *   { due: '2020-01-15', amount: new Decimal('92000') }, { due: '2020-02-15', amount: new Decimal('92000') },
 *   { due: '2020-05-15', amount: new Decimal('92000') } ] };
 * const d = deferLease(rent, { window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 });
 * d.payments.map((p) => `${p.due} ${p.amount.toFixed(2)}`); // ['2020-01-15 92000.00', '2020-05-15 184000.00']
 * d.deferredAmount.toFixed(2); // '92000.00'
 */
export function deferLease(rent: LeaseRent, config: LeaseDeferralConfig): LeaseDeferral {
  validateRent(rent);
  checkWindow(config.window);
  checkMonths(config.months);
  const kept: LeaseRentPayment[] = [];
  const moved: LeaseRentPayment[] = [];
  const moves: PaymentMove[] = [];
  for (const p of rent.payments) {
    if (!isInWindow(p.due, config.window)) {
      kept.push(p);
      continue;
    }
    const to = plusMonths(p.due, config.months);
    moved.push({ due: to, amount: p.amount });
    moves.push({ from: p.due, to });
  }
  const payments = moved.length === 0 ? [...rent.payments] : mergeDeferred(kept, moved);
  return {
    payments,
    deferredAmount: total(moved),
    totalBefore: total(rent.payments),
    totalAfter: total(payments),
    deferredDues: moves.map((m) => m.from),
    moves,
  };
}
