import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gap, renderGap, type GapReport } from '../../src/analysis/gap/index';
import { compile, Decimal, roundTo } from '../../src/index';
import { AS_OF, FAILING, GAP_FIXTURE } from './gap-fixture';

const compiled = compile(GAP_FIXTURE);
const resultOf = (record: unknown, id: string) => compiled.evaluate(record, { asOf: AS_OF }).criteria.find((c) => c.id === id)?.result;
const withFacts = (over: Record<string, unknown>) => ({ ...FAILING, ...over });
const fy2019 = (salesRevenue: string, rdExpense: string) => [FAILING.financials[0], { year: 2019, salesRevenue, rdExpense }];
const strip = (r: GapReport) => r.suggestions.map(({ label: _label, ...s }) => s);

describe('gap on the fixture policy: worked example', () => {
  const report = gap(GAP_FIXTURE, FAILING, { asOf: AS_OF });

  it('reports the status and the failed criteria as the evaluation does', () => {
    expect(report).toMatchObject({ id: 'E1', policy: 'test.gap-fixture', asOf: AS_OF, status: 'ineligible', failed: ['coreIp', 'rdRatio', 'stStaffRatio'] });
  });

  it('finds the smallest change of each numeric fact, exact to the person and the fen', () => {
    // stStaffRatio: 9 / 120 = 0.075 < 0.10.
    //   stStaff: s / 120 >= 0.10 <=> s >= 12: hire 3 (11 / 120 = 0.0916... fails).
    //   employees: 9 / e >= 0.10 <=> e <= 90: reduce by 30 (91: 0.0989... fails); 90 < 100 breaks minEmployees.
    // rdRatio: 1,234,567.89 / 30,000,000 = 0.0411... < 0.05.
    //   rdExpense: r >= 0.05 x 30,000,000 = 1,500,000.00: +265,432.11 (1,499,999.99 fails).
    //   salesRevenue: 1,234,567.89 / s >= 0.05 <=> s <= 24,691,357.80: -5,308,642.20.
    expect(strip(report)).toEqual([
      { criterion: 'stStaffRatio', fact: 'stStaff', unit: 'person', direction: 'increase', from: '9', to: '12', change: '3', breaks: [], statusAfter: 'ineligible', verified: true },
      { criterion: 'stStaffRatio', fact: 'employees', unit: 'person', direction: 'decrease', from: '120', to: '90', change: '-30', breaks: ['minEmployees'], statusAfter: 'ineligible', verified: true },
      { criterion: 'rdRatio', fact: 'financials[2019].rdExpense', unit: 'yuan', direction: 'increase', from: '1234567.89', to: '1500000.00', change: '265432.11', breaks: [], statusAfter: 'ineligible', verified: true },
      { criterion: 'rdRatio', fact: 'financials[2019].salesRevenue', unit: 'yuan', direction: 'decrease', from: '30000000.00', to: '24691357.80', change: '-5308642.20', breaks: [], statusAfter: 'ineligible', verified: true },
    ]);
    expect(report.suggestions[0]?.label).toEqual({ zh: '科技人员占比', en: 'S&T staff ratio' });
  });

  it('the suggested values pass and one unit / one fen less does not (independent re-evaluation)', () => {
    expect(resultOf(withFacts({ stStaff: 12 }), 'stStaffRatio')).toBe('pass');
    expect(resultOf(withFacts({ stStaff: 11 }), 'stStaffRatio')).toBe('fail');
    expect(resultOf(withFacts({ employees: 90 }), 'stStaffRatio')).toBe('pass');
    expect(resultOf(withFacts({ employees: 91 }), 'stStaffRatio')).toBe('fail');
    expect(resultOf(withFacts({ financials: fy2019('30000000', '1500000.00') }), 'rdRatio')).toBe('pass');
    expect(resultOf(withFacts({ financials: fy2019('30000000', '1499999.99') }), 'rdRatio')).toBe('fail');
    expect(resultOf(withFacts({ financials: fy2019('24691357.80', '1234567.89') }), 'rdRatio')).toBe('pass');
    expect(resultOf(withFacts({ financials: fy2019('24691357.81', '1234567.89') }), 'rdRatio')).toBe('fail');
  });

  it('lists a boolean criterion as not fixable by numbers, and never touches the record', () => {
    const before = JSON.stringify(FAILING);
    const r = gap(GAP_FIXTURE, FAILING, { asOf: AS_OF });
    expect(r.notFixable).toEqual([{ criterion: 'coreIp', label: { zh: '核心知识产权', en: 'Core IP' }, reason: 'notNumeric', facts: ['ip.ownsCoreIp'] }]);
    expect(JSON.stringify(FAILING)).toBe(before);
  });

  it('accepts a compiled policy and gives the same report', () => {
    expect(gap(compiled, FAILING, { asOf: AS_OF })).toEqual(report);
  });

  it('renders the report in English and Chinese', () => {
    expect(renderGap(report, 'en')).toBe(
      [
        'test.gap-fixture E1 (2020-06-01): ineligible',
        'Distance to eligibility (one figure changed at a time):',
        '- S&T staff ratio (stStaffRatio): hire 3 more S&T staff (stStaff from 9 to 12)',
        '- S&T staff ratio (stStaffRatio): reduce employees by 30 (employees from 120 to 90); but breaks minEmployees',
        '- R&D ratio (rdRatio): raise financials[2019].rdExpense by 265,432.11 yuan (from 1,234,567.89 to 1,500,000.00)',
        '- R&D ratio (rdRatio): lower financials[2019].salesRevenue by 5,308,642.20 yuan (from 30,000,000.00 to 24,691,357.80)',
        'Not fixable by a single figure:',
        '- Core IP (coreIp): not fixable by numbers; it reads ip.ownsCoreIp',
      ].join('\n'),
    );
    const zh = renderGap(report, 'zh');
    expect(zh).toContain('- 科技人员占比 (stStaffRatio)：增聘科技人员 3 人（stStaff 从 9 人到 12 人）');
    expect(zh).toContain('- 科技人员占比 (stStaffRatio)：减少职工 30 人（employees 从 120 人到 90 人）；但会使 minEmployees 不再满足');
    expect(zh).toContain('- 研发费用占比 (rdRatio)：将 financials[2019].rdExpense 提高 265,432.11 元（从 1,234,567.89 元到 1,500,000.00 元）');
    expect(zh).toContain('- 核心知识产权 (coreIp)：不能通过调整数字满足，所读事实 ip.ownsCoreIp');
  });
});

describe('gap: breaks, bounds and edge cases', () => {
  it('raising employees to fix the absolute employee criterion breaks the staff ratio', () => {
    // 9 / 80 = 0.1125 passes; employees >= 100 needs +20; then 9 / 100 = 0.09 < 0.10.
    const r = gap(GAP_FIXTURE, withFacts({ employees: 80, financials: fy2019('30000000', '1500000'), ip: { ownsCoreIp: true } }), { asOf: AS_OF });
    expect(r.failed).toEqual(['minEmployees']);
    expect(strip(r)).toEqual([
      { criterion: 'minEmployees', fact: 'employees', unit: 'person', direction: 'increase', from: '80', to: '100', change: '20', breaks: ['stStaffRatio'], statusAfter: 'ineligible', verified: true },
    ]);
  });

  it('a change that fixes the last failing criterion reports statusAfter eligible', () => {
    const r = gap(GAP_FIXTURE, withFacts({ financials: fy2019('30000000', '1500000'), ip: { ownsCoreIp: true } }), { asOf: AS_OF });
    expect(r.suggestions.map((s) => [s.fact, s.change, s.statusAfter])).toEqual([['stStaff', '3', 'eligible'], ['employees', '-30', 'ineligible']]);
    expect(renderGap(r, 'en')).toContain('hire 3 more S&T staff (stStaff from 9 to 12); this alone makes the record eligible');
  });

  it('keeps sub-fen digits of the input and still moves by whole fen', () => {
    // 1,500,000 - 1,234,567.891 = 265,432.109 -> 26,543,211 fen -> 1,500,000.001.
    const r = gap(GAP_FIXTURE, withFacts({ financials: fy2019('30000000', '1234567.891') }), { asOf: AS_OF });
    const rd = r.suggestions.find((s) => s.fact === 'financials[2019].rdExpense');
    expect(rd).toMatchObject({ from: '1234567.891', to: '1500000.001', change: '265432.11' });
    expect(resultOf(withFacts({ financials: fy2019('30000000', '1499999.991') }), 'rdRatio')).toBe('fail');
  });

  it('a ratio with a zero denominator and a zero numerator has no single-fact fix', () => {
    // 0 / 0 -> 0 fails; s / 0 -> 0 for any s; 0 / e = 0 for any e.
    const r = gap(GAP_FIXTURE, withFacts({ employees: 0, stStaff: 0 }), { asOf: AS_OF });
    expect(r.notFixable).toContainEqual({ criterion: 'stStaffRatio', label: { zh: '科技人员占比', en: 'S&T staff ratio' }, reason: 'noSingleFact', facts: ['stStaff', 'employees'] });
    expect(strip(r)[0]).toMatchObject({ criterion: 'minEmployees', fact: 'employees', from: '0', to: '100', breaks: [] });
  });

  it('the search bound is in units: 3 persons found with maxUnits 3, not with 2', () => {
    const rec = withFacts({ financials: fy2019('30000000', '1500000'), ip: { ownsCoreIp: true } });
    expect(gap(GAP_FIXTURE, rec, { asOf: AS_OF, maxUnits: 3 }).suggestions.map((s) => s.change)).toEqual(['3']);
    expect(gap(GAP_FIXTURE, rec, { asOf: AS_OF, maxUnits: 2 })).toMatchObject({ suggestions: [], notFixable: [{ criterion: 'stStaffRatio', reason: 'noSingleFact', facts: ['stStaff', 'employees'] }] });
  });

  it('lists an undetermined criterion with its missing facts', () => {
    const r = gap(GAP_FIXTURE, withFacts({ financials: [] }), { asOf: AS_OF });
    expect(r.notFixable).toContainEqual({ criterion: 'rdRatio', label: { zh: '研发费用占比', en: 'R&D ratio' }, reason: 'unknown', facts: [], missing: ['financials[2019].rdExpense', 'financials[2019].salesRevenue'] });
  });

  it('an eligible record has nothing to suggest; an invalid one reports the error', () => {
    const ok = gap(GAP_FIXTURE, withFacts({ stStaff: 12, financials: fy2019('30000000', '1500000'), ip: { ownsCoreIp: true } }), { asOf: AS_OF });
    expect(ok).toMatchObject({ status: 'eligible', failed: [], suggestions: [], notFixable: [] });
    expect(renderGap(ok, 'en')).toBe('test.gap-fixture E1 (2020-06-01): eligible\nAlready eligible.');
    const bad = gap(GAP_FIXTURE, withFacts({ employees: 'many' }), { asOf: AS_OF });
    expect(bad).toMatchObject({ status: 'error', suggestions: [], notFixable: [], error: { code: 'INVALID_INPUT' } });
  });
});

describe('gap on the fixture: properties over generated enterprises', () => {
  const fen = (n: bigint) => new Decimal(n.toString()).div(100).toFixed(2);
  const enterprise = fc.record({
    employees: fc.integer({ min: 0, max: 2000 }),
    stStaff: fc.integer({ min: 0, max: 300 }),
    sales: fc.bigInt({ min: 0n, max: 10n ** 11n }),
    rd: fc.bigInt({ min: 0n, max: 10n ** 10n }),
    ownsCoreIp: fc.boolean(),
  });
  const recordOf = (e: { employees: number; stStaff: number; sales: bigint; rd: bigint; ownsCoreIp: boolean }) => ({
    id: 'G', employees: e.employees, stStaff: e.stStaff, ip: { ownsCoreIp: e.ownsCoreIp },
    financials: [{ year: 2019, salesRevenue: fen(e.sales), rdExpense: fen(e.rd) }],
  });

  it('every suggestion passes with the change and fails with one unit less; breaks are exact', () => {
    fc.assert(
      fc.property(enterprise, (e) => {
        const rec = recordOf(e);
        const before = compiled.evaluate(rec, { asOf: AS_OF });
        const r = gap(compiled, rec, { asOf: AS_OF });
        for (const s of r.suggestions) {
          const step = new Decimal(s.unit === 'yuan' ? '0.01' : '1').times(s.direction === 'increase' ? 1 : -1);
          const set = (v: Decimal) => {
            const value = s.unit === 'yuan' ? v.toFixed(2) : v.toNumber();
            if (s.fact === 'financials[2019].rdExpense') return { ...rec, financials: [{ ...rec.financials[0], rdExpense: value }] };
            if (s.fact === 'financials[2019].salesRevenue') return { ...rec, financials: [{ ...rec.financials[0], salesRevenue: value }] };
            return { ...rec, [s.fact]: value };
          };
          const to = new Decimal(s.to);
          expect(to.minus(s.from).eq(s.change)).toBe(true);
          const after = compiled.evaluate(set(to), { asOf: AS_OF });
          expect(after.criteria.find((c) => c.id === s.criterion)?.result).toBe('pass');
          expect(resultOf(set(to.minus(step)), s.criterion)).toBe('fail');
          const broke = after.criteria.filter((c) => c.result === 'fail' && before.criteria.find((b) => b.id === c.id)?.result === 'pass').map((c) => c.id);
          expect(s.breaks).toEqual(broke);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('matches the closed forms: stStaff = ceil(employees / 10), rdExpense = 0.05 x sales rounded up to the fen', () => {
    fc.assert(
      fc.property(enterprise, (e) => {
        const r = gap(compiled, recordOf(e), { asOf: AS_OF });
        const staff = r.suggestions.find((s) => s.fact === 'stStaff');
        if (e.employees > 0 && e.stStaff * 10 < e.employees) expect(staff?.to).toBe(String(Math.ceil(e.employees / 10)));
        else expect(staff).toBeUndefined();
        const rd = r.suggestions.find((s) => s.fact === 'financials[2019].rdExpense');
        const need = roundTo(new Decimal(fen(e.sales)).times('0.05'), 2, 'ceil');
        if (e.sales > 0n && new Decimal(fen(e.rd)).lt(need)) expect(rd?.to).toBe(need.toFixed(2));
        else expect(rd).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
