import { describe, expect, it } from 'vitest';
import { diffPolicies, impact, renderImpact, type ImpactReport } from '../../src/analysis/index';
import { compile, parsePolicy, STDLIB, type Policy } from '../../src/index';
import { fixture } from './lint-fixtures';

const A: Policy = parsePolicy(fixture('impact-a.json'), { functions: STDLIB });
const B: Policy = parsePolicy(fixture('impact-b.json'), { functions: STDLIB });
const POPULATION = fixture('impact-population.json') as unknown[];
const DATES = { asOfA: '2019-06-01', asOfB: '2020-06-01' };

/*
 * The population by hand (A: staff >= 0.10, college >= 0.30, revenue <= 50,000,000, award 1%;
 * B: staff >= 0.08, R&D staff >= 0.05, revenue <= 100,000,000, award 1.2%):
 * R1 12/100, 35/100, 6/100, 40M  -> A eligible (award 400,000.00), B eligible (480,000.00)
 * R2  9/100, 40/100, 6/100, 30M  -> A ineligible (staff 0.09), B eligible (360,000.00)
 * R3 15/100, 20/100, 8/100, 80M  -> A ineligible (college, revenue), B eligible (960,000.00)
 * R4 20/100, 50/100, 2/100, 10M  -> A eligible (100,000.00), B ineligible (R&D staff 0.02)
 * R5 0 employees: ratios 0      -> ineligible on both sides
 * R6 stStaff absent             -> undetermined on both sides
 * R7 18/200 = 0.09, 70/200, 12/200, 50,000,000 (at the limit, inclusive) -> A ineligible, B eligible (600,000.00)
 * R8 10/100 (at 0.10), 30/100 (at 0.30), 5/100, 50,000,000.01 (one fen over) -> A ineligible, B eligible
 *    (50,000,000.01 x 0.012 = 600,000.00012 -> 600,000.00)
 * A: 2 eligible, 5 ineligible, 1 undetermined; B: 5, 2, 1. Awards: A 500,000.00, B 3,000,000.00.
 */
describe('impact on a known population', () => {
  const r: ImpactReport = impact(A, B, POPULATION, DATES);

  it('counts each status on each side', () => {
    expect(r.records).toBe(8);
    expect(r.counts).toEqual({ a: { eligible: 2, ineligible: 5, undetermined: 1, error: 0 }, b: { eligible: 5, ineligible: 2, undetermined: 1, error: 0 } });
    expect(r.transitions).toEqual([{ from: 'eligible', to: 'ineligible', count: 1 }, { from: 'ineligible', to: 'eligible', count: 4 }]);
  });

  it('lists the flips with the criteria that made them flip, per side', () => {
    expect(r.flipCount).toBe(5);
    expect(r.flips).toEqual([
      { index: 1, id: 'R2', a: 'ineligible', b: 'eligible', criteria: { a: [{ id: 'staffRatio', result: 'fail' }, { id: 'collegeRatio', result: 'pass' }], b: [{ id: 'staffRatio', result: 'pass' }, { id: 'rdStaffRatio', result: 'pass' }] } },
      { index: 2, id: 'R3', a: 'ineligible', b: 'eligible', criteria: { a: [{ id: 'collegeRatio', result: 'fail' }, { id: 'revenue', result: 'fail' }], b: [{ id: 'rdStaffRatio', result: 'pass' }, { id: 'revenue', result: 'pass' }] } },
      { index: 3, id: 'R4', a: 'eligible', b: 'ineligible', criteria: { a: [{ id: 'collegeRatio', result: 'pass' }], b: [{ id: 'rdStaffRatio', result: 'fail' }] } },
      { index: 6, id: 'R7', a: 'ineligible', b: 'eligible', criteria: { a: [{ id: 'staffRatio', result: 'fail' }, { id: 'collegeRatio', result: 'pass' }], b: [{ id: 'staffRatio', result: 'pass' }, { id: 'rdStaffRatio', result: 'pass' }] } },
      { index: 7, id: 'R8', a: 'ineligible', b: 'eligible', criteria: { a: [{ id: 'collegeRatio', result: 'pass' }, { id: 'revenue', result: 'fail' }], b: [{ id: 'rdStaffRatio', result: 'pass' }, { id: 'revenue', result: 'pass' }] } },
    ]);
  });

  it('sums the money outputs exactly and gives the difference', () => {
    expect(r.money).toEqual([{ output: 'award', label: { zh: '奖励', en: 'Award' }, a: { total: '500000.00', rows: 2 }, b: { total: '3000000.00', rows: 5 }, difference: '2500000.00' }]);
  });

  it('heads the report with the structural diff', () => {
    expect(r.diff).toEqual({
      effective: { a: { from: '2019-01-01', to: '2019-12-31' }, b: { from: '2020-01-01' }, changed: true },
      sources: { added: ['doc2020'], removed: ['doc2019'], changed: [] },
      parameters: {
        added: ['revenueLimit'],
        removed: [],
        changed: [
          { name: 'minStaffRatio', what: ['values', 'dates', 'cite'], a: [{ from: '2019-01-01', value: '0.10' }], b: [{ from: '2020-01-01', value: '0.08' }] },
          { name: 'awardRate', what: ['values', 'dates', 'cite'], a: [{ from: '2019-01-01', value: '0.01' }], b: [{ from: '2020-01-01', value: '0.012' }] },
        ],
      },
      definitions: { added: [], removed: [], changed: [] },
      rules: { added: ['rdStaffRatio'], removed: ['collegeRatio'], changed: [{ id: 'staffRatio', kind: 'criterion', what: ['cite'] }, { id: 'revenue', kind: 'criterion', what: ['test', 'cite'] }] },
      outputs: { added: ['staffShare'], removed: ['ratio'], changed: [] },
    });
    expect(r.a).toEqual({ id: 'fixture.impact.a', title: A.title, asOf: '2019-06-01' });
  });

  it('renders in English and Chinese', () => {
    const en = renderImpact(r, 'en');
    expect(en.split('\n')[0]).toBe('Version impact: fixture.impact.a -> fixture.impact.b, 8 records');
    expect(en).toContain('  Criteria: + rdStaffRatio; - collegeRatio; ~ staffRatio (citation), revenue (test, citation)');
    expect(en).toContain('  Parameters ~ minStaffRatio (values, dates, citation): 2019-01-01.. 0.10 -> 2020-01-01.. 0.08');
    expect(en).toContain('  eligible      2  5     +3');
    expect(en).toContain('  R4  eligible -> ineligible  A: collegeRatio pass | B: rdStaffRatio fail');
    expect(en).toContain('  award Award          500,000.00  3,000,000.00  +2,500,000.00');
    const zh = renderImpact(r, 'zh');
    expect(zh.split('\n')[0]).toBe('版本影响：fixture.impact.a -> fixture.impact.b，共 8 条记录');
    expect(zh).toContain('  不符合 -> 符合: 4');
    expect(zh).toContain('  R2  不符合 -> 符合  A: staffRatio 未通过, collegeRatio 通过 | B: staffRatio 通过, rdStaffRatio 通过');
    expect(renderImpact(r, 'en', { flips: 2 })).toContain('  (first 2 of 5 listed)');
  });
});

describe('impact options', () => {
  it('takes compiled policies, any iterable, and keeps at most maxFlips flips', () => {
    function* records() {
      yield* POPULATION;
    }
    const r = impact(compile(A), compile(B), records(), { ...DATES, maxFlips: 2 });
    expect(r.flipCount).toBe(5);
    expect(r.flips.map((f) => f.id)).toEqual(['R2', 'R3']);
  });
  it('reports the records a version is not in force for as errors, one asOf for both sides', () => {
    const r = impact(A, B, POPULATION, { asOf: '2020-06-01' });
    expect(r.counts.a).toEqual({ eligible: 0, ineligible: 0, undetermined: 0, error: 8 });
    expect(r.transitions.map((t) => `${t.from}>${t.to}:${t.count}`)).toEqual(['error>eligible:5', 'error>ineligible:2', 'error>undetermined:1']);
  });
  it('a policy against itself: no flip, no structural change, zero difference', () => {
    const r = impact(B, B, POPULATION, { asOf: '2020-06-01' });
    expect(r.flipCount).toBe(0);
    expect(r.money[0]?.difference).toBe('0.00');
    expect(diffPolicies(B, B)).toEqual({
      effective: { a: B.effective, b: B.effective, changed: false },
      sources: { added: [], removed: [], changed: [] },
      parameters: { added: [], removed: [], changed: [] },
      definitions: { added: [], removed: [], changed: [] },
      rules: { added: [], removed: [], changed: [] },
      outputs: { added: [], removed: [], changed: [] },
    });
    expect(renderImpact(r, 'en')).toContain('Policy changes\n  no change');
  });
});
