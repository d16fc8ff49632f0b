import { describe, expect, it } from 'vitest';
import type { EvalResult, Status } from '../../src/engine/result';
import { isUnknown } from '../../src/engine/values';
import { budgetAllocateBatch, runBudget } from '../../src/rules/functions/budget-batch';
import { outputBoolean, outputDecimal, rowCounted } from '../../src/rules/functions/batch-rows';
import { listSelectFn } from '../../src/rules/functions/list-fns';
import { guaranteePortfolioBatch } from '../../src/rules/functions/portfolio-batch';
import { portfolioTotalsBatch, totalsTally } from '../../src/rules/functions/portfolio-totals-batch';
import { listTally } from '../../src/rules/functions/tally-batch';
import { tristateFn } from '../../src/rules/functions/tristate-fns';
import { STDLIB, STDLIB_BATCH } from '../../src/rules/stdlib';

const row = (outputs: Record<string, unknown>, status: Status = 'eligible', id = 'R'): EvalResult =>
  ({ id, policy: 'p', asOf: '2020-03-31', status, criteria: [], failed: [], missing: [], outputs }) as EvalResult;
const env = { asOf: '2020-03-31', note: () => {} };

describe('registry', () => {
  it('the new building blocks and batch functions are registered', () => {
    for (const f of ['award.items', 'value.tristate', 'list.select']) expect(STDLIB.has(f)).toBe(true);
    for (const f of ['portfolio.guarantees', 'portfolio.totals', 'budget.allocate', 'tally.list']) expect(STDLIB_BATCH.has(f)).toBe(true);
  });

  it('bad configurations are reported with their path', () => {
    expect(budgetAllocateBatch.check({})).toEqual([{ path: 'budget', message: expect.any(String) }]);
    expect(budgetAllocateBatch.check({ budget: '1.005' })[0]?.path).toBe('budget');
    expect(guaranteePortfolioBatch.check({ smallMicroShareTarget: '1.2' })[0]?.path).toBe('smallMicroShareTarget');
    expect(portfolioTotalsBatch.check({ include: 'some' })[0]?.path).toBe('include');
    expect(portfolioTotalsBatch.check(undefined)).toEqual([]);
    expect(tristateFn.check({ yes: ['a'], no: ['a'] })).toHaveLength(1);
    expect(listSelectFn.check({ names: ['a', 'a'] })).toHaveLength(1);
  });
});

describe('value.tristate', () => {
  const f = tristateFn.compile({ yes: ['approved'], no: ['rejected'], undecided: { pending: 'review pending' } });
  it('yes, no, and unknown with a reason and nothing missing', () => {
    expect(f({ x: 'approved' }, env)).toBe(true);
    expect(f({ x: 'rejected' }, env)).toBe(false);
    const u = f({ x: 'pending' }, env);
    expect(isUnknown(u) && u.missing.length === 0 && u.reason === 'review pending').toBe(true);
  });
  it('a text in no list is a policy mistake, never a default', () => {
    expect(() => f({ x: 'maybe' }, env)).toThrow(TypeError);
    expect(() => f({ x: 'constructor' }, env)).toThrow(TypeError);
  });
});

describe('list.select', () => {
  it('true -> selected, unknown (undefined) -> undecided, false -> neither; sorted on request', () => {
    const f = listSelectFn.compile({ names: ['vipTeam', 'dedicatedAgent', 'tailoredPlan'], sort: true });
    expect(f({ when1: undefined, when2: false, when3: true }, env)).toEqual({ selected: ['tailoredPlan'], undecided: ['vipTeam'] });
    const g = listSelectFn.compile({ names: ['b', 'a'] });
    expect(g({ when1: true, when2: true }, env)).toEqual({ selected: ['b', 'a'], undecided: [] });
  });
});

describe('batch rows', () => {
  it('rows counted by filter; errors never', () => {
    expect(['eligible', 'ineligible', 'undetermined', 'error'].map((s) => rowCounted(s as Status, 'notIneligible'))).toEqual([true, false, true, false]);
    expect(rowCounted('undetermined', 'eligible')).toBe(false);
  });
  it('a wrongly typed output is a policy mistake', () => {
    expect(() => outputDecimal(row({ fee: true }), 'fee')).toThrow(TypeError);
    expect(() => outputBoolean(row({ ok: 'yes' }), 'ok')).toThrow(TypeError);
    expect(outputDecimal(row({}), 'fee')).toBeNull();
  });
});

describe('portfolio.totals', () => {
  it('groups, totals, unknown rows and skipped rows', () => {
    const t = totalsTally({ groupBy: 'kind', groups: ['new', 'extension'], sums: ['waived'] });
    t.add(row({ kind: 'new', loanAmount: '100.00', waived: '1.00' }));
    t.add(row({ kind: 'renewal', loanAmount: '50.50', waived: '0.50' }, 'undetermined'));
    t.add(row({ kind: null, loanAmount: '1.00', waived: null }));
    t.add(row({}, 'ineligible'));
    t.add(row({}, 'error'));
    expect(t.summary()).toEqual({
      count: 3,
      totalAmount: '151.50',
      byGroup: { new: { count: 1, amount: '100.00' }, extension: { count: 0, amount: '0.00' }, renewal: { count: 1, amount: '50.50' } },
      ungrouped: 1,
      totals: { waived: null },
      unknownRows: { amount: 0, waived: 1 },
      skipped: { error: 1, ineligible: 1, undetermined: 0 },
    });
  });
});

describe('tally.list', () => {
  it('counts rows per name (once per row), unknown lists apart', () => {
    const t = listTally({ output: 'e', names: ['z'] });
    t.add(row({ e: ['a', 'a', 'b'] }));
    t.add(row({ e: null }));
    t.add(row({}, 'error'));
    expect(t.summary()).toEqual({ count: 2, byName: { z: 0, a: 1, b: 1 }, unknownRows: 1, errorRows: 1 });
  });
});

describe('budget.allocate', () => {
  it('run option budget: money with at most two decimals', () => {
    expect(runBudget({ budget: '100' }, {}).toFixed(2)).toBe('100.00');
    expect(runBudget({ budget: '100' }, { budget: '0' }).toFixed(2)).toBe('0.00');
    expect(() => runBudget({ budget: '100' }, { budget: '1.001' })).toThrow(RangeError);
  });

  it('an eligible row without an award is a policy mistake', () => {
    const acc = budgetAllocateBatch.start({ budget: '100' }, {});
    expect(() => acc.add(row({}), 0)).toThrow(/has no award/);
  });

  it('rows in order; error rows get nothing added', () => {
    const acc = budgetAllocateBatch.start({ budget: '2', award: 'a', allocated: 'x' }, {});
    [row({ a: '1.00' }), row({}, 'error'), row({ a: '1.00' }), row({ a: '1.00' })].forEach((r, i) => acc.add(r, i));
    const s = acc.finish();
    expect([...s.rowOutputs.entries()]).toEqual([
      [0, { x: '0.67' }],
      [2, { x: '0.67' }],
      [3, { x: '0.66' }],
    ]);
  });
});
