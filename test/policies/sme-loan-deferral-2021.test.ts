import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, expectSoundLoanDeferral, loanOf, rawLoanArb, scheduleOf, type Raw } from './deferral-fixtures';

const ID = 'cn.sme-loan-deferral.2021';
const AS_OF = '2021-05-01';
const run = (record: Raw, asOf = AS_OF) => evaluate(ID, record, asOf);

/** 2,000,000 at 3.85% disbursed 2021-01-21, due in one payment on 2021-06-21. */
const loan = (borrower: Raw, deferTo?: string): Raw =>
  loanOf({ disbursedOn: '2021-01-21', rate: '0.0385', dues: ['2021-06-21'], amounts: ['2000000'], borrower, ...(deferTo ? { deferTo } : {}) });

describe('cn.sme-loan-deferral.2021: no end date in the text, so the request names it', () => {
  // Original: 2021-01-21 -> 2021-06-21 = 10 + 28 + 31 + 30 + 31 + 21 = 151 days:
  //   2,000,000 x 0.0385 = 77,000 a year; 77,000 x 151 / 360 = 32,297.222 -> 32,297.22
  // Deferred to the agreed 2022-03-31: 2021-01-21 -> 2022-03-31 = 365 + 31 + 28 + 10 = 434 days:
  //   77,000 x 434 / 360 = 92,827.777 -> 92,827.78; extra 92,827.78 - 32,297.22 = 60,530.56
  //   (exact extra: 283 days x 77,000 / 360 = 60,530.555).
  it('deferred to the agreed date', () => {
    const r = run(loan({ size: 'small', creditLine: '3000000' }, '2022-03-31'));
    expect(r.status).toBe('eligible');
    expect(scheduleOf(r)).toEqual(['2022-03-31 2000000.00 + 92827.78']);
    expect(r.outputs).toMatchObject({ originalInterest: '32297.22', newInterest: '92827.78', extraInterest: '60530.56', deferTo: '2022-03-31' });
  });

  it('there is no cap: a date years later is used as agreed', () => {
    expect(run(loan({ size: 'micro' }, '2025-01-01')).outputs['deferTo']).toBe('2025-01-01');
  });

  it('without request.deferTo the record is an error row at request.deferTo', () => {
    const r = run(loan({ size: 'small' }));
    expect(r.status).toBe('error');
    expect(r.error?.code).toBe('INVALID_REQUEST');
    expect(r.error?.issues.map((i) => i.path)).toEqual(['request.deferTo']);
  });

  it('a date before the due date is an error too', () => {
    expect(run(loan({ size: 'small' }, '2021-06-20')).status).toBe('error');
  });

  it('an ineligible borrower needs no request (nothing to defer)', () => {
    const r = run(loan({ size: 'medium' }));
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['borrowerSize']);
  });
});

describe('cn.sme-loan-deferral.2021: 普惠小微 and the window 2021-04-01..2021-12-31', () => {
  it('credit line 10,000,000 passes, 10,000,000.01 fails', () => {
    expect(run(loan({ size: 'small', creditLine: '10000000' }, '2021-12-31')).status).toBe('eligible');
    expect(run(loan({ size: 'small', creditLine: '10000000.01' }, '2021-12-31')).failed).toEqual(['creditLine']);
  });

  it('moves 2021-04-01 and 2021-12-31, not 2021-03-31 or 2022-01-01', () => {
    const r = run(
      loanOf({
        disbursedOn: '2021-03-01',
        rate: '0.04',
        dues: ['2021-03-31', '2021-04-01', '2021-12-31', '2022-01-01'],
        amounts: ['1', '2', '3', '4'],
        borrower: { size: 'micro' },
        deferTo: '2022-01-01',
      }),
    );
    expect(r.outputs['deferredDues']).toEqual(['2021-04-01', '2021-12-31']);
    expect((r.outputs['schedule'] as { due: string; principal: string }[]).map((x) => `${x.due} ${x.principal}`)).toEqual(['2021-03-31 1.00', '2022-01-01 9.00']);
  });

  it.each([
    ['2021-03-31', 'error'],
    ['2021-04-01', 'eligible'],
    ['2021-12-31', 'eligible'],
    ['2022-01-01', 'error'],
  ])('asOf %s -> %s', (asOf, status) => {
    expect(run(loan({ size: 'small' }, '2021-12-31'), asOf).status).toBe(status);
  });

  it('property: principal conserved, nothing earlier, the agreed date used as given', () => {
    fc.assert(
      fc.property(rawLoanArb({ from: '2021-04-01', to: '2021-12-31' }, { deferTo: 'required' }), (raw) => {
        const r = run(raw);
        expectSoundLoanDeferral(raw, r);
        expect(r.outputs['deferTo']).toBe((raw['request'] as { deferTo: string }).deferTo);
      }),
    );
  });
});
