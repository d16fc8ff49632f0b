import { describe, expect, it } from 'vitest';
import {
  add, addYears, asOf, cite, criterion, div, fact, gt, gte, interval, isIn, item, keyed, label, lt, num, ratio, round, some, sub, sumOver, yearOf, and, not,
} from '../../src/engine';
import { policyOf, run } from './helpers';

const crit = (test: Parameters<typeof criterion>[0]['test'], values = {}) => policyOf(criterion({ id: 'c', label: label('c', 'c'), cite: cite('doc', '1'), test, values }));

describe('expressions', () => {
  it('ratios compare exactly: 0.1 + 0.2 = 0.3 and 15/150 >= 0.10 at the boundary', () => {
    expect(run(crit(gte(add(num('0.1'), num('0.2')), num('0.3'))), {}).status).toBe('eligible');
    const p = crit(gte(ratio(fact('stStaff'), fact('employees')), num('0.10')), { ratio: ratio(fact('stStaff'), fact('employees')) });
    expect(run(p, { stStaff: 15, employees: 150 }).status).toBe('eligible');
    expect(run(p, { stStaff: 14, employees: 141 }).status).toBe('ineligible');
    expect(run(p, { stStaff: 15, employees: 150 }).criteria[0]?.values).toEqual({ ratio: '0.1' });
  });
  it('division by zero uses the value the rule gives, never Infinity', () => {
    const p = crit(gte(ratio(fact('a'), fact('b')), num('0.10')));
    expect(run(p, { a: 5, b: 0 }).status).toBe('ineligible');
    const q = crit(gt(div(fact('a'), fact('b'), num(1)), num(0)));
    expect(run(q, { a: 5, b: 0 }).status).toBe('eligible');
  });
  it('missing facts make the criterion unknown with their paths', () => {
    const p = crit(gte(ratio(fact('stStaff'), fact('employees')), num('0.10')));
    const r = run(p, { employees: null });
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['employees', 'stStaff']);
  });
  it('keyed array paths render by key: financials[2019].salesRevenue', () => {
    const last = keyed('year', sub(yearOf(asOf()), 1));
    const p = crit(gte(fact('financials', last, 'salesRevenue'), num(0)));
    expect(run(p, { financials: [{ year: 2019, salesRevenue: '5' }] }).status).toBe('eligible');
    expect(run(p, { financials: [{ year: 2018, salesRevenue: '5' }] }).missing).toEqual(['financials[2019].salesRevenue']);
    expect(run(p, {}).missing).toEqual(['financials[2019].salesRevenue']);
  });
  it('dates: Feb 29 + 1 year = Feb 28', () => {
    const p = crit(gte(asOf(), addYears(fact('registeredOn'), 1)));
    expect(run(p, { registeredOn: '2016-02-29' }, '2017-02-28').status).toBe('eligible');
    expect(run(p, { registeredOn: '2016-02-29' }, '2017-02-27').status).toBe('ineligible');
  });
  it('some/sumOver over arrays with Kleene logic', () => {
    const major = some(['incidents'], and(isIn(item('kind'), ['safety', 'quality']), lt(item('date'), asOf())));
    const p = crit(not(major));
    expect(run(p, { incidents: [] }).status).toBe('eligible');
    expect(run(p, { incidents: [{ kind: 'dishonesty', date: '2019-01-01' }] }).status).toBe('eligible');
    expect(run(p, { incidents: [{ kind: 'safety', date: '2019-01-01' }] }).status).toBe('ineligible');
    expect(run(p, { incidents: [{ kind: 'safety' }] }).missing).toEqual(['incidents[0].date']);
    expect(run(p, {}).missing).toEqual(['incidents']);
    const s = crit(gte(sumOver(['financials'], item('rd')), num(10)));
    expect(run(s, { financials: [{ rd: 4 }, { rd: '6' }] }).status).toBe('eligible');
  });
  it('intervals: a total straddling the mark is unknown with a reason and nothing missing', () => {
    const p = crit(gt(add(fact('base'), interval(num(9), num(10))), num(70)));
    expect(run(p, { base: 62 }).status).toBe('eligible');
    expect(run(p, { base: 60 }).status).toBe('ineligible');
    const u = run(p, { base: 61 });
    expect(u.status).toBe('undetermined');
    expect(u.missing).toEqual([]);
    expect(u.criteria[0]?.reason).toMatch(/within the experts' band/);
  });
  it('rounding is explicit and traced', () => {
    const p = crit(gte(round(div(num(1), num(3), num(0)), 2, 'half-up'), num('0.33')));
    const r = run(p, {}, '2020-06-01', true);
    expect(r.status).toBe('eligible');
    expect(r.trace?.children?.[0]?.roundings?.[0]).toMatchObject({ scale: 2, mode: 'half-up', after: '0.33' });
  });
});
