import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericFactKind, rawDecimal } from '../../src/analysis/gap/fact-kind';
import { locateFact, readAt, writeAt } from '../../src/analysis/gap/fact-locator';
import { arrayKeyFields, definitionsUsedBy, findRule } from '../../src/analysis/gap/policy-walk';
import { groupThousands } from '../../src/analysis/gap/render-gap';
import { smallestPassingStep } from '../../src/analysis/gap/unit-search';
import { GAP_FIXTURE } from './gap-fixture';

describe('smallestPassingStep', () => {
  it('finds the threshold of a monotone predicate exactly, or nothing beyond the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (t, limit) => {
        const calls: number[] = [];
        const k = smallestPassingStep((x) => (calls.push(x), x >= t), limit);
        expect(k).toBe(t <= limit ? t : undefined);
        expect(calls.length).toBeLessThanOrEqual(110);
      }),
    );
  });

  it('boundaries: passes at 1, at the limit, never; a bad limit searches nothing', () => {
    expect(smallestPassingStep(() => true, 10)).toBe(1);
    expect(smallestPassingStep((k) => k >= 10, 10)).toBe(10);
    expect(smallestPassingStep((k) => k >= 11, 10)).toBeUndefined();
    expect(smallestPassingStep(() => true, 0)).toBeUndefined();
    expect(smallestPassingStep(() => true, 1.5)).toBeUndefined();
  });

  it('on a non-monotone predicate the answer still passes and its predecessor fails', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { maxLength: 50 }), (yes) => {
        const set = new Set(yes);
        const k = smallestPassingStep((x) => set.has(x), 5000);
        if (k !== undefined) expect(set.has(k) && !set.has(k - 1)).toBe(true);
      }),
    );
  });
});

describe('fact locators', () => {
  const keys = new Map([['financials', 'year']]);
  const rec = { stStaff: 9, ip: { classI: 0 }, financials: [{ year: 2018, rdExpense: '1' }, { year: 2019, rdExpense: '2' }] };

  it('finds keyed items by key and sumOver items by position, named by key', () => {
    expect(locateFact(rec, 'financials[2019].rdExpense', keys)).toEqual({ path: 'financials[2019].rdExpense', steps: [{ key: 'financials' }, { index: 1 }, { key: 'rdExpense' }] });
    expect(locateFact(rec, 'financials[0].rdExpense', keys)?.path).toBe('financials[2018].rdExpense');
    expect(locateFact(rec, 'financials[1].rdExpense', new Map())?.path).toBe('financials[1].rdExpense');
    expect(locateFact(rec, 'ip.classI', keys)?.path).toBe('ip.classI');
    expect(locateFact(rec, 'financials[2020].rdExpense', keys)).toBeUndefined();
    expect(locateFact(rec, 'ip.classII', keys)).toBeUndefined();
  });

  it('writes a changed copy and leaves the record alone', () => {
    const loc = locateFact(rec, 'financials[2019].rdExpense', keys);
    const copy = writeAt(rec, loc?.steps ?? [], '3');
    expect(readAt(copy, loc?.steps ?? [])).toBe('3');
    expect(rec.financials[1]?.rdExpense).toBe('2');
    expect((copy as typeof rec).financials[0]).toBe(rec.financials[0]);
  });
});

describe('numeric fact kinds from the input model', () => {
  it('money, people and counts; not years, scores or booleans', () => {
    expect(numericFactKind('enterprise', [{ key: 'stStaff' }], 'stStaff', 9)?.unit).toBe('person');
    expect(numericFactKind('enterprise', [{ key: 'ip' }, { key: 'classI' }], 'ip.classI', 0)?.unit).toBe('count');
    const rd = numericFactKind('enterprise', [{ key: 'financials' }, { index: 0 }, { key: 'rdExpense' }], 'financials[2019].rdExpense', '1');
    expect(rd?.unit).toBe('yuan');
    expect(rd?.step.toString()).toBe('0.01');
    expect(rd?.min?.toString()).toBe('0');
    expect(numericFactKind('enterprise', [{ key: 'financials' }, { index: 0 }, { key: 'netAssets' }], 'financials[2019].netAssets', '-1')?.min).toBeNull();
    expect(numericFactKind('enterprise', [{ key: 'financials' }, { index: 0 }, { key: 'year' }], 'financials[2019].year', 2019)).toBeUndefined();
    expect(numericFactKind('enterprise', [{ key: 'innovationScore' }], 'innovationScore', 70)).toBeUndefined();
    expect(numericFactKind('enterprise', [{ key: 'ip' }, { key: 'ownsCoreIp' }], 'ip.ownsCoreIp', true)).toBeUndefined();
    // Amounts refined from the money schemas (e.g. "at the fen") are money too.
    expect(numericFactKind('guarantee', [{ key: 'loanAmount' }], 'loanAmount', '5000000')).toMatchObject({ unit: 'yuan', exclusive: true });
    expect(numericFactKind('loan', [{ key: 'principal' }], 'principal', '5000000')?.unit).toBe('yuan');
    expect(numericFactKind('loan', [{ key: 'annualRate' }], 'annualRate', '0.0435')).toBeUndefined();
  });

  it('without a model: JSON integers are counts, decimal strings money', () => {
    expect(numericFactKind(undefined, [{ key: 'employees' }], 'employees', 5)?.unit).toBe('person');
    expect(numericFactKind(undefined, [{ key: 'amount' }], 'amount', '12.5')?.unit).toBe('yuan');
    expect(numericFactKind(undefined, [{ key: 'rate' }], 'rate', 0.5)).toBeUndefined();
  });

  it('raw decimals are exact', () => {
    expect(rawDecimal(0.1)?.toString()).toBe('0.1');
    expect(rawDecimal('1234567.891')?.toString()).toBe('1234567.891');
    expect(rawDecimal('1e3')).toBeUndefined();
  });
});

describe('policy walks and formatting', () => {
  it('reads key fields and definition closures from the policy data', () => {
    expect([...arrayKeyFields(GAP_FIXTURE)]).toEqual([['financials', 'year']]);
    const rd = findRule(GAP_FIXTURE.eligibility, 'rdRatio');
    expect(rd && definitionsUsedBy(rd, GAP_FIXTURE.definitions)).toEqual(['lastYear']);
    expect(findRule(GAP_FIXTURE.eligibility, 'nope')).toBeUndefined();
  });

  it('groups thousands without touching decimals', () => {
    expect(groupThousands('1234567.90')).toBe('1,234,567.90');
    expect(groupThousands('-1000')).toBe('-1,000');
    expect(groupThousands('999.123456')).toBe('999.123456');
  });
});
