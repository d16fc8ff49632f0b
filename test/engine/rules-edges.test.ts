import { describe, expect, it } from 'vitest';
import {
  allOf, anyOf, atLeast, bool, cite, collectReasons, criterion, div, exception, fact, flattenReported, gte, interval, label, notRule, num, withExceptions,
  type Rule, type RuleResult,
} from '../../src/engine';
import { policyOf, run } from './helpers';

// Edge cases of rule trees (reported values, errors, atLeast, exceptions, failed/missing and
// the trace), written to kill the mutants Stryker left alive (docs/testing.md, Mutation testing).

const c = (id: string): Rule => criterion({ id, label: label(id, id.toUpperCase()), cite: cite('doc', '1'), test: fact(id) });
type T = true | false | undefined;
const V: T[] = [true, false, undefined];
const rec = (vals: Record<string, T>) => Object.fromEntries(Object.entries(vals).filter(([, v]) => v !== undefined));

describe('criteria', () => {
  it('report their values: decimals exact up to 10 places, else rounded half-up there; other values as JSON', () => {
    const p = policyOf(criterion({
      id: 'c', label: label('c', 'c'), cite: cite('doc', '1'), test: bool(true),
      values: { third: div(num(2), num(3), num(0)), exact: num('0.125'), flag: fact('f'), band: interval(num(9), num(10)), gone: fact('nope') },
    }));
    expect(run(p, { f: true }).criteria[0]?.values).toEqual({ third: '0.6666666667', exact: '0.125', flag: true, band: { lo: '9', hi: '10' }, gone: null });
  });
  it('report their values when unknown too, with the missing facts and the reason', () => {
    const p = policyOf(criterion({ id: 'c', label: label('c', 'c'), cite: cite('doc', '1'), test: gte(fact('x'), num(1)), values: { x: fact('x'), y: fact('y') } }));
    const r = run(p, { y: 2 });
    expect(r.criteria).toEqual([{ id: 'c', result: 'unknown', cite: '测〔2020〕1号 art. 1', label: { zh: 'c', en: 'c' }, values: { x: null, y: '2' }, missing: ['x'] }]);
    const band = policyOf(criterion({ id: 'b', label: label('b', 'b'), cite: cite('doc', '1'), test: gte(interval(num(1), num(3)), num(2)) }));
    expect(run(band, {}).criteria[0]).toMatchObject({ result: 'unknown', reason: "within the experts' band: the outcome depends on the value chosen within the interval" });
    expect(run(band, {}).criteria[0]?.missing).toBeUndefined();
  });
  it('a test that is not a boolean is a policy error saying where', () => {
    const bad = criterion({ id: 'n', label: label('n', 'n'), cite: cite('doc', '1'), test: num(1) });
    expect(run(policyOf(bad), {}).error).toEqual({ code: 'POLICY_ERROR', message: 'criterion n: test gave number 1, not a boolean (at eligibility)', issues: [] });
    expect(run(policyOf(allOf([c('a'), bad])), { a: true }).error?.message).toBe('criterion n: test gave number 1, not a boolean (at eligibility.rules[1])');
    expect(run(policyOf(notRule(bad)), {}).error?.message).toMatch(/\(at eligibility\.rule\)$/);
    expect(run(policyOf(withExceptions(bad, [exception({ id: 'x', label: label('x', 'x'), cite: cite('doc', '1'), when: bool(false), outcome: 'pass' })])), {}).error?.message).toMatch(/\(at eligibility\.base\)$/);
  });
});

describe('atLeast', () => {
  it('agrees with counting on every combination of three three-valued children, for n = 0..4', () => {
    for (let n = 0; n <= 4; n++) {
      for (const a of V) for (const b of V) for (const d of V) {
        const vals = [a, b, d];
        const pass = vals.filter((v) => v === true).length;
        const unknown = vals.filter((v) => v === undefined).length;
        const want = pass >= n ? 'eligible' : pass + unknown < n ? 'ineligible' : 'undetermined';
        expect([n, a, b, d, run(policyOf(atLeast(n, [c('a'), c('b'), c('d')])), rec({ a, b, d })).status]).toEqual([n, a, b, d, want]);
      }
    }
  });
});

describe('combinator reports', () => {
  it('an undecided atLeast with an id is reported as unknown', () => {
    const r = run(policyOf(atLeast(2, [c('a'), c('b'), c('d')], { id: 'two' })), { a: true });
    expect(r.criteria.map((x) => [x.id, x.result])).toEqual([['two', 'unknown'], ['a', 'pass'], ['b', 'unknown'], ['d', 'unknown']]);
  });
  it('a citation key present but undefined is no citation', () => {
    const rule = { kind: 'allOf', id: 'all', cite: undefined, rules: [c('a')] } as unknown as Rule;
    expect(run(policyOf(rule), { a: true }).criteria[0]).toEqual({ id: 'all', result: 'pass', values: {} });
  });
});

describe('failed and missing', () => {
  it('a failing anyOf lists every failing child and its own id', () => {
    const r = run(policyOf(anyOf([c('b'), c('a')], { id: 'either' })), { a: false, b: false });
    expect(r.failed).toEqual(['a', 'b', 'either']);
    expect(r.criteria.map((x) => x.id)).toEqual(['either', 'b', 'a']);
  });
  it('a failing rule does not report the facts of its unknown children; an unknown one does', () => {
    const f = run(policyOf(allOf([c('a'), c('b')], { id: 'all' })), { a: false });
    expect([f.status, f.failed, f.missing]).toEqual(['ineligible', ['a', 'all'], []]);
    const u = run(policyOf(anyOf([c('a'), c('b')], { id: 'any' })), { a: false });
    expect([u.status, u.failed, u.missing]).toEqual(['undetermined', [], ['b']]);
  });
  it('a passing rule reports no failures, even of failing children it did not need', () => {
    const r = run(policyOf(anyOf([c('a'), c('b')])), { a: true, b: false });
    expect([r.status, r.failed, r.missing]).toEqual(['eligible', [], []]);
  });
  it('a not over a passing child fails with its own id only', () => {
    const r = run(policyOf(notRule(c('listed'), { id: 'notListed' })), { listed: true });
    expect([r.status, r.failed]).toEqual(['ineligible', ['notListed']]);
    const u = run(policyOf(notRule(c('listed'), { id: 'notListed' })), {});
    expect([u.status, u.missing]).toEqual(['undetermined', ['listed']]);
  });
  it('collectReasons and flattenReported on a hand-made tree', () => {
    const tree: RuleResult = {
      outcome: 'unknown', id: 'root', children: [
        { outcome: 'unknown', id: 'x', exception: true, missing: ['cert'], children: [] },
        { outcome: 'fail', id: 'f', children: [] },
        { outcome: 'unknown', id: 'u', missing: ['b', 'a'], children: [] },
        { outcome: 'pass', id: 'p', children: [] },
      ],
    };
    const failed = new Set<string>();
    const missing = new Set<string>();
    collectReasons(tree, failed, missing);
    expect([[...failed], [...missing].sort()]).toEqual([[], ['a', 'b', 'cert']]);
    expect(flattenReported(tree).map((r) => r.id)).toEqual(['root', 'f', 'u', 'p']);
    const fail: RuleResult = { outcome: 'fail', id: 'root', children: [{ outcome: 'fail', id: 'x', exception: true, children: [] }, { outcome: 'fail', children: [{ outcome: 'fail', id: 'deep', children: [] }] }] };
    const f2 = new Set<string>();
    collectReasons(fail, f2, new Set());
    expect([...f2]).toEqual(['root', 'deep']);
  });
});

describe('exceptions', () => {
  const ex = (id: string, when: string, outcome: 'pass' | 'fail') => exception({ id, label: label(id, id), cite: cite('doc', '2', '1'), when: fact(when), outcome });
  const base = criterion({ id: 'score', label: label('评分', 'Score'), cite: cite('doc', '1'), test: gte(fact('score'), num(60)) });
  const rule = withExceptions(base, [ex('veto', 'banned', 'fail'), ex('cert', 'certified', 'pass')], { id: 'scored' });
  const status = (r: Record<string, unknown>) => run(policyOf(rule), r).status;
  it('the first exception that applies decides, in order, whatever the base says', () => {
    expect(status({ banned: true, certified: true, score: 90 })).toBe('ineligible');
    expect(status({ banned: false, certified: true, score: 10 })).toBe('eligible');
    expect(status({ banned: false, certified: false, score: 90 })).toBe('eligible');
    expect(status({ banned: false, certified: false, score: 10 })).toBe('ineligible');
    const r = run(policyOf(rule), { banned: true });
    expect(r.criteria).toEqual([{ id: 'scored', result: 'fail', values: {}, reason: 'exception veto applies' }]);
  });
  it('an exception that may apply makes the outcome unknown only when it could change it', () => {
    expect(status({ certified: false, score: 90 })).toBe('undetermined');
    expect(status({ certified: false, score: 10 })).toBe('ineligible');
    expect(status({ banned: false, score: 90 })).toBe('eligible');
    expect(status({ banned: false, score: 10 })).toBe('undetermined');
    expect(status({ score: 70 })).toBe('undetermined');
    const r = run(policyOf(rule), { score: 10 });
    expect(r.missing).toEqual(['banned', 'certified']);
    expect(r.criteria.map((x) => x.id)).toEqual(['scored', 'score']); // exceptions are not criteria, even when unknown
  });
  it('an exception condition that is not a boolean is a policy error', () => {
    expect(run(policyOf(rule), { banned: 1 }).error?.message).toBe('exception veto: condition gave number 1 (at eligibility)');
  });
  it('the trace shows each exception checked, with its outcome and citation', () => {
    const r = run(policyOf(rule), { banned: false, certified: true, score: 10 }, '2020-06-01', true);
    const node = r.trace?.children?.[0];
    expect(node).toMatchObject({ kind: 'rule', op: 'exceptions', id: 'scored', result: 'pass' });
    expect(node?.children?.map((n) => [n.kind, n.id, n.result, n.cite])).toEqual([
      ['exception', 'veto', 'fail', '测〔2020〕1号 art. 2(1)'],
      ['exception', 'cert', 'pass', '测〔2020〕1号 art. 2(1)'],
    ]);
    const u = run(policyOf(rule), { score: 90 }, '2020-06-01', true);
    expect(u.trace?.children?.[0]?.children?.[0]).toMatchObject({ kind: 'exception', id: 'veto', result: 'unknown', missing: ['banned'] });
  });
});

describe('the trace of rules', () => {
  it('combinators show their operator, id, label and citation; criteria their values', () => {
    const p = policyOf(atLeast(1, [c('a'), notRule(c('b'))], { id: 'one', label: label('其一', 'One of'), cite: cite('doc', '5') }));
    const r = run(p, { a: false, b: false }, '2020-06-01', true);
    const top = r.trace?.children?.[0];
    expect(top).toMatchObject({ kind: 'rule', op: 'atLeast 1', id: 'one', label: { zh: '其一', en: 'One of' }, cite: '测〔2020〕1号 art. 5', result: 'pass' });
    expect(top?.children?.[0]).toMatchObject({ kind: 'criterion', id: 'a', result: 'fail' });
    expect(top?.children?.[0]?.op).toBeUndefined();
    expect(top?.children?.[1]).toMatchObject({ kind: 'rule', op: 'not', result: 'pass' });
    expect(r.trace).toMatchObject({ kind: 'policy', id: 'test.p', label: { zh: '测试', en: 'Test' }, result: 'pass' });
  });
  it('an unknown criterion node carries its missing facts and reason; a valued one its values', () => {
    const p = policyOf(allOf([
      criterion({ id: 'u', label: label('u', 'u'), cite: cite('doc', '1'), test: fact('x'), values: { x: fact('x') } }),
      criterion({ id: 'b', label: label('b', 'b'), cite: cite('doc', '1'), test: gte(interval(num(1), num(3)), num(2)) }),
    ]));
    const r = run(p, {}, '2020-06-01', true);
    const [u, b] = r.trace?.children?.[0]?.children ?? [];
    expect(u).toMatchObject({ result: 'unknown', missing: ['x'], value: { x: null } });
    expect(b?.reason).toMatch(/experts' band/);
    expect(b?.missing).toBeUndefined();
    // Only what is known is written on a node: no keys with undefined values.
    expect(Object.keys(u ?? {})).toEqual(['kind', 'id', 'label', 'cite', 'result', 'missing', 'value']);
    expect(Object.keys(r.trace?.children?.[0] ?? {})).toEqual(['kind', 'op', 'children', 'result']);
  });
});
