import { describe, expect, it } from 'vitest';
import {
  add, allOf, and, asOf, bool, call, cite, coalesce, cond, date, div, ExprSchema, fact, factsOf, formatCitation, get, gte, InputError, interval, isIn, item, label, max, mul,
  ne, NotInForceError, num, param, PolicyError, ratio, ref, renderTrace, round, RuleSchema, some, sumOver, toFenExpr, versionAt, yearOf, newContext, type Expr,
  type TraceNode,
} from '../../src/engine';
import { policyOf, run } from './helpers';
import { noteFact, noteStep } from '../../src/engine/context';
import { isFactFree } from '../../src/engine/hoist';

// Edge cases of trace rendering, citations, the expression builder, the fact-free analysis
// and the evaluation context, written to kill the mutants Stryker left alive
// (docs/testing.md, Mutation testing).

describe('renderTrace', () => {
  const tree: TraceNode = {
    kind: 'policy', id: 'p', label: { zh: '政策', en: 'Policy' }, result: 'unknown',
    children: [
      {
        kind: 'criterion', id: 'ratio', label: { zh: '比例', en: 'Ratio' }, cite: 'D art. 1', result: 'fail',
        facts: [{ path: 'a', value: '1' }, { path: 'b', value: true }],
        params: [{ name: 'min', value: '0.10', from: '2016-01-01', cite: 'D art. 2' }, { name: 'on', value: true, from: '2019-01-01', cite: 'D art. 3' }],
        steps: [{ op: 'div', detail: { num: '1', den: '3' } }, { op: 'note', detail: 'text' }],
        roundings: [{ before: '0.333', scale: 2, mode: 'half-up', after: '0.33' }],
        value: { ratio: '0.33' },
      },
      { kind: 'rule', op: 'anyOf', result: 'unknown', missing: ['x', 'y'], reason: 'why', value: {} },
      { kind: 'definition', id: 'year', value: '2020' },
      { kind: 'output', id: 'fee', value: { lo: '1', hi: '2' } },
      { kind: 'exception', result: 'pass' },
    ],
  };
  it('renders every part of every node, indented by depth', () => {
    expect(renderTrace(tree, 'en').split('\n')).toEqual([
      '? p Policy: unknown',
      '  ✗ ratio Ratio: fail  [D art. 1]',
      '      facts: a = 1, b = true',
      '      parameters: min = 0.10 (from 2016-01-01, D art. 2), on = true (from 2019-01-01, D art. 3)',
      '      div: {"num":"1","den":"3"}',
      '      note: text',
      '      rounding: 0.333 -> 0.33 (half-up, 2)',
      '      value: {"ratio":"0.33"}',
      '  ? (anyOf): unknown',
      '      missing: x, y',
      '      why',
      '  • year = 2020',
      '  • fee = {"lo":"1","hi":"2"}',
      '  ✓ (exception): pass',
    ]);
  });
  it('in Chinese', () => {
    expect(renderTrace(tree, 'zh').split('\n').slice(0, 8)).toEqual([
      '? p 政策: 待定',
      '  ✗ ratio 比例: 不通过  [D art. 1]',
      '      事实: a = 1, b = true',
      '      参数: min = 0.10 (自 2016-01-01, D art. 2), on = true (自 2019-01-01, D art. 3)',
      '      div: {"num":"1","den":"3"}',
      '      note: text',
      '      舍入: 0.333 -> 0.33 (half-up, 2)',
      '      值: {"ratio":"0.33"}',
    ]);
    expect(renderTrace({ kind: 'criterion', id: 'c', result: 'pass' }, 'zh')).toBe('✓ c: 通过');
  });
  it('a node with a result shows a scalar or null value too, but not an empty record', () => {
    expect(renderTrace({ kind: 'criterion', id: 'c', result: 'pass', value: 'x' }, 'en')).toBe('✓ c: pass\n    value: x');
    expect(renderTrace({ kind: 'criterion', id: 'c', result: 'pass', value: null }, 'en')).toBe('✓ c: pass\n    value: null');
    expect(renderTrace({ kind: 'criterion', id: 'c', result: 'fail', value: {} }, 'en')).toBe('✗ c: fail');
    expect(renderTrace({ kind: 'criterion', id: 'c', result: 'pass', value: '' }, 'en')).toBe('✓ c: pass\n    value: ');
    expect(renderTrace({ kind: 'output', id: 'o' }, 'en')).toBe('• o');
    expect(renderTrace({ kind: 'output', id: 'o', steps: [{ op: 'x', detail: undefined as unknown as null }] }, 'en')).toBe('• o\n    x: ');
    expect(renderTrace({ kind: 'policy' }, 'en', 2)).toBe('    • (policy)');
  });
});

describe('formatCitation', () => {
  const sources = [
    { id: 'numbered', number: '国发〔2020〕1号', title: { zh: '通知', en: 'Notice' } },
    { id: 'plain', title: { zh: '办法', en: 'Measures' } },
  ];
  it('names the document by number, else its Chinese title, else its id; clause and item in brackets', () => {
    expect(formatCitation({ document: 'numbered', article: '3' }, sources)).toBe('国发〔2020〕1号 art. 3');
    expect(formatCitation({ document: 'plain', article: '3', clause: '2' }, sources)).toBe('办法 art. 3(2)');
    expect(formatCitation({ document: 'ghost', article: '3', clause: '2', item: '4' }, sources)).toBe('ghost art. 3(2)(4)');
    expect(formatCitation({ document: 'plain', article: '3', item: '4' }, sources)).toBe('办法 art. 3(4)');
  });
});

describe('builder', () => {
  it('integers and decimal strings become literals; other JS numbers are refused', () => {
    expect(num(3)).toEqual({ kind: 'num', value: '3' });
    expect(num('0.10')).toEqual({ kind: 'num', value: '0.10' });
    expect(add(1, '2', fact('x'))).toEqual({ kind: 'arith', op: '+', args: [{ kind: 'num', value: '1' }, { kind: 'num', value: '2' }, { kind: 'fact', path: ['x'] }] });
    expect(() => num(1.5)).toThrow('write non-integer literal 1.5 as a decimal string');
    expect(() => num(2 ** 53)).toThrow(TypeError);
    expect(num(-(2 ** 53 - 1)).kind).toBe('num');
  });
  it('ratio divides with 0 for a zero denominator unless told; toFenExpr rounds half-up at 2', () => {
    expect(ratio(1, 2)).toEqual(div(1, 2, 0));
    expect(ratio(1, 2, 5)).toEqual({ kind: 'div', num: num(1), den: num(2), ifZero: num(5) });
    expect(toFenExpr(fact('x'))).toEqual(round(fact('x'), 2, 'half-up'));
  });
  it('each operator builds its own node', () => {
    expect(mul(2, 3)).toEqual({ kind: 'arith', op: '*', args: [num(2), num(3)] });
    expect(max(1, 2)).toEqual({ kind: 'minmax', op: 'max', args: [num(1), num(2)] });
    expect(ne(fact('x'), 0)).toEqual({ kind: 'cmp', op: '!=', left: fact('x'), right: num(0) });
    expect(run(policyOf(allOf([]), { outputs: { v: { expr: ne(fact('x'), 0), type: { type: 'boolean' } } } }), { x: 0 }).outputs['v']).toBe(false);
    expect(run(policyOf(allOf([]), { outputs: { v: { expr: ne(fact('x'), 0), type: { type: 'boolean' } } } }), { x: 1 }).outputs['v']).toBe(true);
  });
  it('factsOf reads facts by typed paths', () => {
    const f = factsOf<{ ip?: { ownsCoreIp?: boolean }; stStaff?: number }>();
    expect(f('ip', 'ownsCoreIp')).toEqual({ kind: 'fact', path: ['ip', 'ownsCoreIp'] });
    expect(f('stStaff')).toEqual(fact('stStaff'));
  });
  it('optional parts are left out when not given', () => {
    expect(sumOver(['f'], item('x'))).toStrictEqual({ kind: 'sumOver', over: ['f'], value: { kind: 'item', path: ['x'] } });
    expect(sumOver(['f'], item('x'), isIn(item('k'), ['a']))).toHaveProperty('where');
    expect(call('f', {})).toStrictEqual({ kind: 'call', fn: 'f', args: {} });
    expect(call('f', {}, { a: 1 })).toEqual({ kind: 'call', fn: 'f', args: {}, config: { a: 1 } });
    expect(cite('d', '1')).toEqual({ document: 'd', article: '1' });
    expect(cite('d', '1', '2', { item: '3' })).toEqual({ document: 'd', article: '1', clause: '2', item: '3' });
    expect(allOf([])).toEqual({ kind: 'allOf', rules: [] });
  });
});

describe('isFactFree', () => {
  const defs: Record<string, Expr> = { year: yearOf(asOf()), revenue: fact('rev'), viaYear: add(ref('year'), 1), viaRevenue: add(ref('revenue'), 1), loop: add(ref('loop'), 1) };
  const free = (e: Expr) => isFactFree(e, (n) => defs[n]);
  it('constants, the date and parameters are free; facts, items and collections are not', () => {
    expect([num(1), date('2020-01-01'), asOf(), param('p'), { kind: 'bool', value: true } as Expr, { kind: 'str', value: 'x' } as Expr].map(free)).toEqual([true, true, true, true, true, true]);
    expect([fact('x'), item('x'), some(['l'], item('x')), sumOver(['l'], num(1))].map(free)).toEqual([false, false, false, false]);
  });
  it('every compound kind is free exactly when all its parts are', () => {
    const pairs: [Expr, Expr][] = [
      [add(num(1), num(2)), add(num(1), fact('x'))],
      [div(num(1), num(2), num(0)), div(num(1), num(2), fact('x'))],
      [round(param('p'), 2, 'half-up'), round(fact('x'), 2, 'half-up')],
      [gte(asOf(), date('2020-01-01')), gte(asOf(), fact('d'))],
      [cond(gte(num(1), num(0)), num(1), num(2)), cond(gte(num(1), num(0)), num(1), fact('x'))],
      [coalesce(num(1), num(2)), coalesce(num(1), fact('x'))],
      [isIn(param('p'), ['a']), isIn(fact('k'), ['a'])],
      [interval(num(1), num(2)), interval(num(1), fact('x'))],
      [get(param('p'), 'a'), get(fact('r'), 'a')],
      [call('f', { a: num(1) }), call('f', { a: num(1), b: fact('x') })],
      [{ kind: 'dateAdd', unit: 'days', date: asOf(), n: num(1) }, { kind: 'dateAdd', unit: 'days', date: asOf(), n: fact('n') }],
      [{ kind: 'not', arg: param('flag') }, { kind: 'not', arg: fact('flag') }],
      [{ kind: 'present', arg: param('p') }, { kind: 'present', arg: fact('x') }],
      [{ kind: 'or', args: [param('a'), param('b')] }, { kind: 'or', args: [param('a'), fact('b')] }],
      [{ kind: 'minmax', op: 'min', args: [num(1), num(2)] }, { kind: 'minmax', op: 'min', args: [fact('a'), num(2)] }],
    ];
    expect(pairs.map(([a, b]) => [free(a), free(b)])).toEqual(pairs.map(() => [true, false]));
    expect(free(call('f', {}))).toBe(true);
  });
  it('a division, a condition and a conjunction read facts if any part does', () => {
    expect([free(div(fact('x'), 1, 0)), free(div(1, fact('x'), 0)), free(div(1, 2, 0))]).toEqual([false, false, true]);
    expect([free(cond(fact('c'), 1, 2)), free(cond(bool(true), fact('x'), 2)), free(cond(bool(true), 1, 2))]).toEqual([false, false, true]);
    expect([free(and(param('a'), param('b'))), free(and(param('a'), fact('b')))]).toEqual([true, false]);
  });
  it('definitions are followed; unknown ones and cycles count as reading facts', () => {
    expect([free(ref('year')), free(ref('viaYear')), free(ref('revenue')), free(ref('viaRevenue')), free(ref('ghost')), free(ref('loop'))]).toEqual([true, true, false, false, false, false]);
  });
});

describe('evaluation context', () => {
  it('a traced context has a policy root; an untraced one has no frame', () => {
    const t = newContext({ a: 1 }, '2020-01-01', true);
    expect([t.frame, t.root === t.frame, t.asOf, t.facts]).toEqual([{ kind: 'policy' }, true, '2020-01-01', { a: 1 }]);
    expect(newContext({}, '2020-01-01', false).frame).toBeNull();
  });
  it('notes each fact once and every step, only when tracing', () => {
    const t = newContext({}, '2020-01-01', true);
    noteFact(t, 'a', 1);
    noteFact(t, 'a', 1);
    noteFact(t, 'b', 2);
    noteStep(t, 'x', 1);
    noteStep(t, 'x', 1);
    expect(t.frame).toEqual({ kind: 'policy', facts: [{ path: 'a', value: 1 }, { path: 'b', value: 2 }], steps: [{ op: 'x', detail: 1 }, { op: 'x', detail: 1 }] });
    const u = newContext({}, '2020-01-01', false);
    noteFact(u, 'a', 1);
    noteStep(u, 'x', 1);
    expect(u.frame).toBeNull();
  });
});

describe('errors and schemas', () => {
  it('errors carry their names, codes and issues', () => {
    const i = new InputError('INVALID_INPUT', 'bad');
    expect([i.name, i.code, i.message, i.issues]).toEqual(['InputError', 'INVALID_INPUT', 'bad', []]);
    expect([new PolicyError('x').name, new PolicyError('x').message, new PolicyError('x', 'here').message]).toEqual(['PolicyError', 'x', 'x (at here)']);
    const n = new NotInForceError('rate', '2020-01-01');
    expect([n.name, n.code, n.subject, n.asOf, n.message]).toEqual(['NotInForceError', 'NOT_IN_FORCE', 'rate', '2020-01-01', 'rate is not in force on 2020-01-01']);
    const cap = { label: label('上限', 'Cap'), cite: cite('doc', '1'), versions: [{ from: '2020-01-01', value: '1' }] };
    expect(() => versionAt('cap', cap, '2019-12-31')).toThrow('parameter cap is not in force on 2019-12-31');
  });
  it('expression and rule schemas refuse reserved keys in paths and records', () => {
    for (const k of ['__proto__', 'constructor', 'prototype']) {
      expect(ExprSchema.safeParse({ kind: 'fact', path: [k] }).success, k).toBe(false);
      expect(ExprSchema.safeParse({ kind: 'item', path: ['a', k] }).success, k).toBe(false);
    }
    // (zod itself never lets a record key __proto__ through to the refinement)
    for (const k of ['constructor', 'prototype']) {
      expect(ExprSchema.safeParse({ kind: 'call', fn: 'f', args: { [k]: { kind: 'num', value: '1' } } }).success, k).toBe(false);
      const crit = { kind: 'criterion', id: 'c', label: { zh: 'c', en: 'c' }, cite: { document: 'd', article: '1' }, test: { kind: 'bool', value: true }, values: { [k]: { kind: 'num', value: '1' } } };
      expect(RuleSchema.safeParse(crit).success, k).toBe(false);
    }
    expect(ExprSchema.safeParse({ kind: 'fact', path: ['protoType', 'constructorX'] }).success).toBe(true);
    expect(RuleSchema.safeParse({ kind: 'criterion', id: 'c', label: { zh: 'c', en: 'c' }, cite: { document: 'd', article: '1' }, test: { kind: 'bool', value: true }, values: { ok: { kind: 'num', value: '1' } } }).success).toBe(true);
  });
});
