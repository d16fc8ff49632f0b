import { describe, expect, it } from 'vitest';
import {
  allOf, cite, criterion, exception, fact, gte, label, num, param, renderTrace, withExceptions, type Rule,
} from '../../src/engine';
import { policyOf, run } from './helpers';

// Base rule: score >= 60. Exception (default logic): a valid certificate passes regardless.
const scoreRule: Rule = withExceptions(
  criterion({ id: 'scoreTotal', label: label('评分不低于60分', 'Score at least 60'), cite: cite('doc', '8'), test: gte(fact('score'), num(60)) }),
  [exception({ id: 'certificate', label: label('持有有效证书', 'Holds a valid certificate'), cite: cite('doc', '8', '2'), when: fact('certified'), outcome: 'pass' })],
  { id: 'score', label: label('评分', 'Score') },
);

describe('exceptions override a base rule (default logic)', () => {
  it('the exception decides when it applies', () => {
    expect(run(policyOf(scoreRule), { score: 40, certified: true }).status).toBe('eligible');
    expect(run(policyOf(scoreRule), { score: 40, certified: false }).status).toBe('ineligible');
    expect(run(policyOf(scoreRule), { score: 70, certified: false }).status).toBe('eligible');
  });
  it('an exception that may apply leaves the outcome unknown only when it would change it', () => {
    expect(run(policyOf(scoreRule), { score: 70 }).status).toBe('eligible');
    const r = run(policyOf(scoreRule), { score: 40 });
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['certified']);
  });
  it('failed lists the rule and its failing criterion, not the exception', () => {
    expect(run(policyOf(scoreRule), { score: 40, certified: false }).failed).toEqual(['score', 'scoreTotal']);
  });
});

describe('trace', () => {
  const p = policyOf(
    allOf([
      criterion({ id: 'staff', label: label('科技人员占比', 'S&T staff ratio'), cite: cite('doc', '11', '4'), test: gte(fact('ratio'), param('min')), values: { ratio: fact('ratio'), threshold: param('min') } }),
      scoreRule,
    ]),
    { parameters: { min: { label: label('最低比例', 'Minimum ratio'), cite: cite('doc', '11', '4'), versions: [{ from: '2016-01-01', value: '0.10' }] } } },
  );
  it('records rule, clause, facts, parameters and outcome', () => {
    const r = run(p, { ratio: '0.125', score: 40, certified: true }, '2020-06-01', true);
    const staff = r.trace?.children?.[0]?.children?.[0];
    expect(staff).toMatchObject({ kind: 'criterion', id: 'staff', cite: '测〔2020〕1号 art. 11(4)', result: 'pass', facts: [{ path: 'ratio', value: '0.125' }], params: [{ name: 'min', value: '0.10' }] });
    expect(r.criteria[0]).toMatchObject({ id: 'staff', values: { ratio: '0.125', threshold: '0.1' } });
  });
  it('renders readable text in zh and en', () => {
    const r = run(p, { ratio: '0.125', score: 40, certified: true }, '2020-06-01', true);
    const en = renderTrace(r.trace!, 'en');
    const zh = renderTrace(r.trace!, 'zh');
    expect(en).toContain('✓ staff S&T staff ratio: pass  [测〔2020〕1号 art. 11(4)]');
    expect(en).toContain('facts: ratio = 0.125');
    expect(en).toContain('parameters: min = 0.10 (from 2016-01-01, 测〔2020〕1号 art. 11(4))');
    expect(en).toContain('✓ certificate Holds a valid certificate: pass');
    expect(zh).toContain('✓ staff 科技人员占比: 通过');
    expect(zh).toContain('事实: ratio = 0.125');
  });
  it('costs nothing when off: no trace key at all', () => {
    expect(run(p, { ratio: '0.125', score: 70 }).trace).toBeUndefined();
  });
});
