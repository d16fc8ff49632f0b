import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, expectSoundLoanDeferral, issuePaths, loanOf, rawLoanArb, scheduleOf, WORKED_LOAN, type Raw } from './deferral-fixtures';

const ID = 'cn.sme-loan-deferral.2020';
const AS_OF = '2020-03-15';
const run = (record: Raw, asOf = AS_OF) => evaluate(ID, record, asOf);
const withBorrower = (borrower: Raw | undefined): Raw => {
  const { borrower: _, ...rest } = WORKED_LOAN;
  return borrower ? { ...rest, borrower } : rest;
};

describe('cn.sme-loan-deferral.2020: the DOMAIN.md §4/§5 worked example', () => {
  // Original schedule (ACT/360, half-up per payment):
  //   2019-08-20 -> 2019-11-20 = 92 days: 5,000,000 x 0.0435 x 92 / 360 = 217,500 x 92 / 360 = 55,583.333 -> 55,583.33
  //   2019-11-20 -> 2020-02-20 = 92 days: 55,583.33 again; total 111,166.66
  // 2020-02-20 is in [2020-01-25, 2020-06-30]: its 5,000,000 moves to 2020-06-30.
  //   2019-11-20 -> 2020-06-30 = 10 + 31 + 31 + 29 + 31 + 30 + 31 + 30 = 223 days (2020 is a leap year):
  //   217,500 x 223 / 360 = 134,729.1666... -> 134,729.17
  //   new total 55,583.33 + 134,729.17 = 190,312.50; extra 190,312.50 - 111,166.66 = 79,145.84
  const expected = {
    schedule: [
      { due: '2019-11-20', principal: '0.00', interest: '55583.33' },
      { due: '2020-06-30', principal: '5000000.00', interest: '134729.17' },
    ],
    deferredPrincipal: '5000000.00',
    originalInterest: '111166.66',
    newInterest: '190312.50',
    extraInterest: '79145.84',
    deferredDues: ['2020-02-20'],
    deferTo: '2020-06-30',
  };

  it('a small borrower applying on 2020-03-15 is eligible and the payment moves to 2020-06-30', () => {
    const r = run(WORKED_LOAN);
    expect(r.status).toBe('eligible');
    expect(r.failed).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.criteria.map((c) => [c.id, c.result])).toEqual([['borrowerSize', 'pass']]);
    expect(r.criteria[0]?.cite).toBe('银保监发〔2020〕6号 art. 一');
    expect(r.outputs).toEqual(expected);
  });

  it('without a request the deferral runs to 2020-06-30 (the default)', () => {
    const { request: _, ...noRequest } = WORKED_LOAN;
    expect(run(noRequest).outputs).toEqual(expected);
  });

  it('a request after 2020-06-30 is capped: 2020-07-15 -> 2020-06-30', () => {
    expect(run({ ...WORKED_LOAN, request: { deferTo: '2020-07-15' } }).outputs).toEqual(expected);
  });

  it('an earlier request is honoured: 2020-05-31', () => {
    // 2019-11-20 -> 2020-05-31 = 193 days: 217,500 x 193 / 360 = 116,604.1666... -> 116,604.17
    // new 55,583.33 + 116,604.17 = 172,187.50; extra 172,187.50 - 111,166.66 = 61,020.84
    const r = run({ ...WORKED_LOAN, request: { deferTo: '2020-05-31' } });
    expect(scheduleOf(r)).toEqual(['2019-11-20 0.00 + 55583.33', '2020-05-31 5000000.00 + 116604.17']);
    expect(r.outputs['extraInterest']).toBe('61020.84');
    expect(r.outputs['deferTo']).toBe('2020-05-31');
  });

  it('a request on the due date itself keeps the schedule (extra 0.00)', () => {
    const r = run({ ...WORKED_LOAN, request: { deferTo: '2020-02-20' } });
    expect(scheduleOf(r)).toEqual(['2019-11-20 0.00 + 55583.33', '2020-02-20 5000000.00 + 55583.33']);
    expect(r.outputs['extraInterest']).toBe('0.00');
  });

  it('a request one day before a deferred payment is due is an error row at request.deferTo', () => {
    const r = run({ ...WORKED_LOAN, request: { deferTo: '2020-02-19' } });
    expect(r.status).toBe('error');
    expect(r.error?.code).toBe('INVALID_REQUEST');
    expect(issuePaths(r)).toEqual(['request.deferTo']);
    expect(r.outputs).toEqual({});
  });
});

describe('cn.sme-loan-deferral.2020: the window [2020-01-25, 2020-06-30]', () => {
  // 4,000,000 at 4.35% disbursed 2019-12-01, 1,000,000 due on each of 01-24, 01-25, 06-30, 07-01.
  // Original: 54 d x 174,000/360 = 26,100.00; 1 d x 130,500/360 = 362.50; 157 d x 87,000/360 = 37,941.666 -> 37,941.67;
  //           1 d x 43,500/360 = 120.833 -> 120.83; total 64,525.00.
  // Deferred: 01-25 and 06-30 are in the window (both ends included), 01-24 and 07-01 are not.
  //           01-24 -> 06-30 = 158 d x 130,500/360 = 57,275.00 on 2,000,000 due 06-30; 07-01 unchanged: 120.83.
  //           new 26,100.00 + 57,275.00 + 120.83 = 83,495.83; extra 18,970.83 (= 157 d x 43,500/360 = 18,970.833).
  const edges = loanOf({
    disbursedOn: '2019-12-01',
    rate: '0.0435',
    dues: ['2020-01-24', '2020-01-25', '2020-06-30', '2020-07-01'],
    amounts: ['1000000', '1000000', '1000000', '1000000'],
    borrower: { size: 'micro' },
  });

  it('moves a payment due on 2020-01-25 and on 2020-06-30, not on 2020-01-24 or 2020-07-01', () => {
    const r = run(edges);
    expect(scheduleOf(r)).toEqual(['2020-01-24 1000000.00 + 26100.00', '2020-06-30 2000000.00 + 57275.00', '2020-07-01 1000000.00 + 120.83']);
    expect(r.outputs['deferredDues']).toEqual(['2020-01-25', '2020-06-30']);
    expect(r.outputs['deferredPrincipal']).toBe('2000000.00');
    expect(r.outputs['originalInterest']).toBe('64525.00');
    expect(r.outputs['newInterest']).toBe('83495.83');
    expect(r.outputs['extraInterest']).toBe('18970.83');
  });

  it('a payment due 2020-06-30 is in the window: deferring to 2020-06-15 is before its due date (error)', () => {
    const r = run({ ...edges, request: { deferTo: '2020-06-15' } });
    expect(r.status).toBe('error');
    expect(issuePaths(r)).toEqual(['request.deferTo']);
  });

  it('interest-only dates in the window are deferred too (penalty-free)', () => {
    // 2020-03-20 (interest only) moves to 2020-06-30: one interest period 2019-09-20 -> 2020-06-30 instead of two.
    const r = run(loanOf({ disbursedOn: '2019-09-20', rate: '0.0435', dues: ['2020-03-20', '2020-09-20'], amounts: ['0', '5000000'], borrower: { size: 'small' } }));
    expect(r.outputs['deferredDues']).toEqual(['2020-03-20']);
    expect(r.outputs['deferredPrincipal']).toBe('0.00');
    expect((r.outputs['schedule'] as { due: string }[]).map((x) => x.due)).toEqual(['2020-06-30', '2020-09-20']);
  });

  it('a loan with nothing due in the window is eligible and unchanged', () => {
    const r = run(loanOf({ disbursedOn: '2020-01-01', rate: '0.0435', dues: ['2020-07-01'], amounts: ['100000'], borrower: { size: 'small' } }));
    expect(r.status).toBe('eligible');
    expect(r.outputs['deferredPrincipal']).toBe('0.00');
    expect(r.outputs['extraInterest']).toBe('0.00');
  });
});

describe('cn.sme-loan-deferral.2020: borrower size and Hubei (criterion borrowerSize)', () => {
  it.each(['micro', 'small', 'medium'])('a %s borrower is eligible anywhere', (size) => {
    expect(run(withBorrower({ size, regionCode: '650100' })).status).toBe('eligible');
  });

  it.each([['420100'], ['420000'], ['429999'], [420100]])('a large borrower in Hubei (%s) is eligible', (regionCode) => {
    expect(run(withBorrower({ size: 'large', regionCode })).status).toBe('eligible');
  });

  it.each(['419999', '430000', '650100'])('a large borrower outside Hubei (%s) is ineligible, without outputs', (regionCode) => {
    const r = run(withBorrower({ size: 'large', regionCode }));
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['borrowerSize']);
    expect(r.missing).toEqual([]);
    expect(r.outputs).toEqual({});
  });

  it('a large borrower without regionCode is undetermined, missing borrower.regionCode', () => {
    const r = run(withBorrower({ size: 'large' }));
    expect(r.status).toBe('undetermined');
    expect(r.failed).toEqual([]);
    expect(r.missing).toEqual(['borrower.regionCode']);
    expect(r.outputs['extraInterest']).toBe('79145.84');
  });

  it('an unknown size decides nothing outside Hubei (missing borrower.size) and does not matter inside', () => {
    expect(run(withBorrower({ regionCode: '650100' })).missing).toEqual(['borrower.size']);
    expect(run(withBorrower({ regionCode: '421000' })).status).toBe('eligible');
    expect(run(withBorrower(undefined)).missing).toEqual(['borrower.regionCode', 'borrower.size']);
  });

  it('an ineligible borrower with a bad request is simply ineligible (nothing is deferred)', () => {
    const r = run({ ...withBorrower({ size: 'large', regionCode: '650100' }), request: { deferTo: '2020-02-01' } });
    expect(r.status).toBe('ineligible');
  });
});

describe('cn.sme-loan-deferral.2020: effective from the notice (2020-03-01) to the latest date (2020-06-30)', () => {
  it.each([
    ['2020-02-29', 'error'],
    ['2020-03-01', 'eligible'],
    ['2020-06-30', 'eligible'],
    ['2020-07-01', 'error'],
  ])('asOf %s -> %s', (asOf, status) => {
    const r = run(WORKED_LOAN, asOf);
    expect(r.status).toBe(status);
    if (status === 'error') expect(r.error?.code).toBe('NOT_IN_FORCE');
  });
});

describe('cn.sme-loan-deferral.2020: properties', () => {
  it('conserves principal, never moves a payment earlier, moves everything in the window to one date <= 2020-06-30', () => {
    fc.assert(
      fc.property(rawLoanArb({ from: '2020-01-25', to: '2020-06-30' }, { deferTo: 'optional' }), (raw) => {
        const r = run(raw);
        expectSoundLoanDeferral(raw, r);
        const deferTo = r.outputs['deferTo'] as string;
        expect(deferTo <= '2020-06-30').toBe(true);
        const inWindow = (r.outputs['schedule'] as { due: string }[]).filter((x) => x.due >= '2020-01-25' && x.due <= '2020-06-30');
        expect(inWindow.every((x) => x.due === deferTo)).toBe(true);
      }),
    );
  });
});
