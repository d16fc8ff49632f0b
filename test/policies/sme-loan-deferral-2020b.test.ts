import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, expectSoundLoanDeferral, loanOf, rawLoanArb, scheduleOf, type Raw } from './deferral-fixtures';

const ID = 'cn.sme-loan-deferral.2020b';
const AS_OF = '2020-07-01';
const run = (record: Raw, asOf = AS_OF) => evaluate(ID, record, asOf);

/** 1,000,000 at 4.35% disbursed 2020-03-10, due in one payment on 2020-09-10. */
const loan = (borrower: Raw, deferTo?: string): Raw =>
  loanOf({ disbursedOn: '2020-03-10', rate: '0.0435', dues: ['2020-09-10'], amounts: ['1000000'], borrower, ...(deferTo ? { deferTo } : {}) });

describe('cn.sme-loan-deferral.2020b: inclusive small and micro loans due 2020-06-01..2020-12-31', () => {
  // Original: 2020-03-10 -> 2020-09-10 = 21 + 30 + 31 + 30 + 31 + 31 + 10 = 184 days:
  //   1,000,000 x 0.0435 = 43,500 a year; 43,500 x 184 / 360 = 22,233.333 -> 22,233.33
  // Deferred to 2021-03-31 (the latest date, also the default): 2020-03-10 -> 2021-03-31 = 365 + 21 = 386 days:
  //   43,500 x 386 / 360 = 46,641.666 -> 46,641.67; extra 46,641.67 - 22,233.33 = 24,408.34
  //   (exact extra: 202 days 2020-09-10 -> 2021-03-31 x 43,500 / 360 = 24,408.333).
  it('a small borrower with a 8,000,000 credit line: deferred to 2021-03-31 by default', () => {
    const r = run(loan({ size: 'small', creditLine: '8000000' }));
    expect(r.status).toBe('eligible');
    expect(r.criteria.map((c) => [c.id, c.result])).toEqual([['borrowerSize', 'pass'], ['creditLine', 'pass']]);
    expect(scheduleOf(r)).toEqual(['2021-03-31 1000000.00 + 46641.67']);
    expect(r.outputs).toMatchObject({ deferredPrincipal: '1000000.00', originalInterest: '22233.33', newInterest: '46641.67', extraInterest: '24408.34', deferTo: '2021-03-31' });
  });

  it('a request after 2021-03-31 is capped; an earlier one is honoured', () => {
    expect(run(loan({ size: 'micro' }, '2021-04-30')).outputs['deferTo']).toBe('2021-03-31');
    expect(run(loan({ size: 'micro' }, '2020-12-10')).outputs['deferTo']).toBe('2020-12-10');
  });

  it('a request before the due date is an error at request.deferTo', () => {
    const r = run(loan({ size: 'micro' }, '2020-09-09'));
    expect(r.status).toBe('error');
    expect(r.error?.issues.map((i) => i.path)).toEqual(['request.deferTo']);
  });
});

describe('cn.sme-loan-deferral.2020b: 普惠小微 (criteria borrowerSize and creditLine)', () => {
  it('a credit line of exactly 10,000,000 qualifies (“1000万元及以下”)', () => {
    expect(run(loan({ size: 'small', creditLine: '10000000' })).status).toBe('eligible');
  });

  it('10,000,000.01 does not', () => {
    const r = run(loan({ size: 'small', creditLine: '10000000.01' }));
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['creditLine']);
    expect(r.outputs).toEqual({});
  });

  it('an absent credit line does not block', () => {
    const r = run(loan({ size: 'micro' }));
    expect(r.status).toBe('eligible');
    expect(r.missing).toEqual([]);
  });

  it('medium and large borrowers are not 普惠小微', () => {
    expect(run(loan({ size: 'medium', creditLine: '5000000' })).failed).toEqual(['borrowerSize']);
    expect(run(loan({ size: 'large', creditLine: '20000000' })).failed).toEqual(['borrowerSize', 'creditLine']);
  });

  it('Hubei is no exception in this notice', () => {
    expect(run(loan({ size: 'large', regionCode: '420100' })).failed).toEqual(['borrowerSize']);
  });

  it('an unknown size is undetermined (missing borrower.size), unless the credit line already fails', () => {
    const r = run(loan({ creditLine: '9000000' }));
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['borrower.size']);
    expect(run(loan({ creditLine: '12000000' })).status).toBe('ineligible');
  });
});

describe('cn.sme-loan-deferral.2020b: the window edges and the effective dates', () => {
  const edges = loanOf({
    disbursedOn: '2020-05-01',
    rate: '0.0435',
    dues: ['2020-05-31', '2020-06-01', '2020-12-31', '2021-01-01'],
    amounts: ['100', '200', '300', '400'],
    borrower: { size: 'small' },
  });

  it('moves 2020-06-01 and 2020-12-31, not 2020-05-31 or 2021-01-01', () => {
    const r = run(edges);
    expect(r.outputs['deferredDues']).toEqual(['2020-06-01', '2020-12-31']);
    expect((r.outputs['schedule'] as { due: string; principal: string }[]).map((x) => `${x.due} ${x.principal}`)).toEqual([
      '2020-05-31 100.00',
      '2021-01-01 400.00',
      '2021-03-31 500.00',
    ]);
  });

  it.each([
    ['2020-05-31', 'error'],
    ['2020-06-01', 'eligible'],
    ['2021-03-31', 'eligible'],
    ['2021-04-01', 'error'],
  ])('asOf %s -> %s', (asOf, status) => {
    expect(run(edges, asOf).status).toBe(status);
  });

  it('property: principal conserved, nothing earlier, deferTo <= 2021-03-31', () => {
    fc.assert(
      fc.property(rawLoanArb({ from: '2020-06-01', to: '2020-12-31' }, { deferTo: 'optional' }), (raw) => {
        const r = run(raw);
        expectSoundLoanDeferral(raw, r);
        expect((r.outputs['deferTo'] as string) <= '2021-03-31').toBe(true);
      }),
    );
  });
});
