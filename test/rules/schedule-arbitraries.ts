import fc from 'fast-check';
import { Decimal, ZERO } from '../../src/models/decimal';
import { compareDates, daysBetween, plusDays, type PlainDate } from '../../src/models/plain-date';
import type { DeferralWindow } from '../../src/rules/deferral-window';
import type { LoanSchedule, ScheduleResult } from '../../src/rules/schedule-interest';

/** Fast-check generators and exact reference helpers shared by the schedule and deferral tests. */

const BASE: PlainDate = '2018-01-01';

/** Arbitrary loans: 1..8 payments (same-day payments included), principal at the fen, rate with 6 decimals. */
export const loanArb = (rate: fc.Arbitrary<number> = fc.integer({ min: 0, max: 200_000 })): fc.Arbitrary<LoanSchedule> =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 1500 }),
      steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 1_000_000_000 })), {
        minLength: 1,
        maxLength: 8,
      }),
      rateMicro: rate,
    })
    .map(({ start, steps, rateMicro }) => {
      const disbursedOn = plusDays(BASE, start);
      let due = disbursedOn;
      const payments = steps.map(([gap, fen]) => {
        due = plusDays(due, gap);
        return { due, principal: new Decimal(fen).div(100) };
      });
      const principal = payments.reduce((s, p) => s.plus(p.principal), ZERO);
      return { principal, annualRate: new Decimal(rateMicro).div(1_000_000), disbursedOn, payments };
    });

/** A date near the loan's payments: often exactly a due date, else a day around the schedule. */
export const dateNear = (loan: LoanSchedule): fc.Arbitrary<PlainDate> => {
  const last = loan.payments[loan.payments.length - 1]?.due ?? loan.disbursedOn;
  const span = daysBetween(loan.disbursedOn, last);
  return fc.oneof(
    fc.constantFrom(...loan.payments.map((p) => p.due)),
    fc.integer({ min: -10, max: span + 10 }).map((n) => plusDays(loan.disbursedOn, n)),
  );
};

/** An inclusive window built from two dates near the schedule. */
export const windowArb = (loan: LoanSchedule): fc.Arbitrary<DeferralWindow> =>
  fc.tuple(dateNear(loan), dateNear(loan)).map(([a, b]) => (compareDates(a, b) <= 0 ? { from: a, to: b } : { from: b, to: a }));

/**
 * The unrounded ACT/360 interest of every row, summed: (Σ outstanding x rate x days) / 360. The one division
 * comes last: dividing row by row rounds each quotient to the working precision, and two schedules with the
 * same exact accrual could then compare unequal in the 40th digit.
 */
export function exactInterest(r: ScheduleResult, rate: Decimal): Decimal {
  return r.rows.reduce((s, row) => s.plus(row.outstanding.times(rate).times(row.days)), ZERO).div(360);
}

/** Principal repaid on or before `t`. */
export function paidBy(rows: readonly { due: PlainDate; principal: Decimal }[], t: PlainDate): Decimal {
  return rows.filter((r) => compareDates(r.due, t) <= 0).reduce((s, r) => s.plus(r.principal), ZERO);
}

/** True when no principal is repaid earlier in `after` than in `before`: at every date, paid(after) <= paid(before). */
export function neverEarlier(
  before: readonly { due: PlainDate; principal: Decimal }[],
  after: readonly { due: PlainDate; principal: Decimal }[],
): boolean {
  const dates = [...before, ...after].map((r) => r.due);
  return dates.every((t) => paidBy(after, t).lte(paidBy(before, t)));
}
