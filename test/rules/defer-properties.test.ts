import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/models/decimal';
import { compareDates, plusDays, plusMonths, type PlainDate } from '../../src/models/plain-date';
import { deferByMonths } from '../../src/rules/defer-by-months';
import { deferToDate, type DeferToDateConfig } from '../../src/rules/defer-to-date';
import type { LoanDeferral } from '../../src/rules/deferral-outcome';
import { isInWindow, type DeferralWindow } from '../../src/rules/deferral-window';
import { deferLease } from '../../src/rules/lease-deferral';
import type { LoanSchedule } from '../../src/rules/schedule-interest';
import { exactInterest, loanArb, neverEarlier, windowArb } from './schedule-arbitraries';

interface ToDateCase {
  loan: LoanSchedule;
  config: DeferToDateConfig;
  requested: PlainDate | undefined;
}

const sum = (xs: readonly { principal: Decimal }[]): Decimal => xs.reduce((s, x) => s.plus(x.principal), ZERO);
const inWindow = (loan: LoanSchedule, w: DeferralWindow) => loan.payments.filter((p) => isInWindow(p.due, w));

/** A valid deferral to a date: the request, when any, is on or after every deferred due date. */
const toDateCase = (rate?: fc.Arbitrary<number>): fc.Arbitrary<ToDateCase> =>
  loanArb(rate).chain((loan) =>
    windowArb(loan).chain((window) => {
      const last = inWindow(loan, window).at(-1)?.due ?? window.from;
      return fc
        .record({
          capDays: fc.option(fc.integer({ min: 0, max: 200 })),
          requestDays: fc.option(fc.integer({ min: 0, max: 300 })),
        })
        .map(({ capDays, requestDays }) => {
          const cap = capDays === null && requestDays === null ? window.to : capDays === null ? undefined : plusDays(window.to, capDays);
          const requested = requestDays === null ? undefined : plusDays(last, requestDays);
          return { loan, config: cap === undefined ? { window } : { window, cap }, requested };
        });
    }),
  );

const byMonthsCase = (rate?: fc.Arbitrary<number>) =>
  loanArb(rate).chain((loan) => fc.record({ loan: fc.constant(loan), window: windowArb(loan), months: fc.integer({ min: 1, max: 14 }) }));

/** Splits payment `index` into two payments on the same day (the first takes `fen` / 100, at most the whole). */
const splitAt = (loan: LoanSchedule, index: number, fen: number): LoanSchedule => ({
  ...loan,
  payments: loan.payments.flatMap((p, i) => {
    if (i !== index) return [p];
    const a = Decimal.min(new Decimal(fen).div(100), p.principal);
    return [
      { due: p.due, principal: a },
      { due: p.due, principal: p.principal.minus(a) },
    ];
  }),
});

/** Interest properties every loan deferral must have. */
function checkInterest(loan: LoanSchedule, d: LoanDeferral): void {
  for (const r of [...d.original.rows, ...d.schedule.rows]) expect(r.interest.decimalPlaces()).toBeLessThanOrEqual(2);
  expect(d.extraInterest.eq(d.newInterest.minus(d.originalInterest))).toBe(true);
  // Deferral keeps principal outstanding at least as long, so the exact accrual never falls; per-payment
  // rounding to the fen (at most half a fen a row) is the only way the rounded total can.
  expect(exactInterest(d.schedule, loan.annualRate).gte(exactInterest(d.original, loan.annualRate))).toBe(true);
  const slack = new Decimal('0.005').times(d.original.rows.length + d.schedule.rows.length);
  expect(d.newInterest.gte(d.originalInterest.minus(slack))).toBe(true);
}

describe('deferToDate: properties', () => {
  it('conserves principal, never moves a payment earlier, empties the window except deferTo', () => {
    fc.assert(
      fc.property(toDateCase(), ({ loan, config, requested }) => {
        const d = deferToDate(loan, config, requested);
        expect(sum(d.schedule.rows).eq(loan.principal)).toBe(true);
        expect(d.deferredPrincipal.eq(sum(inWindow(loan, config.window)))).toBe(true);
        expect(neverEarlier(d.original.rows, d.schedule.rows)).toBe(true);
        expect(d.deferredDues.every((due) => compareDates(due, d.deferTo) <= 0)).toBe(true);
        if (config.cap !== undefined) expect(compareDates(d.deferTo, config.cap)).toBeLessThanOrEqual(0);
        const left = d.schedule.rows.filter((r) => isInWindow(r.due, config.window) && r.due !== d.deferTo);
        expect(left).toEqual([]);
      }),
    );
  });

  it('with a positive rate the interest accrued never falls; rounded totals only by the fen roundings', () => {
    fc.assert(
      fc.property(toDateCase(fc.integer({ min: 1, max: 200_000 })), ({ loan, config, requested }) =>
        checkInterest(loan, deferToDate(loan, config, requested)),
      ),
    );
  });

  it('a zero payment moved a day later keeps the exact accrual equal (found by fast-check, seed 1842897621)', () => {
    // Same outstanding over the same 46 days split 32+14 versus 33+13: the reference sum must compare equal.
    const loan: LoanSchedule = {
      principal: new Decimal('0.07'),
      annualRate: new Decimal('0.096541'),
      disbursedOn: '2018-01-01',
      payments: [
        { due: '2018-02-02', principal: new Decimal(0) },
        { due: '2018-02-16', principal: new Decimal('0.07') },
      ],
    };
    const d = deferToDate(loan, { window: { from: '2018-01-01', to: '2018-02-02' } }, '2018-02-03');
    expect(d.deferTo).toBe('2018-02-03');
    expect(exactInterest(d.schedule, loan.annualRate).eq(exactInterest(d.original, loan.annualRate))).toBe(true);
    checkInterest(loan, d);
  });

  it('with rate 0 all interest stays 0', () => {
    fc.assert(
      fc.property(toDateCase(fc.constant(0)), ({ loan, config, requested }) => {
        const d = deferToDate(loan, config, requested);
        return d.originalInterest.isZero() && d.newInterest.isZero();
      }),
    );
  });

  it('splitting a payment into two same-day payments changes neither the deferred principal nor the interest', () => {
    fc.assert(
      fc.property(
        toDateCase().chain((c) => fc.record({ c: fc.constant(c), index: fc.nat(c.loan.payments.length - 1), fen: fc.nat(1_000_000_000) })),
        ({ c, index, fen }) => {
          const whole = deferToDate(c.loan, c.config, c.requested);
          const split = deferToDate(splitAt(c.loan, index, fen), c.config, c.requested);
          expect(split.deferredPrincipal.eq(whole.deferredPrincipal)).toBe(true);
          expect(split.newInterest.eq(whole.newInterest)).toBe(true);
          expect(split.originalInterest.eq(whole.originalInterest)).toBe(true);
        },
      ),
    );
  });
});

describe('deferByMonths: properties', () => {
  it('conserves principal, moves each deferred payment exactly n months later, sorted', () => {
    fc.assert(
      fc.property(byMonthsCase(), ({ loan, window, months }) => {
        const d = deferByMonths(loan, { window, months });
        expect(sum(d.schedule.rows).eq(loan.principal)).toBe(true);
        expect(d.deferredPrincipal.eq(sum(inWindow(loan, window)))).toBe(true);
        expect(neverEarlier(d.original.rows, d.schedule.rows)).toBe(true);
        for (const m of d.moves) {
          expect(m.to).toBe(plusMonths(m.from, months));
          expect(compareDates(m.from, m.to)).toBeLessThan(0);
        }
        const dues = d.schedule.rows.map((r) => r.due);
        expect([...dues].sort(compareDates)).toEqual(dues);
      }),
    );
  });

  it('interest: accrual never falls with a positive rate, stays 0 at rate 0', () => {
    fc.assert(
      fc.property(byMonthsCase(fc.integer({ min: 1, max: 200_000 })), ({ loan, window, months }) =>
        checkInterest(loan, deferByMonths(loan, { window, months })),
      ),
    );
    fc.assert(
      fc.property(byMonthsCase(fc.constant(0)), ({ loan, window, months }) =>
        deferByMonths(loan, { window, months }).newInterest.isZero(),
      ),
    );
  });

  it('splitting a payment into two same-day payments changes neither the deferred principal nor the interest', () => {
    fc.assert(
      fc.property(
        byMonthsCase().chain((c) => fc.record({ c: fc.constant(c), index: fc.nat(c.loan.payments.length - 1), fen: fc.nat(1_000_000_000) })),
        ({ c, index, fen }) => {
          const config = { window: c.window, months: c.months };
          const whole = deferByMonths(c.loan, config);
          const split = deferByMonths(splitAt(c.loan, index, fen), config);
          expect(split.deferredPrincipal.eq(whole.deferredPrincipal)).toBe(true);
          expect(split.newInterest.eq(whole.newInterest)).toBe(true);
        },
      ),
    );
  });
});

describe('deferLease: properties', () => {
  it('keeps the total, defers exactly the rent due in the window, never earlier', () => {
    fc.assert(
      fc.property(byMonthsCase(), ({ loan, window, months }) => {
        const rent = { payments: loan.payments.map((p) => ({ due: p.due, amount: p.principal })) };
        const d = deferLease(rent, { window, months });
        const asRows = (ps: readonly { due: PlainDate; amount: Decimal }[]) => ps.map((p) => ({ due: p.due, principal: p.amount }));
        expect(d.totalAfter.eq(d.totalBefore)).toBe(true);
        expect(d.totalBefore.eq(loan.principal)).toBe(true);
        expect(d.deferredAmount.eq(sum(inWindow(loan, window)))).toBe(true);
        expect(neverEarlier(asRows(rent.payments), asRows(d.payments))).toBe(true);
      }),
    );
  });
});
