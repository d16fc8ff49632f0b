import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/models/issues';
import { LoanSchema } from '../../src/models/loan';

/** DOMAIN.md §4, verbatim. */
const DOMAIN_4 = `{ "id": "L1", "borrower": { "id": "E9", "size": "small", "keyEpidemicEnterprise": false, "creditLine": "8000000",
              "regionCode": "650100" },
  "principal": "5000000", "annualRate": "0.0435", "disbursedOn": "2019-08-20",
  "payments": [ { "due": "2019-11-20", "principal": "0" }, { "due": "2020-02-20", "principal": "5000000" } ],
  "request": { "deferTo": "2020-06-30" } }`;

const example = (): Record<string, unknown> => JSON.parse(DOMAIN_4);

function issuesOf(raw: unknown) {
  const r = parseModel(LoanSchema, raw);
  return r.ok ? [] : r.issues;
}

describe('LoanSchema', () => {
  it('parses the DOMAIN §4 example', () => {
    const r = parseModel(LoanSchema, example());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const loan = r.value;
    expect(loan.id).toBe('L1');
    expect(loan.borrower).toMatchObject({ id: 'E9', size: 'small', keyEpidemicEnterprise: false, regionCode: '650100' });
    expect(loan.borrower?.creditLine?.toString()).toBe('8000000');
    expect(loan.principal.toString()).toBe('5000000');
    expect(loan.annualRate.toString()).toBe('0.0435');
    expect(loan.disbursedOn).toBe('2019-08-20');
    expect(loan.payments.map((p) => [p.due, p.principal.toString()])).toEqual([
      ['2019-11-20', '0'],
      ['2020-02-20', '5000000'],
    ]);
    expect(loan.request).toEqual({ deferTo: '2020-06-30' });
  });

  it('borrower and request are optional; contract terms are required', () => {
    const { borrower: _b, request: _r, ...bare } = example();
    expect(LoanSchema.parse(bare).borrower).toBeUndefined();
    expect(LoanSchema.parse({ ...bare, request: null }).request).toBeUndefined();
    expect(issuesOf({})).toEqual([
      { path: 'principal', message: 'missing: expected a decimal string or number' },
      { path: 'annualRate', message: 'missing: expected a decimal string or number' },
      { path: 'disbursedOn', message: 'missing: expected a date string YYYY-MM-DD' },
      { path: 'payments', message: 'missing: expected an array' },
    ]);
  });

  it('payment principals must sum to the principal, reported at `payments`', () => {
    // 0 + 4,000,000 = 4,000,000 != 5,000,000
    const raw = { ...example(), payments: [{ due: '2019-11-20', principal: '0' }, { due: '2020-02-20', principal: '4000000' }] };
    expect(issuesOf(raw)).toEqual([
      { path: 'payments', message: 'payment principals sum to 4000000, not the loan principal 5000000' },
    ]);
    // exact decimals: 0.1 + 0.2 sums to 0.3 exactly (a float sum would not)
    const cents = { ...example(), principal: '0.3', payments: [{ due: '2019-11-20', principal: 0.1 }, { due: '2020-02-20', principal: 0.2 }] };
    expect(issuesOf(cents)).toEqual([]);
    const offByAFen = { ...example(), payments: [{ due: '2020-02-20', principal: '4999999.99' }] };
    expect(issuesOf(offByAFen)[0]?.message).toBe('payment principals sum to 4999999.99, not the loan principal 5000000');
  });

  it('payments are sorted by due date (equal dates allowed), none before disbursement', () => {
    const unsorted = { ...example(), payments: [{ due: '2020-02-20', principal: '5000000' }, { due: '2019-11-20', principal: '0' }] };
    expect(issuesOf(unsorted)).toEqual([
      { path: 'payments[1].due', message: 'payments must be sorted by due date: 2019-11-20 comes before the previous due date 2020-02-20' },
    ]);
    const sameDay = { ...example(), payments: [{ due: '2020-02-20', principal: '1' }, { due: '2020-02-20', principal: '4999999' }] };
    expect(issuesOf(sameDay)).toEqual([]);
    const early = { ...example(), payments: [{ due: '2019-08-19', principal: '5000000' }] };
    expect(issuesOf(early)).toEqual([
      { path: 'payments[0].due', message: 'due date 2019-08-19 is before the disbursement date 2019-08-20' },
    ]);
    const onTheDay = { ...example(), payments: [{ due: '2019-08-20', principal: '5000000' }] };
    expect(issuesOf(onTheDay)).toEqual([]);
  });

  it('reports bad payments at their own paths and skips the sum check then', () => {
    const raw = { ...example(), payments: [{ due: '2019-11-20', principal: 'x' }, { due: '2019-02-29', principal: '5000000' }] };
    expect(issuesOf(raw)).toEqual([
      { path: 'payments[0].principal', message: `expected a plain decimal such as "1234.50", got 'x'` },
      { path: 'payments[1].due', message: "'2019-02-29' is not a real calendar date" },
    ]);
    expect(issuesOf({ ...example(), payments: [] })).toEqual([{ path: 'payments', message: 'expected at least one payment' }]);
  });

  it('rejects a zero principal, a negative rate, unknown keys and a bad region code', () => {
    expect(issuesOf({ ...example(), principal: '0', payments: [{ due: '2020-02-20', principal: '0' }] })).toEqual([
      { path: 'principal', message: 'amount must be greater than 0, got 0' },
    ]);
    expect(issuesOf({ ...example(), annualRate: '-0.01' })).toEqual([
      { path: 'annualRate', message: 'rate must not be negative, got -0.01' },
    ]);
    expect(issuesOf({ ...example(), request: { deferTill: '2020-06-30' } })).toEqual([
      { path: 'request.deferTill', message: "unknown key 'deferTill'" },
    ]);
    expect(issuesOf({ ...example(), borrower: { regionCode: '42' } })).toEqual([
      { path: 'borrower.regionCode', message: `expected a 6-digit administrative division code such as "420100", got '42'` },
    ]);
  });
});
