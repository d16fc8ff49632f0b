import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, expectSoundLoanDeferral, loanOf, rawLoanArb, scheduleOf, type Raw } from './deferral-fixtures';

const ID = 'cn.sme-loan-deferral.2022q4';
const AS_OF = '2022-12-01';
const run = (record: Raw, asOf = AS_OF) => evaluate(ID, record, asOf);

/** 3,000,000 at 3.65% disbursed 2022-05-15, due in one payment on 2022-11-15. */
const loan = (borrower: Raw, deferTo?: string): Raw =>
  loanOf({ disbursedOn: '2022-05-15', rate: '0.0365', dues: ['2022-11-15'], amounts: ['3000000'], borrower, ...(deferTo ? { deferTo } : {}) });

describe('cn.sme-loan-deferral.2022q4: small and micro loans due in Q4 2022, to 2023-06-30 at the latest', () => {
  // Original: 2022-05-15 -> 2022-11-15 = 16 + 30 + 31 + 31 + 30 + 31 + 15 = 184 days:
  //   3,000,000 x 0.0365 = 109,500 a year; 109,500 x 184 / 360 = 55,966.666 -> 55,966.67
  // Deferred to 2023-06-30 (default): 2022-05-15 -> 2023-06-30 = 365 + 16 + 30 = 411 days:
  //   109,500 x 411 / 360 = 125,012.50; extra 125,012.50 - 55,966.67 = 69,045.83
  //   (exact: 227 days 2022-11-15 -> 2023-06-30 x 109,500 / 360 = 69,045.833), at the contract rate, no penalty.
  it('a small borrower: deferred to 2023-06-30 by default', () => {
    const r = run(loan({ size: 'small' }));
    expect(r.status).toBe('eligible');
    expect(scheduleOf(r)).toEqual(['2023-06-30 3000000.00 + 125012.50']);
    expect(r.outputs).toMatchObject({ originalInterest: '55966.67', newInterest: '125012.50', extraInterest: '69045.83', deferTo: '2023-06-30' });
  });

  it('capped at 2023-06-30', () => {
    expect(run(loan({ size: 'micro' }, '2023-07-31')).outputs['deferTo']).toBe('2023-06-30');
    expect(run(loan({ size: 'micro' }, '2023-06-29')).outputs['deferTo']).toBe('2023-06-29');
  });

  it('no credit-line limit in this notice; medium and large borrowers are out', () => {
    expect(run(loan({ size: 'small', creditLine: '50000000' })).status).toBe('eligible');
    expect(run(loan({ size: 'medium' })).failed).toEqual(['borrowerSize']);
    expect(run(loan({})).missing).toEqual(['borrower.size']);
  });

  it('moves 2022-10-01 and 2022-12-31, not 2022-09-30 or 2023-01-01', () => {
    const r = run(
      loanOf({
        disbursedOn: '2022-09-01',
        rate: '0.0365',
        dues: ['2022-09-30', '2022-10-01', '2022-12-31', '2023-01-01'],
        amounts: ['10', '20', '30', '40'],
        borrower: { size: 'small' },
      }),
    );
    expect(r.outputs['deferredDues']).toEqual(['2022-10-01', '2022-12-31']);
    expect((r.outputs['schedule'] as { due: string }[]).map((x) => x.due)).toEqual(['2022-09-30', '2023-01-01', '2023-06-30']);
  });

  it.each([
    ['2022-11-13', 'error'],
    ['2022-11-14', 'eligible'],
    ['2023-06-30', 'eligible'],
    ['2023-07-01', 'error'],
  ])('asOf %s -> %s', (asOf, status) => {
    expect(run(loan({ size: 'small' }), asOf).status).toBe(status);
  });

  it('property: principal conserved, nothing earlier, deferTo <= 2023-06-30', () => {
    fc.assert(
      fc.property(rawLoanArb({ from: '2022-10-01', to: '2022-12-31' }, { deferTo: 'optional' }), (raw) => {
        const r = run(raw);
        expectSoundLoanDeferral(raw, r);
        expect((r.outputs['deferTo'] as string) <= '2023-06-30').toBe(true);
      }),
    );
  });
});
