import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { evaluate, neverEarlier, rawLeaseArb, total, type Dated, type Raw } from './deferral-fixtures';

const ID = 'urumqi.lease-deferral.2020';
const AS_OF = '2020-04-09';
const run = (record: Raw, asOf = AS_OF) => evaluate(ID, record, asOf);
const lease = (dues: string[], amount = '92000'): Raw => ({
  id: 'LS1',
  lessee: { name: '新疆中闽金业珠宝首饰有限公司', regionCode: '650100' },
  equipmentValue: '19960000',
  payments: dues.map((due) => ({ due, amount })),
});
const rows = (r: { outputs: Record<string, unknown> }) => (r.outputs['payments'] as { due: string; amount: string }[]).map((x) => `${x.due} ${x.amount}`);
const dated = (xs: { due: string; amount: string }[]): Dated[] => xs.map((x) => ({ due: x.due, amount: new Decimal(x.amount) }));

describe('urumqi.lease-deferral.2020 (illustrative): the seed case, 276,000 of fees on 19,960,000 of equipment', () => {
  // Monthly fees of 92,000 on the 15th, 2020-01-15 .. 2020-06-15. In [2020-01-24, 2020-04-30]: 02-15, 03-15, 04-15,
  // 3 x 92,000 = 276,000 (the seed's 27.6万). Each moves 3 months: to 05-15, 06-15, 07-15, merging with the fees
  // already due on 05-15 and 06-15. No charge: 6 x 92,000 = 552,000 before and after.
  it('defers 276,000.00 three months, free of charge', () => {
    const r = run(lease(['2020-01-15', '2020-02-15', '2020-03-15', '2020-04-15', '2020-05-15', '2020-06-15']));
    expect(r.status).toBe('eligible');
    expect(r.outputs['deferredAmount']).toBe('276000.00');
    expect(rows(r)).toEqual(['2020-01-15 92000.00', '2020-05-15 184000.00', '2020-06-15 184000.00', '2020-07-15 92000.00']);
    expect(r.outputs['totalBefore']).toBe('552000.00');
    expect(r.outputs['totalAfter']).toBe('552000.00');
    expect(r.outputs['deferredDues']).toEqual(['2020-02-15', '2020-03-15', '2020-04-15']);
  });

  it('edges: 2020-01-24 and 2020-04-30 move, 2020-01-23 and 2020-05-01 do not', () => {
    const r = run(lease(['2020-01-23', '2020-01-24', '2020-04-30', '2020-05-01'], '1000'));
    expect(r.outputs['deferredDues']).toEqual(['2020-01-24', '2020-04-30']);
    expect(rows(r)).toEqual(['2020-01-23 1000.00', '2020-04-24 1000.00', '2020-05-01 1000.00', '2020-07-30 1000.00']);
    expect(r.outputs['deferredAmount']).toBe('2000.00');
  });

  it('month-end clamp: 2020-01-31 -> 2020-04-30, not moved a second time', () => {
    expect(rows(run(lease(['2020-01-31'], '5')))).toEqual(['2020-04-30 5.00']);
  });

  it('a lease with nothing due in the window is ineligible (dueInWindow), without outputs', () => {
    const r = run(lease(['2020-01-15', '2020-05-15']));
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['dueInWindow']);
    expect(r.outputs).toEqual({});
  });

  it.each([
    ['2020-01-23', 'error'],
    ['2020-01-24', 'eligible'],
    ['2020-04-30', 'eligible'],
    ['2020-05-01', 'error'],
  ])('asOf %s -> %s', (asOf, status) => {
    expect(run(lease(['2020-02-15']), asOf).status).toBe(status);
  });

  it('property: the fees are conserved, none falls due earlier, the deferred amount is what left the window', () => {
    fc.assert(
      fc.property(rawLeaseArb({ from: '2020-01-24', to: '2020-04-30' }), (raw) => {
        const r = run(raw);
        if (r.status === 'ineligible') return;
        expect(r.status).toBe('eligible');
        const before = dated(raw['payments'] as { due: string; amount: string }[]);
        const after = dated(r.outputs['payments'] as { due: string; amount: string }[]);
        expect(total(after).eq(total(before))).toBe(true);
        expect(neverEarlier(before, after)).toBe(true);
        const inWindow = before.filter((x) => x.due >= '2020-01-24' && x.due <= '2020-04-30');
        expect(new Decimal(r.outputs['deferredAmount'] as string).eq(total(inWindow))).toBe(true);
      }),
    );
  });
});
