import { describe, expect, it } from 'vitest';
import type { EvalResult, Status } from '../../src/engine/result';
import { budgetAllocateBatch } from '../../src/rules/functions/budget-batch';
import { configIssues, outputBoolean, outputDecimal, outputString, outputStrings, rowCounted } from '../../src/rules/functions/batch-rows';
import { guaranteePortfolioBatch, GuaranteePortfolioConfigSchema, summarizeGuarantees } from '../../src/rules/functions/portfolio-batch';
import { portfolioTotalsBatch } from '../../src/rules/functions/portfolio-totals-batch';
import { tallyListBatch } from '../../src/rules/functions/tally-batch';

// Edge cases of the batch functions (row filters, output readers, summaries), written to kill
// the mutants Stryker left alive (docs/testing.md, Mutation testing).

const row = (outputs: Record<string, unknown>, status: Status = 'eligible', id?: string): EvalResult =>
  ({ ...(id === undefined ? {} : { id }), policy: 'p', asOf: '2020-03-31', status, criteria: [], failed: [], missing: [], outputs }) as EvalResult;
const thrownMessage = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('batch rows', () => {
  it('filters: errors never count; eligible rows count for every filter', () => {
    const all: Status[] = ['eligible', 'ineligible', 'undetermined', 'error'];
    expect(all.map((s) => rowCounted(s, 'all'))).toEqual([true, true, true, false]);
    expect(all.map((s) => rowCounted(s, 'eligible'))).toEqual([true, false, false, false]);
    expect(all.map((s) => rowCounted(s, 'notIneligible'))).toEqual([true, false, true, false]);
  });
  it('configuration issues are listed by dotted path', () => {
    expect(configIssues(GuaranteePortfolioConfigSchema, { fields: { amount: '' } }).map((i) => i.path)).toEqual(['fields.amount']);
    expect(configIssues(GuaranteePortfolioConfigSchema, 5).map((i) => i.path)).toEqual(['(config)']);
  });
  it('output readers: absent or null is null; a wrong type names the output and the row (or ?)', () => {
    expect([outputDecimal(row({}), 'x'), outputDecimal(row({ x: null }), 'x'), outputDecimal(row({ x: undefined }), 'x')]).toEqual([null, null, null]);
    expect(outputDecimal(row({ x: '-12.50' }), 'x')?.toString()).toBe('-12.5');
    for (const bad of ['1.5x', 'x1.5', '1.', '.5', 1.5, true]) expect(thrownMessage(() => outputDecimal(row({ x: bad }, 'eligible', 'R1'), 'x')), String(bad)).toBe('batch: output x of row R1 is not a decimal string');
    expect(thrownMessage(() => outputDecimal(row({ x: 'x' }), 'x'))).toBe('batch: output x of row ? is not a decimal string');
    expect([outputBoolean(row({}), 'b'), outputBoolean(row({ b: undefined }), 'b'), outputBoolean(row({ b: false }), 'b')]).toEqual([null, null, false]);
    expect(thrownMessage(() => outputBoolean(row({ b: 'true' }, 'eligible', 'R2'), 'b'))).toBe('batch: output b of row R2 is not a boolean');
    expect(thrownMessage(() => outputBoolean(row({ b: 1 }), 'b'))).toBe('batch: output b of row ? is not a boolean');
    expect([outputString(row({}), 's'), outputString(row({ s: undefined }), 's'), outputString(row({ s: 'k' }), 's')]).toEqual([null, null, 'k']);
    expect(thrownMessage(() => outputString(row({ s: 1 }, 'eligible', 'R3'), 's'))).toBe('batch: output s of row R3 is not a string');
    expect(thrownMessage(() => outputString(row({ s: true }), 's'))).toBe('batch: output s of row ? is not a string');
    expect([outputStrings(row({}), 'l'), outputStrings(row({ l: undefined }), 'l'), outputStrings(row({ l: ['a', 'b'] }), 'l'), outputStrings(row({ l: [] }), 'l')]).toEqual([null, null, ['a', 'b'], []]);
    expect(thrownMessage(() => outputStrings(row({ l: ['a', 1] }, 'eligible', 'R4'), 'l'))).toBe('batch: output l of row R4 is not a list of texts');
    expect(thrownMessage(() => outputStrings(row({ l: [1] }), 'l'))).toBe('batch: output l of row ? is not a list of texts');
    expect(thrownMessage(() => outputStrings(row({ l: 'a' }), 'l'))).toBe('batch: output l of row ? is not a list of texts');
  });
});

describe('budget.allocate', () => {
  const run = (rows: EvalResult[], config: Record<string, unknown> = { budget: '100' }) => {
    const acc = budgetAllocateBatch.start(config, {});
    rows.forEach((r, i) => acc.add(r, i));
    return acc.finish();
  };
  it('writes "allocated" by default, counts each status, and counts recipients of more than zero', () => {
    const s = run([row({ award: '60.00' }, 'eligible', 'A'), row({ award: '0.00' }, 'eligible', 'Z'), row({}, 'error', 'E'), row({}, 'ineligible'), row({}, 'undetermined'), row({ award: '60.00' })]);
    expect(s.fn).toBe('budget.allocate');
    expect(s.values).toMatchObject({ budget: '100.00', totalApproved: '120.00', allocated: '100.00', recipients: 2, eligible: 3, ineligible: 1, pending: 1, errors: 1 });
    expect([...s.rowOutputs.entries()]).toEqual([
      [0, { allocated: '50.00' }], [1, { allocated: '0.00' }], [5, { allocated: '50.00' }], [3, { allocated: '0.00' }], [4, { allocated: null }],
    ]);
  });
  it('an eligible row without an award is an error naming the row, by id or position', () => {
    expect(thrownMessage(() => run([row({}, 'eligible', 'A1')]))).toBe('budget.allocate: eligible row A1 has no award');
    expect(thrownMessage(() => run([row({ award: '1.00' }), row({})], { budget: '100', award: 'grant' }))).toBe('budget.allocate: eligible row 0 has no grant');
  });
});

describe('tally.list', () => {
  it('counts every row that is not an error by default, with the names configured first', () => {
    const acc = tallyListBatch.start({ output: 'services', names: ['z', 'a'] }, {});
    [row({ services: ['a', 'b', 'a'] }), row({ services: ['b'] }, 'ineligible'), row({}, 'undetermined'), row({}, 'error')].forEach((r, i) => acc.add(r, i));
    const s = acc.finish();
    expect(s.fn).toBe('tally.list');
    expect(s.values).toEqual({ count: 3, byName: { z: 0, a: 1, b: 2 }, unknownRows: 1, errorRows: 1 });
    expect(JSON.stringify(s.values)).toBe('{"count":3,"byName":{"z":0,"a":1,"b":2},"unknownRows":1,"errorRows":1}');
  });
  it('without configured names, only the names seen; eligible-only when asked', () => {
    const acc = tallyListBatch.start({ output: 'services', include: 'eligible' }, {});
    [row({ services: ['b'] }), row({ services: ['a'] }, 'undetermined')].forEach((r, i) => acc.add(r, i));
    expect(acc.finish().values).toEqual({ count: 1, byName: { b: 1 }, unknownRows: 0, errorRows: 0 });
  });
});

describe('portfolio.guarantees', () => {
  const g = (amount: string | null, rate: string | null, small: boolean | null, within: boolean | null, status: Status = 'eligible') =>
    row({ loanAmount: amount, rate, smallMicroAgri: small, withinSmallLimit: within }, status);
  it('with no amounts known, shares are empty: nothing matched of nothing', () => {
    const s = summarizeGuarantees([g(null, null, null, null)], {}) as Record<string, unknown>;
    expect(s['smallMicroAgriShare']).toEqual({ value: null, amount: '0.00', count: 0, of: '0.00', atLeast: null, meetsMinimum: null, unknownRows: 1 });
    expect(s['count']).toBe(1);
    expect(s['totalAmount']).toBe('0.00');
  });
  it('counts every non-error row by default; targets are optional', () => {
    const rows = [g('100', '0.01', true, true), g('100', '0.03', false, null, 'ineligible'), g('200', null, true, false, 'undetermined')];
    const s = summarizeGuarantees(rows, {}) as Record<string, Record<string, unknown>>;
    expect(s['count']).toBe(3);
    expect(s['averageRate']).toEqual({ value: '0.0200', target: null, withinTarget: null, unknownRows: 1 });
    expect(s['smallMicroAgriShare']).toMatchObject({ value: '0.7500', atLeast: null, meetsMinimum: null, unknownRows: 0 });
    // of the small/micro/agri guarantees (100 and 200), 100 is within the small limit
    expect(s['smallLimitShare']).toMatchObject({ value: '0.3333333333', amount: '100.00', of: '300.00', atLeast: null, meetsMinimum: null, unknownRows: 0 });
  });
  it('targets: met or not when every row is known, unknown otherwise', () => {
    const cfg = { rateTarget: '0.02', smallMicroShareTarget: '0.5', smallLimitShareTarget: '0.5' };
    const known = summarizeGuarantees([g('100', '0.01', true, true), g('100', '0.03', false, null)], cfg) as Record<string, Record<string, unknown>>;
    expect([known['averageRate']?.['withinTarget'], known['smallMicroAgriShare']?.['meetsMinimum'], known['smallLimitShare']?.['meetsMinimum']]).toEqual([true, true, true]);
    expect(known['smallLimitShare']?.['atLeast']).toBe('0.5');
    const unsure = summarizeGuarantees([g('100', '0.01', true, null), g('100', '0.01', true, true)], cfg) as Record<string, Record<string, unknown>>;
    expect([unsure['smallLimitShare']?.['meetsMinimum'], unsure['smallLimitShare']?.['unknownRows'], unsure['smallLimitShare']?.['value']]).toEqual([null, 1, '1.0000']);
  });
  it('the batch function reads rows as they come', () => {
    const acc = guaranteePortfolioBatch.start(undefined, {});
    acc.add(g('100', '0.01', true, true), 0);
    acc.add(row({}, 'error'), 1);
    const s = acc.finish();
    expect([s.fn, (s.values as Record<string, unknown>)['count'], (s.values as Record<string, unknown>)['errorRows']]).toEqual(['portfolio.guarantees', 1, 1]);
  });
});

describe('portfolio.totals', () => {
  const run = (rows: EvalResult[], config?: Record<string, unknown>) => {
    const acc = portfolioTotalsBatch.start(config, {});
    rows.forEach((r, i) => acc.add(r, i));
    return acc.finish();
  };
  it('counts eligible and undetermined rows by default; skips the others by status', () => {
    const s = run([row({ loanAmount: '10' }), row({ loanAmount: '5' }, 'undetermined'), row({ loanAmount: '7' }, 'ineligible'), row({}, 'error')]);
    expect(s.fn).toBe('portfolio.totals');
    expect(s.values).toEqual({ count: 2, totalAmount: '15.00', totals: {}, unknownRows: { amount: 0 }, skipped: { error: 1, ineligible: 1, undetermined: 0 } });
  });
  it('an unknown amount makes the total unknown; groups count rows and add known amounts', () => {
    const s = run(
      [row({ loanAmount: '10', district: 'A' }), row({ loanAmount: null, district: 'A' }), row({ loanAmount: '3', district: null }), row({ loanAmount: '4', district: 'B' }, 'ineligible')],
      { groupBy: 'district', groups: ['B', 'A'], include: 'all' },
    );
    expect(s.values).toEqual({
      count: 4, totalAmount: null, byGroup: { B: { count: 1, amount: '4.00' }, A: { count: 2, amount: '10.00' } }, ungrouped: 1,
      totals: {}, unknownRows: { amount: 1 }, skipped: { error: 0, ineligible: 0, undetermined: 0 },
    });
  });
  it('eligible-only totals skip undetermined rows', () => {
    const s = run([row({ loanAmount: '10' }), row({ loanAmount: '5' }, 'undetermined')], { include: 'eligible' });
    expect(s.values).toMatchObject({ count: 1, totalAmount: '10.00', skipped: { error: 0, ineligible: 0, undetermined: 1 } });
  });
});
