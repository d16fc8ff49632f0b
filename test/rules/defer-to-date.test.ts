import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { DeferToDateConfigSchema, deferToDate, resolveDeferTo, type DateDeferral } from '../../src/rules/defer-to-date';
import { ScheduleError } from '../../src/rules/schedule-error';
import type { LoanSchedule } from '../../src/rules/schedule-interest';

const D = (s: string | number): Decimal => new Decimal(s);
const rows = (d: DateDeferral): string[] => d.schedule.rows.map((r) => `${r.due} ${r.days}d ${r.principal.toFixed(2)} + ${r.interest.toFixed(2)}`);
const money = (d: DateDeferral) => ({
  deferredPrincipal: d.deferredPrincipal.toFixed(2),
  originalInterest: d.originalInterest.toFixed(2),
  newInterest: d.newInterest.toFixed(2),
  extraInterest: d.extraInterest.toFixed(2),
});

/** 银保监发〔2020〕6号: payments due 2020-01-25..2020-06-30, deferred to at most 2020-06-30. */
const SME_2020 = { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' };

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

describe('deferToDate: the DOMAIN.md §4/§5 worked example', () => {
  // Original: 2019-08-20 -> 2019-11-20 = 92 d: 5,000,000 x 0.0435 x 92 / 360 = 20,010,000 / 360 = 55,583.333 -> 55,583.33
  //           2019-11-20 -> 2020-02-20 = 92 d: 55,583.33 again; total 111,166.66.
  // Deferred: 2020-02-20 is in [2020-01-25, 2020-06-30]; its 5,000,000 moves to 2020-06-30.
  //           2019-11-20 -> 2020-06-30 = 10 + 31 + 31 + 29 + 31 + 30 + 31 + 30 = 223 d (2020 is a leap year):
  //           217,500 x 223 / 360 = 48,502,500 / 360 = 134,729.1666... -> 134,729.17
  //           new total 55,583.33 + 134,729.17 = 190,312.50; extra 190,312.50 - 111,166.66 = 79,145.84
  //           (the exact extra is 217,500 x 131 / 360 = 79,145.8333..., the 131 days 2020-02-20 -> 2020-06-30).
  const expected = {
    deferredPrincipal: '5000000.00',
    originalInterest: '111166.66',
    newInterest: '190312.50',
    extraInterest: '79145.84',
  };

  it('deferred to the requested 2020-06-30', () => {
    const d = deferToDate(LOAN, SME_2020, '2020-06-30');
    expect(rows(d)).toEqual(['2019-11-20 92d 0.00 + 55583.33', '2020-06-30 223d 5000000.00 + 134729.17']);
    expect(money(d)).toEqual(expected);
    expect(d.deferTo).toBe('2020-06-30');
    expect(d.deferredDues).toEqual(['2020-02-20']);
    expect(d.original.rows.map((r) => r.interest.toFixed(2))).toEqual(['55583.33', '55583.33']);
  });

  it('without a requested date, the cap is the default', () => {
    const d = deferToDate(LOAN, SME_2020);
    expect(d.deferTo).toBe('2020-06-30');
    expect(money(d)).toEqual(expected);
  });

  it('a requested date beyond the cap is capped', () => {
    const d = deferToDate(LOAN, SME_2020, '2020-09-30');
    expect(d.deferTo).toBe('2020-06-30');
    expect(money(d)).toEqual(expected);
  });

  it('an earlier requested date inside the cap is kept', () => {
    // 2019-11-20 -> 2020-05-31 = 223 - 30 = 193 d: 217,500 x 193 / 360 = 41,977,500 / 360 = 116,604.1666... -> 116,604.17
    // new total 55,583.33 + 116,604.17 = 172,187.50; extra 61,020.84
    const d = deferToDate(LOAN, SME_2020, '2020-05-31');
    expect(rows(d)).toEqual(['2019-11-20 92d 0.00 + 55583.33', '2020-05-31 193d 5000000.00 + 116604.17']);
    expect(d.extraInterest.toFixed(2)).toBe('61020.84');
  });

  it('a deferral date before the payment\'s own due date is an error; on the due date it changes nothing', () => {
    const e = errorOf(() => deferToDate(LOAN, SME_2020, '2020-02-19'));
    expect([e.code, e.path]).toEqual(['defer-before-due', 'request.deferTo']);
    expect(e.message).toBe('request.deferTo: deferral date 2020-02-19 is before the due date 2020-02-20 of payments[1]');
    const same = deferToDate(LOAN, SME_2020, '2020-02-20');
    expect(same.extraInterest.toFixed(2)).toBe('0.00');
    expect(same.deferredPrincipal.toFixed(2)).toBe('5000000.00');
  });
});

describe('deferToDate: window, merging and requests', () => {
  it('window bounds are inclusive: due on the first and last day moves, a day outside does not', () => {
    // 5,000,000 at 4.35% disbursed 2019-12-25; 1M due 01-24, 1M due 01-25, 1M due 06-30, 2M due 07-01.
    // Original: -> 01-24  30 d on 5M: 217,500 x 30 / 360 = 18,125.00
    //           -> 01-25   1 d on 4M: 174,000 / 360 = 483.333 -> 483.33
    //           -> 06-30 157 d on 3M (6 + 29 + 31 + 30 + 31 + 30): 130,500 x 157 / 360 = 56,912.50
    //           -> 07-01   1 d on 2M: 87,000 / 360 = 241.666 -> 241.67; total 75,762.50
    // New:      -> 01-24  30 d on 5M: 18,125.00
    //           -> 06-30 158 d on 4M (7 + 29 + 31 + 30 + 31 + 30): 174,000 x 158 / 360 = 76,366.666 -> 76,366.67
    //           -> 07-01   1 d on 2M: 241.67; total 94,733.34; extra 18,970.84
    //           (exact: 1M x 0.0435 x 157 / 360 = 18,970.8333..., the 01-25 million outstanding 157 days longer)
    const loan: LoanSchedule = {
      principal: D('5000000'),
      annualRate: D('0.0435'),
      disbursedOn: '2019-12-25',
      payments: [
        { due: '2020-01-24', principal: D('1000000') },
        { due: '2020-01-25', principal: D('1000000') },
        { due: '2020-06-30', principal: D('1000000') },
        { due: '2020-07-01', principal: D('2000000') },
      ],
    };
    const d = deferToDate(loan, SME_2020);
    expect(d.deferredDues).toEqual(['2020-01-25', '2020-06-30']);
    expect(rows(d)).toEqual([
      '2020-01-24 30d 1000000.00 + 18125.00',
      '2020-06-30 158d 2000000.00 + 76366.67',
      '2020-07-01 1d 2000000.00 + 241.67',
    ]);
    expect(money(d)).toEqual({
      deferredPrincipal: '2000000.00',
      originalInterest: '75762.50',
      newInterest: '94733.34',
      extraInterest: '18970.84',
    });
  });

  it('merges the deferred principal with a payment already due on deferTo; interest accrues past kept payments', () => {
    // 银发〔2020〕122号 shape: due 2020-06-01..2020-12-31, deferred to at most 2021-03-31.
    const config = { window: { from: '2020-06-01', to: '2020-12-31' }, cap: '2021-03-31' };
    const loan: LoanSchedule = {
      principal: D('4000000'),
      annualRate: D('0.05'),
      disbursedOn: '2020-03-21',
      payments: [
        { due: '2020-09-21', principal: D('1000000') },
        { due: '2020-12-21', principal: D('1000000') },
        { due: '2021-03-21', principal: D('1000000') },
        { due: '2021-06-21', principal: D('1000000') },
      ],
    };
    const merged = deferToDate(loan, config, '2021-03-21');
    expect(merged.schedule.rows.map((r) => `${r.due} ${r.principal.toFixed(2)}`)).toEqual([
      '2021-03-21 3000000.00',
      '2021-06-21 1000000.00',
    ]);
    // 2020-03-21 -> 2021-03-21 = 365 d on 4M: 200,000 x 365 / 360 = 202,777.777... -> 202,777.78
    // 2021-03-21 -> 2021-06-21 =  92 d on 1M:  50,000 x 92 / 360 = 12,777.777... -> 12,777.78
    expect(merged.schedule.rows.map((r) => r.interest.toFixed(2))).toEqual(['202777.78', '12777.78']);

    const capped = deferToDate(loan, config);
    expect(capped.schedule.rows.map((r) => `${r.due} ${r.principal.toFixed(2)} ${r.outstanding.toFixed(2)}`)).toEqual([
      '2021-03-21 1000000.00 4000000.00',
      '2021-03-31 2000000.00 3000000.00',
      '2021-06-21 1000000.00 1000000.00',
    ]);
  });

  it('interest-only payments in the window are deferred too, to the same date, penalty-free', () => {
    // Quarterly interest, bullet principal 2020-08-20. Original interest:
    //   -> 2019-11-20 92 d: 55,583.33; -> 2020-02-20 92 d: 55,583.33; -> 2020-05-20 90 d: 217,500 x 90 / 360 = 54,375.00;
    //   -> 2020-08-20 92 d: 55,583.33; total 221,124.99.
    // Deferred (02-20 and 05-20 to 06-30, no principal moved):
    //   -> 2019-11-20 92 d: 55,583.33; -> 2020-06-30 223 d: 134,729.17; -> 2020-08-20 51 d: 217,500 x 51 / 360 = 30,812.50;
    //   total 221,125.00. The exact interest is the same (nothing compounds); the fen is per-payment rounding.
    const loan: LoanSchedule = {
      ...LOAN,
      payments: [
        { due: '2019-11-20', principal: D(0) },
        { due: '2020-02-20', principal: D(0) },
        { due: '2020-05-20', principal: D(0) },
        { due: '2020-08-20', principal: D('5000000') },
      ],
    };
    const d = deferToDate(loan, SME_2020);
    expect(d.deferredDues).toEqual(['2020-02-20', '2020-05-20']);
    expect(rows(d)).toEqual([
      '2019-11-20 92d 0.00 + 55583.33',
      '2020-06-30 223d 0.00 + 134729.17',
      '2020-08-20 51d 5000000.00 + 30812.50',
    ]);
    expect(money(d)).toEqual({ deferredPrincipal: '0.00', originalInterest: '221124.99', newInterest: '221125.00', extraInterest: '0.01' });
  });

  it('per-payment rounding can make a merged schedule cost one fen less', () => {
    // 1 yuan at 18%: 0.0005 a day. Payments on 01-11 (interest only) and 01-21 (principal), both deferred to 01-21.
    // Original: 10 d -> 0.005 -> 0.01, 10 d -> 0.01: total 0.02. Merged: 20 d -> 0.01 exactly. Extra -0.01.
    const loan: LoanSchedule = {
      principal: D(1),
      annualRate: D('0.18'),
      disbursedOn: '2020-01-01',
      payments: [
        { due: '2020-01-11', principal: D(0) },
        { due: '2020-01-21', principal: D(1) },
      ],
    };
    const d = deferToDate(loan, { window: { from: '2020-01-01', to: '2020-01-31' } }, '2020-01-21');
    expect(money(d)).toEqual({ deferredPrincipal: '1.00', originalInterest: '0.02', newInterest: '0.01', extraInterest: '-0.01' });
  });

  it('nothing due in the window: the schedule is unchanged', () => {
    const d = deferToDate(LOAN, { window: { from: '2020-03-01', to: '2020-06-30' }, cap: '2020-06-30' });
    expect(d.deferredDues).toEqual([]);
    expect(d.schedule).toBe(d.original);
    expect(money(d).extraInterest).toBe('0.00');
  });

  it('with no cap (银发〔2021〕81号 sets no end date) the request is required', () => {
    const open = { window: { from: '2020-01-25', to: '2020-06-30' } };
    const e = errorOf(() => deferToDate(LOAN, open));
    expect([e.code, e.path]).toEqual(['missing-defer-date', 'request.deferTo']);
    expect(deferToDate(LOAN, open, '2020-09-30').deferTo).toBe('2020-09-30');
    expect(errorOf(() => resolveDeferTo(open, '2020-09-31')).code).toBe('invalid-date');
  });

  it('validates the loan and the window', () => {
    expect(errorOf(() => deferToDate({ ...LOAN, principal: D(1) }, SME_2020)).code).toBe('sum-mismatch');
    expect(errorOf(() => deferToDate(LOAN, { window: { from: '2020-07-01', to: '2020-06-30' }, cap: '2020-06-30' })).code).toBe(
      'invalid-window',
    );
  });
});

describe('DeferToDateConfigSchema', () => {
  it('accepts the policies\' configurations as plain JSON', () => {
    expect(DeferToDateConfigSchema.parse(SME_2020)).toEqual(SME_2020);
    expect(DeferToDateConfigSchema.parse({ window: { from: '2021-04-01', to: '2021-12-31' } })).toEqual({
      window: { from: '2021-04-01', to: '2021-12-31' },
    });
  });

  it('rejects bad dates, reversed windows, caps before the window end and unknown keys', () => {
    const bad = [
      { window: { from: '2020-01-25', to: '2020-02-30' } },
      { window: { from: '2020-07-01', to: '2020-06-30' } },
      { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-29' },
      { window: { from: '2020-01-25', to: '2020-06-30' }, capp: '2020-06-30' },
      { window: { from: '2020-01-25', to: '2020-06-30', end: '2020-06-30' } },
    ];
    for (const c of bad) expect(DeferToDateConfigSchema.safeParse(c).success).toBe(false);
  });
});
