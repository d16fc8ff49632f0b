import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { daysBetween, plusDays } from '../../src/models/plain-date';
import { ScheduleError } from '../../src/rules/schedule-error';
import { scheduleInterest, type LoanSchedule } from '../../src/rules/schedule-interest';
import { loanArb, paidBy } from './schedule-arbitraries';

const D = (s: string | number): Decimal => new Decimal(s);
const show = (loan: LoanSchedule): string[] =>
  scheduleInterest(loan).rows.map(
    (r) => `${r.due} ${r.days}d on ${r.outstanding.toFixed(2)}: ${r.principal.toFixed(2)} + ${r.interest.toFixed(2)}`,
  );

/** DOMAIN.md §4: 5,000,000 at 4.35% disbursed 2019-08-20. */
const LOAN: LoanSchedule = {
  principal: D('5000000'),
  annualRate: D('0.0435'),
  disbursedOn: '2019-08-20',
  payments: [
    { due: '2019-11-20', principal: D(0) },
    { due: '2020-02-20', principal: D('5000000') },
  ],
};

function errorOf(f: () => unknown): ScheduleError {
  try {
    f();
  } catch (e) {
    if (e instanceof ScheduleError) return e;
    throw e;
  }
  throw new Error('expected a ScheduleError');
}

describe('scheduleInterest: worked numbers', () => {
  it('DOMAIN.md §4 loan: two quarters of 92 days', () => {
    // 2019-08-20 -> 2019-11-20: 11 (rest of Aug) + 30 + 31 + 20 = 92 days.
    //   5,000,000 x 0.0435 = 217,500 a year; x 92 / 360 = 20,010,000 / 360 = 55,583.333... -> 55,583.33
    // 2019-11-20 -> 2020-02-20: 10 + 31 + 31 + 20 = 92 days, same outstanding -> 55,583.33
    // total 111,166.66
    const r = scheduleInterest(LOAN);
    expect(show(LOAN)).toEqual([
      '2019-11-20 92d on 5000000.00: 0.00 + 55583.33',
      '2020-02-20 92d on 5000000.00: 5000000.00 + 55583.33',
    ]);
    expect(r.totalInterest.toFixed(2)).toBe('111166.66');
    expect(r.totalPrincipal.toFixed(2)).toBe('5000000.00');
  });

  it('amortising loan: interest on the principal still outstanding', () => {
    // 1,200,000 at 4.35% from 2020-01-01 (leap year), three payments of 400,000.
    // -> 2020-04-01: 31 + 29 + 31 = 91 d on 1,200,000: 52,200 x 91 / 360 = 4,750,200 / 360 = 13,195.00 exactly
    // -> 2020-07-01: 30 + 31 + 30 = 91 d on   800,000: 34,800 x 91 / 360 = 3,166,800 / 360 = 8,796.666... -> 8,796.67
    // -> 2020-10-01: 31 + 31 + 30 = 92 d on   400,000: 17,400 x 92 / 360 = 1,600,800 / 360 = 4,446.666... -> 4,446.67
    // total 13,195.00 + 8,796.67 + 4,446.67 = 26,438.34
    const loan: LoanSchedule = {
      principal: D('1200000'),
      annualRate: D('0.0435'),
      disbursedOn: '2020-01-01',
      payments: [
        { due: '2020-04-01', principal: D('400000') },
        { due: '2020-07-01', principal: D('400000') },
        { due: '2020-10-01', principal: D('400000') },
      ],
    };
    expect(show(loan)).toEqual([
      '2020-04-01 91d on 1200000.00: 400000.00 + 13195.00',
      '2020-07-01 91d on 800000.00: 400000.00 + 8796.67',
      '2020-10-01 92d on 400000.00: 400000.00 + 4446.67',
    ]);
    expect(scheduleInterest(loan).totalInterest.toFixed(2)).toBe('26438.34');
  });

  it('a second payment on the same day covers 0 days and sees the same outstanding', () => {
    // 1,000 at 3.6% for 30 days: 1,000 x 0.036 x 30 / 360 = 3.00; the second same-day payment: 0 days, 0.00.
    const loan: LoanSchedule = {
      principal: D(1000),
      annualRate: D('0.036'),
      disbursedOn: '2020-01-01',
      payments: [
        { due: '2020-01-31', principal: D(400) },
        { due: '2020-01-31', principal: D(600) },
      ],
    };
    expect(show(loan)).toEqual(['2020-01-31 30d on 1000.00: 400.00 + 3.00', '2020-01-31 0d on 1000.00: 600.00 + 0.00']);
  });

  it('rounds half-up at the exact half fen, down just below it', () => {
    // 1 yuan at 18% for 10 days: 0.18 x 10 / 360 = 0.005 exactly -> 0.01 (half-up, not half-even's 0.00)
    const at = (rate: string) =>
      scheduleInterest({ principal: D(1), annualRate: D(rate), disbursedOn: '2020-01-01', payments: [{ due: '2020-01-11', principal: D(1) }] })
        .totalInterest.toFixed(2);
    expect(at('0.18')).toBe('0.01');
    // 0.1799 x 10 / 360 = 0.0049972... -> 0.00
    expect(at('0.1799')).toBe('0.00');
  });

  it('a payment on the disbursement date carries no interest; no payments, no rows', () => {
    const r = scheduleInterest({ principal: D(5), annualRate: D('0.05'), disbursedOn: '2020-03-01', payments: [{ due: '2020-03-01', principal: D(5) }] });
    expect(r.rows.map((x) => [x.days, x.interest.toFixed(2)])).toEqual([[0, '0.00']]);
    const empty = scheduleInterest({ principal: D(0), annualRate: D('0.05'), disbursedOn: '2020-03-01', payments: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.totalInterest.toFixed(2)).toBe('0.00');
  });
});

describe('scheduleInterest: validation', () => {
  it('rejects unsorted payments', () => {
    const e = errorOf(() => scheduleInterest({ ...LOAN, payments: [...LOAN.payments].reverse() }));
    expect([e.code, e.path]).toEqual(['unsorted', 'payments[1].due']);
    expect(e.message).toContain('sorted');
  });

  it('rejects principal payments that do not add up to the principal', () => {
    const e = errorOf(() => scheduleInterest({ ...LOAN, principal: D('5000000.01') }));
    expect([e.code, e.path]).toEqual(['sum-mismatch', 'payments']);
    expect(e.message).toBe('payments: principal payments add up to 5000000, not the loan principal 5000000.01');
  });

  it('rejects a payment due before disbursement, accepts one on the day', () => {
    const e = errorOf(() => scheduleInterest({ ...LOAN, disbursedOn: '2019-11-21' }));
    expect([e.code, e.path]).toEqual(['due-before-disbursement', 'payments[0].due']);
    expect(() => scheduleInterest({ ...LOAN, disbursedOn: '2019-11-20' })).not.toThrow();
  });

  it('rejects impossible dates and negative amounts or rates', () => {
    expect(errorOf(() => scheduleInterest({ ...LOAN, disbursedOn: '2019-02-29' })).code).toBe('invalid-date');
    const badDue = { ...LOAN, payments: [{ due: '2019-11-31', principal: D(0) }, LOAN.payments[1]!] };
    expect(errorOf(() => scheduleInterest(badDue)).path).toBe('payments[0].due');
    const negative = { ...LOAN, payments: [{ due: '2019-11-20', principal: D(-1) }, { due: '2020-02-20', principal: D('5000001') }] };
    expect([errorOf(() => scheduleInterest(negative)).code, errorOf(() => scheduleInterest(negative)).path]).toEqual([
      'invalid-amount',
      'payments[0].principal',
    ]);
    expect(errorOf(() => scheduleInterest({ ...LOAN, annualRate: D('-0.01') })).path).toBe('annualRate');
  });
});

describe('scheduleInterest: properties', () => {
  it('each row is the ACT/360 accrual on the outstanding, at the fen, within half a fen of exact', () => {
    fc.assert(
      fc.property(loanArb(), (loan) => {
        const r = scheduleInterest(loan);
        let from = loan.disbursedOn;
        let sum = new Decimal(0);
        r.rows.forEach((row) => {
          expect(row.days).toBe(daysBetween(from, row.due));
          expect(row.outstanding.eq(loan.principal.minus(paidBy(r.rows, plusDays(row.due, -1))))).toBe(true);
          expect(row.interest.decimalPlaces()).toBeLessThanOrEqual(2);
          const exact = row.outstanding.times(loan.annualRate).times(row.days).div(360);
          expect(row.interest.minus(exact).abs().lte('0.005')).toBe(true);
          sum = sum.plus(row.interest);
          from = row.due;
        });
        expect(r.totalInterest.eq(sum)).toBe(true);
      }),
    );
  });

  it('a zero rate gives zero interest', () => {
    fc.assert(fc.property(loanArb(fc.constant(0)), (loan) => scheduleInterest(loan).totalInterest.isZero()));
  });
});
