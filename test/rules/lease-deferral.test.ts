import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { plusMonths } from '../../src/models/plain-date';
import { LeaseDeferralConfigSchema, deferLease, type LeaseDeferral, type LeaseRent } from '../../src/rules/lease-deferral';
import { ScheduleError } from '../../src/rules/schedule-error';

const D = (s: string | number): Decimal => new Decimal(s);
const show = (d: LeaseDeferral): string[] => d.payments.map((p) => `${p.due} ${p.amount.toFixed(2)}`);

/** urumqi.lease-deferral.2020 (illustrative): rent due 2020-01-24..2020-04-30 moves 3 months. */
const URUMQI = { window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 };

/** Monthly rent of 92,000 on the 15th, January to December 2020 (1,104,000 a year). */
const RENT: LeaseRent = {
  payments: Array.from({ length: 12 }, (_, i) => ({ due: plusMonths('2020-01-15', i), amount: D('92000') })),
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

describe('deferLease', () => {
  it('defers 27.6万 of rent due in the window by 3 months, at no charge', () => {
    // In the window: Feb 15, Mar 15, Apr 15 = 3 x 92,000 = 276,000.00 (27.6万); Jan 15 is before Jan 24.
    // They land on May 15, Jun 15, Jul 15, each merging with that month's own rent: 184,000.00.
    // Totals: 12 x 92,000 = 1,104,000.00 before and after.
    const d = deferLease(RENT, URUMQI);
    expect(d.deferredAmount.toFixed(2)).toBe('276000.00');
    expect(d.deferredDues).toEqual(['2020-02-15', '2020-03-15', '2020-04-15']);
    expect(show(d)).toEqual([
      '2020-01-15 92000.00',
      '2020-05-15 184000.00',
      '2020-06-15 184000.00',
      '2020-07-15 184000.00',
      '2020-08-15 92000.00',
      '2020-09-15 92000.00',
      '2020-10-15 92000.00',
      '2020-11-15 92000.00',
      '2020-12-15 92000.00',
    ]);
    expect([d.totalBefore.toFixed(2), d.totalAfter.toFixed(2)]).toEqual(['1104000.00', '1104000.00']);
  });

  it('window bounds are inclusive; month ends clamp; a moved instalment is not moved again', () => {
    const rent: LeaseRent = {
      payments: [
        { due: '2020-01-23', amount: D('1000.00') },
        { due: '2020-01-24', amount: D('2000.00') },
        { due: '2020-01-31', amount: D('3000.00') },
        { due: '2020-04-30', amount: D('4000.00') },
        { due: '2020-05-01', amount: D('5000.00') },
      ],
    };
    const d = deferLease(rent, URUMQI);
    // 01-24 -> 04-24; 01-31 -> 04-30 (April has 30 days), landing in the window but not moved again,
    // and merging with nothing there since the 04-30 instalment itself moves to 07-30.
    expect(d.moves).toEqual([
      { from: '2020-01-24', to: '2020-04-24' },
      { from: '2020-01-31', to: '2020-04-30' },
      { from: '2020-04-30', to: '2020-07-30' },
    ]);
    expect(show(d)).toEqual(['2020-01-23 1000.00', '2020-04-24 2000.00', '2020-04-30 3000.00', '2020-05-01 5000.00', '2020-07-30 4000.00']);
    expect(d.deferredAmount.toFixed(2)).toBe('9000.00');
  });

  it('nothing in the window: the rent is unchanged', () => {
    const d = deferLease({ payments: [{ due: '2020-05-15', amount: D(10) }] }, URUMQI);
    expect(show(d)).toEqual(['2020-05-15 10.00']);
    expect(d.deferredAmount.isZero()).toBe(true);
  });

  it('rejects unsorted or negative instalments, bad dates and bad months', () => {
    const unsorted = { payments: [...RENT.payments].reverse() };
    expect([errorOf(() => deferLease(unsorted, URUMQI)).code, errorOf(() => deferLease(unsorted, URUMQI)).path]).toEqual([
      'unsorted',
      'payments[1].due',
    ]);
    expect(errorOf(() => deferLease({ payments: [{ due: '2020-02-15', amount: D(-1) }] }, URUMQI)).path).toBe('payments[0].amount');
    expect(errorOf(() => deferLease({ payments: [{ due: '2020-02-30', amount: D(1) }] }, URUMQI)).code).toBe('invalid-date');
    expect(errorOf(() => deferLease(RENT, { ...URUMQI, months: 0 })).code).toBe('invalid-months');
  });
});

describe('LeaseDeferralConfigSchema', () => {
  it('accepts plain JSON and rejects bad data', () => {
    expect(LeaseDeferralConfigSchema.parse(URUMQI)).toEqual(URUMQI);
    expect(LeaseDeferralConfigSchema.safeParse({ window: URUMQI.window }).success).toBe(false);
    expect(LeaseDeferralConfigSchema.safeParse({ ...URUMQI, months: 3.5 }).success).toBe(false);
    expect(LeaseDeferralConfigSchema.safeParse({ ...URUMQI, window: { from: '2020-1-24', to: '2020-04-30' } }).success).toBe(false);
  });
});
