import fc from 'fast-check';
import { expect } from 'vitest';
import { compile, getPolicy, type EvalResult, type Policy } from '../../src/index';
import { Decimal, ZERO } from '../../src/models/decimal';
import { compareDates, plusDays, type PlainDate } from '../../src/models/plain-date';

/** Fixtures and generators shared by the deferral policy tests (loans and leases as raw JSON records). */

/** A raw JSON record (what the CLI reads). */
export type Raw = Record<string, unknown>;

/** A catalog policy by id (fails the test when absent). */
export function policyOf(id: string): Policy {
  const p = getPolicy(id);
  if (!p) throw new Error(`no policy ${id}`);
  return p;
}

/** Evaluates a raw record with a catalog policy. */
export function evaluate(id: string, record: Raw, asOf: string): EvalResult {
  return compile(policyOf(id)).evaluate(record, { asOf });
}

/**
 * DOMAIN.md §4: 5,000,000 at 4.35% disbursed 2019-08-20, an interest-only date 2019-11-20
 * and the whole principal due 2020-02-20; a small borrower in Urumqi asking for 2020-06-30.
 */
export const WORKED_LOAN: Raw = {
  id: 'L1',
  borrower: { id: 'E9', size: 'small', keyEpidemicEnterprise: false, creditLine: '8000000', regionCode: '650100' },
  principal: '5000000',
  annualRate: '0.0435',
  disbursedOn: '2019-08-20',
  payments: [
    { due: '2019-11-20', principal: '0' },
    { due: '2020-02-20', principal: '5000000' },
  ],
  request: { deferTo: '2020-06-30' },
};

/** A loan of `amounts.length` payments (principal strings) on `dues`, for a borrower, optionally with a request. */
export function loanOf(opts: { disbursedOn: PlainDate; rate: string; dues: PlainDate[]; amounts: string[]; borrower?: Raw; deferTo?: PlainDate }): Raw {
  const principal = opts.amounts.reduce((s, a) => s.plus(a), ZERO);
  return {
    id: 'L',
    ...(opts.borrower ? { borrower: opts.borrower } : {}),
    principal: principal.toString(),
    annualRate: opts.rate,
    disbursedOn: opts.disbursedOn,
    payments: opts.dues.map((due, i) => ({ due, principal: opts.amounts[i] })),
    ...(opts.deferTo ? { request: { deferTo: opts.deferTo } } : {}),
  };
}

/** `[due, principal]` pairs of a schedule output. */
export function scheduleOf(r: EvalResult): string[] {
  const rows = r.outputs['schedule'] as { due: string; principal: string; interest: string }[];
  return rows.map((x) => `${x.due} ${x.principal} + ${x.interest}`);
}

/** The issue paths of an error row. */
export function issuePaths(r: EvalResult): string[] {
  return (r.error?.issues ?? []).map((i) => i.path);
}

/** Dated amounts as decimals. */
export type Dated = { due: string; amount: Decimal };

/** Amount paid on or before `t`. */
function paidBy(xs: readonly Dated[], t: string): Decimal {
  return xs.filter((x) => compareDates(x.due, t) <= 0).reduce((s, x) => s.plus(x.amount), ZERO);
}

/** Never earlier: at every date, no more has been paid under `after` than under `before`. */
export function neverEarlier(before: readonly Dated[], after: readonly Dated[]): boolean {
  return [...before, ...after].every((x) => paidBy(after, x.due).lte(paidBy(before, x.due)));
}

/** The total of dated amounts. */
export function total(xs: readonly Dated[]): Decimal {
  return xs.reduce((s, x) => s.plus(x.amount), ZERO);
}

/** A window of due dates and, optionally, the latest deferral date. */
export interface WindowTerms {
  from: PlainDate;
  to: PlainDate;
}

/**
 * Raw loans around a window: disbursed up to 200 days before it, 1..6 payments (same-day ones
 * included) at whole fen, often inside the window, sometimes after; the rate has 6 decimals.
 * `deferTo` is absent (when allowed) or on/after the window's end (so never before a deferred
 * due date); the borrower is small (covered by every SME notice).
 */
export function rawLoanArb(w: WindowTerms, opts: { deferTo: 'optional' | 'required' | 'none' }): fc.Arbitrary<Raw> {
  return fc
    .record({
      lead: fc.integer({ min: 0, max: 200 }),
      steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 75 }), fc.integer({ min: 0, max: 500_000_000 })), { minLength: 1, maxLength: 6 }),
      rateMicro: fc.integer({ min: 0, max: 150_000 }),
      deferDays: opts.deferTo === 'required' ? fc.integer({ min: 0, max: 400 }) : fc.option(fc.integer({ min: 0, max: 400 })),
    })
    .map(({ lead, steps, rateMicro, deferDays }) => {
      const disbursedOn = plusDays(w.from, -lead);
      let due = disbursedOn;
      const payments = steps.map(([gap, fen], i) => {
        due = plusDays(due, gap);
        const cents = i === steps.length - 1 ? fen + 1 : fen; // principal > 0
        return { due, principal: new Decimal(cents).div(100).toFixed(2) };
      });
      const principal = payments.reduce((s, p) => s.plus(p.principal), ZERO).toFixed(2);
      const deferTo = opts.deferTo === 'none' || deferDays === null ? undefined : plusDays(w.to, deferDays);
      return {
        id: 'G',
        borrower: { size: 'small' },
        principal,
        annualRate: new Decimal(rateMicro).div(1_000_000).toString(),
        disbursedOn,
        payments,
        ...(deferTo ? { request: { deferTo } } : {}),
      };
    });
}

/** Raw leases around a window: 1..8 instalments at whole fen, gaps of 0..60 days starting up to 120 days before it. */
export function rawLeaseArb(w: WindowTerms): fc.Arbitrary<Raw> {
  return fc
    .record({
      lead: fc.integer({ min: 0, max: 120 }),
      steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 50_000_000 })), { minLength: 1, maxLength: 8 }),
    })
    .map(({ lead, steps }) => {
      let due = plusDays(w.from, -lead);
      const payments = steps.map(([gap, fen]) => {
        due = plusDays(due, gap);
        return { due, amount: new Decimal(fen).div(100).toFixed(2) };
      });
      return { id: 'LS', equipmentValue: '19960000', payments };
    });
}

/** The raw loan's payments as dated amounts. */
export function loanPayments(raw: Raw): Dated[] {
  return (raw['payments'] as { due: string; principal: string }[]).map((p) => ({ due: p.due, amount: new Decimal(p.principal) }));
}

/** The schedule output as dated amounts. */
export function schedulePayments(r: EvalResult): Dated[] {
  return (r.outputs['schedule'] as { due: string; principal: string }[]).map((p) => ({ due: p.due, amount: new Decimal(p.principal) }));
}

/** Checks the outputs of an evaluated loan deferral: principal conserved, never earlier, interest consistent. */
export function expectSoundLoanDeferral(raw: Raw, r: EvalResult): void {
  expect(r.status).not.toBe('error');
  const before = loanPayments(raw);
  const after = schedulePayments(r);
  expect(total(after).eq(new Decimal(raw['principal'] as string))).toBe(true);
  expect(neverEarlier(before, after)).toBe(true);
  const o = r.outputs as Record<string, string>;
  const rows = r.outputs['schedule'] as { interest: string }[];
  expect(rows.reduce((s, x) => s.plus(x.interest), ZERO).eq(new Decimal(o['newInterest'] as string))).toBe(true);
  expect(new Decimal(o['newInterest'] as string).minus(o['originalInterest'] as string).eq(new Decimal(o['extraInterest'] as string))).toBe(true);
}
