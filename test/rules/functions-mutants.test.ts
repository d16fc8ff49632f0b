import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EvalResult, Status } from '../../src/engine/result';
import { Decimal } from '../../src/models/decimal';
import { summarizeGuarantees } from '../../src/rules/functions/portfolio-batch';
import { totalsTally } from '../../src/rules/functions/portfolio-totals-batch';
import { decimalArg } from '../../src/rules/functions/value-args';

// Policy functions and batch functions: the cases the src/rules mutation run of 2026-11-26
// left alive (docs/testing.md, Mutation testing): the row filter of portfolio.guarantees,
// groups that were never declared, a list where a number is expected.

const row = (outputs: Record<string, unknown>, status: Status = 'eligible'): EvalResult =>
  ({ policy: 'p', asOf: '2020-03-31', status, criteria: [], failed: [], missing: [], outputs }) as EvalResult;

describe('portfolio.guarantees: the row filter', () => {
  const g = (amount: string, rate: string, status: Status) => row({ loanAmount: amount, rate, smallMicroAgri: true, withinSmallLimit: true }, status);
  // eligible 100 at 1%, undetermined 100 at 3%, ineligible 200 at 4%
  const rows = [g('100', '0.01', 'eligible'), g('100', '0.03', 'undetermined'), g('200', '0.04', 'ineligible')];
  const pick = (include?: 'all' | 'eligible' | 'notIneligible') => {
    const s = summarizeGuarantees(rows, include === undefined ? {} : { include }) as Record<string, unknown>;
    return [s['count'], s['totalAmount'], (s['averageRate'] as Record<string, unknown>)['value']];
  };
  it('counts only the rows the filter lets through', () => {
    // all: 400; (100 x 0.01 + 100 x 0.03 + 200 x 0.04) / 400 = (1 + 3 + 8) / 400 = 0.03
    expect(pick()).toEqual([3, '400.00', '0.0300']);
    expect(pick('all')).toEqual([3, '400.00', '0.0300']);
    // eligible: 100 at 1%
    expect(pick('eligible')).toEqual([1, '100.00', '0.0100']);
    // not ineligible: 200; (1 + 3) / 200 = 0.02
    expect(pick('notIneligible')).toEqual([2, '200.00', '0.0200']);
  });
});

describe('portfolio.totals: groups', () => {
  it('without declared groups, only the groups seen are listed', () => {
    const t = totalsTally({ groupBy: 'kind' });
    expect(t.summary()).toMatchObject({ byGroup: {}, ungrouped: 0 });
    t.add(row({ kind: 'renewal', loanAmount: '50.50' }));
    t.add(row({ kind: 'new', loanAmount: '100.00' }));
    t.add(row({ kind: 'new', loanAmount: '0.25' }));
    // new: 100.00 + 0.25 = 100.25 (2 rows); renewal: 50.50 (1 row)
    expect(t.summary()).toMatchObject({ count: 3, totalAmount: '150.75', byGroup: { renewal: { count: 1, amount: '50.50' }, new: { count: 2, amount: '100.25' } }, ungrouped: 0 });
    expect(Object.keys((t.summary() as Record<string, Record<string, unknown>>)['byGroup'] ?? {})).toEqual(['renewal', 'new']);
  });
  it('property: the groups listed are the declared ones, then the others in order of first appearance', () => {
    const kinds = fc.constantFrom('new', 'renewal', 'extension', 'other');
    fc.assert(
      fc.property(fc.uniqueArray(kinds, { maxLength: 3 }), fc.array(kinds, { maxLength: 12 }), (declared, seen) => {
        const t = totalsTally(declared.length > 0 ? { groupBy: 'kind', groups: declared } : { groupBy: 'kind' });
        for (const kind of seen) t.add(row({ kind, loanAmount: '1.00' }));
        const byGroup = (t.summary() as Record<string, Record<string, { count: number }>>)['byGroup'] ?? {};
        expect(Object.keys(byGroup)).toEqual([...new Set([...declared, ...seen])]);
        expect(Object.values(byGroup).reduce((s, x) => s + x.count, 0)).toBe(seen.length);
      }),
    );
  });
});

describe('function arguments', () => {
  it('a list is not a number, even a list of one number', () => {
    expect(decimalArg({ x: '12.50' }, 'x').toString()).toBe('12.5');
    expect(decimalArg({ x: new Decimal('-3') }, 'x').toString()).toBe('-3');
    for (const v of [['12'], ['-1.5'], true, null, '1e5', '']) {
      expect(() => decimalArg({ x: v }, 'x')).toThrow(new TypeError('argument x: expected a number'));
    }
    expect(() => decimalArg({}, 'x')).toThrow(new TypeError('argument x: expected a number'));
  });
});
