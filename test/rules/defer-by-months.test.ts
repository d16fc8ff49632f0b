import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { DeferByMonthsConfigSchema, deferByMonths, type MonthsDeferral } from '../../src/rules/defer-by-months';
import { ScheduleError } from '../../src/rules/schedule-error';
import type { LoanSchedule } from '../../src/rules/schedule-interest';

const D = (s: string | number): Decimal => new Decimal(s);
const rows = (d: MonthsDeferral): string[] => d.schedule.rows.map((r) => `${r.due} ${r.days}d ${r.principal.toFixed(2)} + ${r.interest.toFixed(2)}`);

/** urumqi.microloan-deferral.2020 (illustrative): due 2020-01-24..2020-06-30, moved 3 months. */
const URUMQI = { window: { from: '2020-01-24', to: '2020-06-30' }, months: 3 };

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

/** A one-payment loan of 1,000,000 at 3.6% repaid on `due`. */
const bullet = (disbursedOn: string, due: string): LoanSchedule => ({
  principal: D('1000000'),
  annualRate: D('0.036'),
  disbursedOn,
  payments: [{ due, principal: D('1000000') }],
});

describe('deferByMonths', () => {
  it('the 500万 loan due in February moves 3 months to 2020-05-20', () => {
    // 2019-11-20 -> 2020-05-20 = 10 + 31 + 31 + 29 + 31 + 30 + 20 = 182 d:
    //   217,500 x 182 / 360 = 39,585,000 / 360 = 109,958.333... -> 109,958.33
    // new total 55,583.33 + 109,958.33 = 165,541.66; extra 165,541.66 - 111,166.66 = 54,375.00
    //   (exact: 217,500 x 90 / 360 = 54,375 for the 90 days 2020-02-20 -> 2020-05-20)
    const d = deferByMonths(LOAN, URUMQI);
    expect(rows(d)).toEqual(['2019-11-20 92d 0.00 + 55583.33', '2020-05-20 182d 5000000.00 + 109958.33']);
    expect(d.moves).toEqual([{ from: '2020-02-20', to: '2020-05-20' }]);
    expect(d.deferredDues).toEqual(['2020-02-20']);
    expect([d.deferredPrincipal, d.originalInterest, d.newInterest, d.extraInterest].map((x) => x.toFixed(2))).toEqual([
      '5000000.00',
      '111166.66',
      '165541.66',
      '54375.00',
    ]);
  });

  it('clamps to the month end: Nov 30 + 3 months = Feb 29 2020, Feb 28 2021', () => {
    const w2019 = { window: { from: '2019-11-01', to: '2019-12-31' }, months: 3 };
    expect(deferByMonths(bullet('2019-08-30', '2019-11-30'), w2019).moves).toEqual([{ from: '2019-11-30', to: '2020-02-29' }]);
    const w2020 = { window: { from: '2020-11-01', to: '2020-12-31' }, months: 3 };
    expect(deferByMonths(bullet('2020-08-30', '2020-11-30'), w2020).moves).toEqual([{ from: '2020-11-30', to: '2021-02-28' }]);
  });

  it('payments landing on the same date merge, with each other and with a payment already due then', () => {
    // 11-29 and 11-30 both land on 2020-02-29, where 1M is already due: one payment of 3M.
    // Original: 08-29 -> 11-29  92 d on 3M: 130,500 x 92 / 360 = 33,350.00
    //           11-29 -> 11-30   1 d on 2M:  87,000 / 360 = 241.666 -> 241.67
    //           11-30 -> 02-29  91 d on 1M:  43,500 x 91 / 360 = 10,995.833 -> 10,995.83; total 44,587.50
    // New:      08-29 -> 02-29 184 d on 3M: 130,500 x 184 / 360 = 66,700.00; extra 22,112.50
    const loan: LoanSchedule = {
      principal: D('3000000'),
      annualRate: D('0.0435'),
      disbursedOn: '2019-08-29',
      payments: [
        { due: '2019-11-29', principal: D('1000000') },
        { due: '2019-11-30', principal: D('1000000') },
        { due: '2020-02-29', principal: D('1000000') },
      ],
    };
    const d = deferByMonths(loan, { window: { from: '2019-11-01', to: '2019-12-31' }, months: 3 });
    expect(rows(d)).toEqual(['2020-02-29 184d 3000000.00 + 66700.00']);
    expect(d.moves).toEqual([
      { from: '2019-11-29', to: '2020-02-29' },
      { from: '2019-11-30', to: '2020-02-29' },
    ]);
    expect([d.deferredPrincipal, d.originalInterest, d.extraInterest].map((x) => x.toFixed(2))).toEqual([
      '2000000.00',
      '44587.50',
      '22112.50',
    ]);
  });

  it('window bounds are inclusive, and a moved payment is not moved again', () => {
    const loan: LoanSchedule = {
      principal: D('4000000'),
      annualRate: D('0.0435'),
      disbursedOn: '2019-12-01',
      payments: [
        { due: '2020-01-23', principal: D('1000000') },
        { due: '2020-01-24', principal: D('1000000') },
        { due: '2020-06-30', principal: D('1000000') },
        { due: '2020-07-01', principal: D('1000000') },
      ],
    };
    const d = deferByMonths(loan, URUMQI);
    expect(d.moves).toEqual([
      { from: '2020-01-24', to: '2020-04-24' },
      { from: '2020-06-30', to: '2020-09-30' },
    ]);
    expect(d.schedule.rows.map((r) => r.due)).toEqual(['2020-01-23', '2020-04-24', '2020-07-01', '2020-09-30']);
  });

  it('rejects a number of months that is not a positive integer', () => {
    for (const months of [0, -1, 1.5, Number.NaN]) {
      const e = errorOf(() => deferByMonths(LOAN, { ...URUMQI, months }));
      expect([e.code, e.path]).toEqual(['invalid-months', 'months']);
    }
  });
});

describe('DeferByMonthsConfigSchema', () => {
  it('accepts plain JSON and rejects fractional months, bad windows and unknown keys', () => {
    expect(DeferByMonthsConfigSchema.parse(URUMQI)).toEqual(URUMQI);
    expect(DeferByMonthsConfigSchema.safeParse({ ...URUMQI, months: 2.5 }).success).toBe(false);
    expect(DeferByMonthsConfigSchema.safeParse({ ...URUMQI, months: 0 }).success).toBe(false);
    expect(DeferByMonthsConfigSchema.safeParse({ ...URUMQI, months: '3' }).success).toBe(false);
    expect(DeferByMonthsConfigSchema.safeParse({ ...URUMQI, window: { from: '2020-06-30', to: '2020-01-24' } }).success).toBe(false);
    expect(DeferByMonthsConfigSchema.safeParse({ ...URUMQI, cap: '2020-06-30' }).success).toBe(false);
  });
});
