import { z } from 'zod';
import { plusMonths, type PlainDate } from '../models/plain-date';
import { rescheduleLoan, type LoanDeferral, type PaymentMove } from './deferral-outcome';
import { DeferralMonthsSchema, DeferralWindowSchema, checkMonths, checkWindow, isInWindow, type DeferralWindow } from './deferral-window';
import { validateSchedule, type LoanSchedule, type ScheduledPayment } from './schedule-interest';

/**
 * Configuration of a deferral by whole months, as serialisable data.
 *
 * @example
 * DeferByMonthsConfigSchema.parse({ window: { from: '2020-01-24', to: '2020-06-30' }, months: 3 });
 * // { window: { from: '2020-01-24', to: '2020-06-30' }, months: 3 }
 */
export const DeferByMonthsConfigSchema = z.strictObject({ window: DeferralWindowSchema, months: DeferralMonthsSchema });

/**
 * The configuration of {@link deferByMonths}.
 *
 * @example
 * const c: DeferByMonthsConfig = { window: { from: '2020-01-24', to: '2020-06-30' }, months: 3 };
 */
export interface DeferByMonthsConfig {
  readonly window: DeferralWindow;
  readonly months: number;
}

/**
 * A deferral by months, and where each deferred payment went.
 *
 * @example
 * const d: MonthsDeferral = deferByMonths(loan, { window: { from: '2020-01-24', to: '2020-06-30' }, months: 3 });
 * d.moves; // [{ from: '2020-02-20', to: '2020-05-20' }]
 */
export interface MonthsDeferral extends LoanDeferral {
  /** One move per deferred payment, in schedule order. */
  readonly moves: readonly PaymentMove[];
}

/**
 * Moves each payment due in the window (both ends included) by `months` calendar
 * months, clamped to the month's end (Nov 30 + 3 months = Feb 29 2020 / Feb 28 2021).
 * Payments landing on the same date merge (principal added, with any payment already
 * due that day); interest is recomputed over the new dates at the contract rate
 * (DOMAIN.md §5, `urumqi.microloan-deferral.2020`).
 *
 * @example
 * const loan = {
 *   principal: new Decimal('5000000'), annualRate: new Decimal('0.0435'), disbursedOn: '2019-08-20',
 *   payments: [{ due: '2019-11-20', principal: new Decimal(0) }, { due: '2020-02-20', principal: new Decimal('5000000') }],
 * };
 * const d = deferByMonths(loan, { window: { from: '2020-01-24', to: '2020-06-30' }, months: 3 });
 * d.schedule.rows.map((r) => `${r.due} ${r.interest.toFixed(2)}`); // ['2019-11-20 55583.33', '2020-05-20 109958.33']
 */
export function deferByMonths(loan: LoanSchedule, config: DeferByMonthsConfig): MonthsDeferral {
  validateSchedule(loan);
  checkWindow(config.window);
  checkMonths(config.months);
  const kept: ScheduledPayment[] = [];
  const moved: ScheduledPayment[] = [];
  const moves: PaymentMove[] = [];
  for (const p of loan.payments) {
    if (!isInWindow(p.due, config.window)) {
      kept.push(p);
      continue;
    }
    const to: PlainDate = plusMonths(p.due, config.months);
    moved.push({ due: to, principal: p.principal });
    moves.push({ from: p.due, to });
  }
  const deferred = rescheduleLoan(loan, kept, moved, moves.map((m) => m.from));
  return { ...deferred, moves };
}
