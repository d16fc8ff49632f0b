import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusMonths } from '../../src/models/plain-date';
import { evaluate, expectSoundLoanDeferral, loanOf, rawLoanArb, scheduleOf, WORKED_LOAN, type Raw } from './deferral-fixtures';

const ID = 'urumqi.microloan-deferral.2020';
const AS_OF = '2020-02-10';
const run = (record: Raw, asOf = AS_OF) => evaluate(ID, record, asOf);
const moved = (dues: string[]) => {
  const amounts = dues.map(() => '1000');
  return run(loanOf({ disbursedOn: '2019-10-01', rate: '0.06', dues, amounts }));
};

describe('urumqi.microloan-deferral.2020 (illustrative): the seed case, 5,000,000 due in February deferred 3 months', () => {
  // The DOMAIN.md §4 loan: 5,000,000 at 4.35%, 2019-11-20 interest only, 2020-02-20 the whole principal.
  // Original total 111,166.66 (two periods of 92 days at 217,500 / 360 a day, 55,583.33 each).
  // 2020-02-20 + 3 months = 2020-05-20: 2019-11-20 -> 2020-05-20 = 30 + 31 + 31 + 29 + 31 + 30 = 182 days:
  //   217,500 x 182 / 360 = 109,958.333 -> 109,958.33; new 55,583.33 + 109,958.33 = 165,541.66
  //   extra 165,541.66 - 111,166.66 = 54,375.00 (= 90 days 2020-02-20 -> 2020-05-20 x 217,500 / 360 exactly).
  it('moves 2020-02-20 to 2020-05-20 and recomputes interest', () => {
    const r = run(WORKED_LOAN);
    expect(r.status).toBe('eligible');
    expect(r.criteria.map((c) => [c.id, c.result])).toEqual([['dueInWindow', 'pass']]);
    expect(r.outputs).toEqual({
      schedule: [
        { due: '2019-11-20', principal: '0.00', interest: '55583.33' },
        { due: '2020-05-20', principal: '5000000.00', interest: '109958.33' },
      ],
      deferredPrincipal: '5000000.00',
      originalInterest: '111166.66',
      newInterest: '165541.66',
      extraInterest: '54375.00',
      deferredDues: ['2020-02-20'],
      moves: [{ from: '2020-02-20', to: '2020-05-20' }],
    });
  });

  it('ignores the request: the deferral is 3 months, not to a date', () => {
    expect(run({ ...WORKED_LOAN, request: { deferTo: '2020-03-01' } }).outputs['moves']).toEqual([{ from: '2020-02-20', to: '2020-05-20' }]);
  });
});

describe('urumqi.microloan-deferral.2020: month ends, merges and the window [2020-01-24, 2020-06-30]', () => {
  it('Nov 30 + 3 months = Feb 29 in 2020 (the clamp), but 2019-11-30 is before the window and stays', () => {
    expect(plusMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(plusMonths('2020-11-30', 3)).toBe('2021-02-28');
    const r = moved(['2019-11-30', '2020-02-20']);
    expect(r.outputs['moves']).toEqual([{ from: '2020-02-20', to: '2020-05-20' }]);
  });

  it('clamps to the month end inside the window: 01-31 -> 04-30, 03-31 -> 06-30; 05-31 -> 08-31 unclamped', () => {
    const r = moved(['2020-01-31', '2020-03-31', '2020-05-31']);
    expect(r.outputs['moves']).toEqual([
      { from: '2020-01-31', to: '2020-04-30' },
      { from: '2020-03-31', to: '2020-06-30' },
      { from: '2020-05-31', to: '2020-08-31' },
    ]);
  });

  it('a payment moved into the window is not moved again (01-31 -> 04-30 stays)', () => {
    const r = moved(['2020-01-31']);
    expect((r.outputs['schedule'] as { due: string }[]).map((x) => x.due)).toEqual(['2020-04-30']);
  });

  it('payments landing on the same date merge, with a payment already due that day', () => {
    // 03-30 and 03-31 both land on 06-30; 04-20 lands on 07-20 where a payment outside the window is due.
    const r = moved(['2020-03-30', '2020-03-31', '2020-04-20', '2020-07-20']);
    expect((r.outputs['schedule'] as { due: string; principal: string }[]).map((x) => `${x.due} ${x.principal}`)).toEqual([
      '2020-06-30 2000.00',
      '2020-07-20 2000.00',
    ]);
    expect(r.outputs['deferredPrincipal']).toBe('3000.00');
  });

  it('edges: 2020-01-24 and 2020-06-30 move, 2020-01-23 and 2020-07-01 do not', () => {
    const r = moved(['2020-01-23', '2020-01-24', '2020-06-30', '2020-07-01']);
    expect(r.outputs['moves']).toEqual([
      { from: '2020-01-24', to: '2020-04-24' },
      { from: '2020-06-30', to: '2020-09-30' },
    ]);
  });

  it('a loan with nothing due in the window is ineligible (criterion dueInWindow), without outputs', () => {
    const r = moved(['2020-01-23', '2020-07-01']);
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['dueInWindow']);
    expect(r.outputs).toEqual({});
  });

  it('is marked illustrative and cites the seed article', () => {
    const r = run(WORKED_LOAN);
    expect(r.criteria[0]?.cite).toContain('乌鲁木齐高新区多项金融扶持政策');
  });

  it.each([
    ['2020-01-23', 'error'],
    ['2020-01-24', 'eligible'],
    ['2020-06-30', 'eligible'],
    ['2020-07-01', 'error'],
  ])('asOf %s -> %s', (asOf, status) => {
    expect(run(WORKED_LOAN, asOf).status).toBe(status);
  });

  it('property: principal conserved, nothing earlier, every move is exactly 3 months (month-end clamped)', () => {
    fc.assert(
      fc.property(rawLoanArb({ from: '2020-01-24', to: '2020-06-30' }, { deferTo: 'none' }), (raw) => {
        const r = run(raw);
        if (r.status === 'ineligible') return;
        expectSoundLoanDeferral(raw, r);
        for (const m of r.outputs['moves'] as { from: string; to: string }[]) expect(m.to).toBe(plusMonths(m.from, 3));
      }),
    );
  });
});
