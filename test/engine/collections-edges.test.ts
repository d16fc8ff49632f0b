import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Decimal } from '../../src/models/decimal';
import {
  allOf, asOf, bool, call, cite, compilePolicy, criterion, defineFunction, every, fact, gte, isIn, item, keyed, label, num, registryOf, some, sumOver,
  type Expr, type Policy,
} from '../../src/engine';
import { factValue, keyText, numberValue } from '../../src/engine/fact-path';
import { policyOf, run } from './helpers';

// Edge cases of fact paths, collections (some/every/sumOver) and building-block calls,
// written to kill the mutants Stryker left alive (docs/testing.md, Mutation testing).

const out = (expr: Expr, record: unknown, extra: Partial<Policy> = {}) => run(policyOf(allOf([]), { outputs: { v: { expr, type: { type: 'json' } } }, ...extra }), record);

describe('fact paths', () => {
  it('a null or absent step anywhere makes the whole path missing', () => {
    expect(out(fact('ip', 'ownsCoreIp'), { ip: null }).missing).toEqual(['ip.ownsCoreIp']);
    expect(out(fact('ip', 'ownsCoreIp'), { ip: {} }).missing).toEqual(['ip.ownsCoreIp']);
    expect(out(fact('a', 'b', 'c'), { a: { b: null } }).missing).toEqual(['a.b.c']);
    expect(out(fact('a', 'b', 'c'), { a: { b: { c: 0 } } }).outputs['v']).toBe('0');
    expect(out(fact('a', 'b'), { a: 'text' }).missing).toEqual(['a.b']);
  });
  it('only own fields are facts: inherited names and non-finite numbers are missing', () => {
    expect(out(fact('toString'), {}).missing).toEqual(['toString']);
    expect(out(fact('x'), { x: Number.NaN }).missing).toEqual(['x']);
    expect(out(fact('x'), { x: Number.POSITIVE_INFINITY }).missing).toEqual(['x']);
    expect(out(fact('x'), { x: false }).outputs['v']).toBe(false);
  });
  it('a keyed step selects the item whose key field matches as text, from numbers, decimals or strings', () => {
    const p = fact('fin', keyed('year', 2019), 'rev');
    expect(out(p, { fin: [{ year: 2018, rev: 1 }, { year: 2019, rev: 2 }] }).outputs['v']).toBe('2');
    expect(out(p, { fin: [{ year: '2019', rev: 3 }] }).outputs['v']).toBe('3');
    expect(out(p, { fin: [{ rev: 4 }, { year: 2019, rev: 5 }] }).outputs['v']).toBe('5');
    expect(out(p, { fin: [{ year: 2018, rev: 1 }] }).missing).toEqual(['fin[2019].rev']);
    expect(out(p, { fin: { year: 2019, rev: 1 } }).missing).toEqual(['fin[2019].rev']);
    expect(out(p, { fin: [{ year: 2019 }] }).missing).toEqual(['fin[2019].rev']);
  });
  it('a keyed step whose key is unknown needs the key, not the path', () => {
    const p = fact('fin', keyed('year', fact('year')), 'rev');
    const r = out(p, { fin: [{ year: 2019, rev: 1 }] });
    expect(r.missing).toEqual(['year']);
    expect(out(fact('fin', keyed('year', fact('a')), keyed('q', fact('b')), 'rev'), { fin: [] }).missing).toEqual(['a', 'b']);
  });
  it('two keyed steps render each key in place', () => {
    const p = fact('fin', keyed('year', 2019), 'quarters', keyed('q', 2), 'rev');
    expect(out(p, { fin: [{ year: 2019, quarters: [{ q: 1, rev: 1 }, { q: 2, rev: 7 }] }] }).outputs['v']).toBe('7');
    expect(out(p, { fin: [{ year: 2019, quarters: [{ q: 1, rev: 1 }] }] }).missing).toEqual(['fin[2019].quarters[2].rev']);
  });
  it('a record that is null or not a record has no facts; a text has no fields', () => {
    expect(out(fact('x'), null)).toMatchObject({ status: 'eligible', missing: ['x'] });
    expect(out(fact('a', 'length'), { a: 'text' }).missing).toEqual(['a.length']);
    expect(out(fact('a', 'b'), { a: [{ b: 1 }] }).missing).toEqual(['a.b']);
  });
  it('a path that starts with a keyed step renders the key alone; item() outside a collection reads nothing', () => {
    expect(out(fact(keyed('year', 2019), 'rev'), { year: 2019, rev: 1 }).missing).toEqual(['[2019].rev']);
    expect(out(some([keyed('k', 1)], bool(true)), {}).missing).toEqual(['[1]']);
    expect(out(item('x'), { x: 1 }).missing).toEqual(['x']);
  });
  it('a read fact is traced once, with its path and value', () => {
    const p = policyOf(criterion({ id: 'c', label: label('c', 'c'), cite: cite('doc', '1'), test: gte(fact('a', 'b'), fact('a', 'b')) }));
    const r = run(p, { a: { b: 3 } }, '2020-06-01', true);
    expect(r.trace?.children?.[0]?.facts).toEqual([{ path: 'a.b', value: '3' }]);
  });
  it('keyText, numberValue and factValue', () => {
    expect([keyText(new Decimal('2019')), keyText(2019), keyText('x'), keyText(true)]).toEqual(['2019', '2019', 'x', 'true']);
    expect(numberValue(15)).toBe(numberValue(15));
    expect(numberValue(0)).toBe(numberValue(0));
    expect(numberValue(4095)).toBe(numberValue(4095));
    for (const n of [4096, -1, 1.5, 123456]) expect(numberValue(n).toString()).toBe(String(n));
    expect([factValue(undefined), factValue(null), factValue(Number.NaN)]).toEqual([undefined, undefined, undefined]);
    expect((factValue(12.5) as Decimal).toString()).toBe('12.5');
    expect(factValue('12.5')).toBe('12.5');
    const rec = { a: 1 };
    expect(factValue(rec)).toBe(rec);
  });
});

describe('some / every / sumOver', () => {
  const kinds = (k: string[]) => ({ incidents: k.map((kind) => ({ kind })) });
  const safety = isIn(item('kind'), ['safety']);
  it('some and every over empty, mixed and uniform lists', () => {
    expect([[], ['x'], ['safety'], ['x', 'safety'], ['safety', 'safety']].map((k) => out(some(['incidents'], safety), kinds(k)).outputs['v'])).toEqual([false, false, true, true, true]);
    expect([[], ['x'], ['safety'], ['x', 'safety'], ['safety', 'safety']].map((k) => out(every(['incidents'], safety), kinds(k)).outputs['v'])).toEqual([true, false, true, false, true]);
  });
  it('Kleene over items: an unknown item leaves some/every unknown unless another item decides', () => {
    const rec = { incidents: [{}, { kind: 'safety' }] };
    expect(out(some(['incidents'], safety), rec).outputs['v']).toBe(true);
    expect(out(every(['incidents'], safety), { incidents: [{}, { kind: 'x' }] }).outputs['v']).toBe(false);
    const u = out(some(['incidents'], safety), { incidents: [{ kind: 'x' }, {}] });
    expect(u.outputs['v']).toBeNull();
    expect(u.missing).toEqual(['incidents[1].kind']);
  });
  it('item paths start from the list path, nested ones too', () => {
    expect(out(some(['a', 'b'], item('x', 'y')), { a: { b: [{ x: { y: true } }, { x: {} }] } }).outputs['v']).toBe(true);
    expect(out(every(['a', 'b'], item('x', 'y')), { a: { b: [{ x: { y: true } }, { x: {} }] } }).missing).toEqual(['a.b[1].x.y']);
  });
  it('an inner collection reads its own items; the outer item comes back after it', () => {
    const inner = some(['codes'], isIn(item('c'), ['A']));
    const e = every(['firms'], gte(item('n'), num(1)));
    expect(out(allOfExpr(inner, e), { codes: [{ c: 'A' }], firms: [{ n: 1 }, { n: 2 }] }).outputs['v']).toBe(true);
    const nested = some(['firms'], some(['codes'], isIn(item('c'), ['A'])));
    expect(out(nested, { firms: [{ n: 1 }], codes: [{ c: 'A' }] }).outputs['v']).toBe(true);
  });
  it('after an inner collection, the outer item is current again', () => {
    const e = some(['firms'], allOfExpr(some(['codes'], isIn(item('c'), ['A'])), gte(item('n'), num(2))));
    const r = out(e, { firms: [{ n: 1 }, { n: 2 }], codes: [{ c: 'B' }, { c: 'A' }] });
    expect([r.outputs['v'], r.missing]).toEqual([true, []]);
    const s2 = sumOver(['firms'], item('n'), some(['codes'], isIn(item('c'), ['A'])));
    expect(out(s2, { firms: [{ n: 1 }, { n: 2 }], codes: [{ c: 'A' }] }).outputs['v']).toBe('3');
  });
  it('a where that is not a boolean is a policy error of the Kleene operator', () => {
    expect(out(every(['l'], item('x')), { l: [{ x: 1 }] }).error?.message).toBe('and: expected a boolean, got number 1');
    expect(out(some(['l'], item('x')), { l: [{ x: 'y' }] }).error?.message).toBe('or: expected a boolean, got string y');
  });
  it('a missing list is missing; a list that is not a list is a policy error naming what it is', () => {
    expect(out(some(['incidents'], safety), {}).missing).toEqual(['incidents']);
    expect(out(sumOver(['fin'], item('rd')), {}).missing).toEqual(['fin']);
    expect(out(some(['incidents'], safety), { incidents: { kind: 'safety' } }).error?.message).toBe('some: record is not a list');
    expect(out(every(['incidents'], safety), { incidents: 'safety' }).error?.message).toBe('every: string safety is not a list');
    expect(out(sumOver(['fin'], item('rd')), { fin: true }).error?.message).toBe('sumOver: boolean true is not a list');
  });
  it('sumOver adds the kept items only; a skipped item may lack the value', () => {
    const rd = sumOver(['fin'], item('rd'), gte(item('year'), num(2018)));
    expect(out(rd, { fin: [{ year: 2017 }, { year: 2018, rd: 4 }, { year: 2019, rd: '6.5' }] }).outputs['v']).toBe('10.5');
    expect(out(sumOver(['fin'], item('rd')), { fin: [] }).outputs['v']).toBe('0');
    expect(out(sumOver(['fin'], item('rd')), { fin: [{ rd: 1 }, { rd: 2 }] }).outputs['v']).toBe('3');
  });
  it('sumOver is unknown when a kept value or a filter is unknown, with every missing path', () => {
    const rd = sumOver(['fin'], item('rd'), gte(item('year'), num(2018)));
    const r = out(rd, { fin: [{ rd: 1 }, { year: 2019 }, { year: 2020, rd: 2 }] });
    expect(r.outputs['v']).toBeNull();
    expect(r.missing).toEqual(['fin[0].year', 'fin[1].rd']);
    expect(out(sumOver(['fin'], item('rd'), bool(true)), { fin: [{ rd: 'x' }] }).error?.message).toBe('sumOver: expected a number, got string x');
  });
});

/** Both conditions hold (an `and` without the builder, to mix collections). */
function allOfExpr(a: Expr, b: Expr): Expr {
  return { kind: 'and', args: [a, b] };
}

describe('building-block calls', () => {
  const notes: string[] = [];
  // Built inside each test (not at collection time), so mutation testing sees which tests use it.
  const makeScale = (withNotes = true) => defineFunction({
    name: 'demo.scale',
    label: label('缩放', 'Scale'),
    args: { x: 'required', bonus: 'optional' },
    config: z.strictObject({ factor: z.string(), extra: z.strictObject({ n: z.int() }).optional() }),
    make: (cfg) => (args, env) => {
      const x = args['x'] as Decimal;
      const bonus = args['bonus'];
      notes.push(`${env.asOf}:${bonus === undefined ? 'none' : String(bonus)}`);
      if (withNotes) env.note('scaled', { factor: cfg.factor });
      return x.times(cfg.factor).plus(bonus instanceof Decimal ? bonus : 0);
    },
  });
  const withCall = (args: Record<string, Expr>, config: unknown = { factor: '2' }) =>
    policyOf(allOf([]), { outputs: { v: { expr: call('demo.scale', args, config), type: { type: 'json' } } } });
  const evaluate = (p: Policy, record: unknown, trace = false, withNotes = true) =>
    compilePolicy(p, { functions: registryOf([makeScale(withNotes)]) }).evaluate(record, { asOf: '2020-06-01', trace });

  it('passes known arguments and the date; an unknown optional one arrives as undefined', () => {
    notes.length = 0;
    expect(evaluate(withCall({ x: fact('x'), bonus: fact('b') }), { x: 3, b: 1 }).outputs['v']).toBe('7');
    expect(evaluate(withCall({ x: fact('x'), bonus: fact('b') }), { x: 3 }).outputs['v']).toBe('6');
    expect(notes).toEqual(['2020-06-01:1', '2020-06-01:none']);
  });
  it('an unknown required argument makes the call unknown without running it', () => {
    notes.length = 0;
    const r = evaluate(withCall({ x: fact('x'), bonus: fact('b') }), { b: 1 });
    expect(r.outputs['v']).toBeNull();
    expect(r.missing).toEqual(['x']);
    expect(notes).toEqual([]);
  });
  it('traces the block’s notes under its name, then its value', () => {
    const r = evaluate(withCall({ x: fact('x') }), { x: 3 }, true);
    expect(r.trace?.children?.find((c) => c.kind === 'output')?.steps).toEqual([
      { op: 'demo.scale:scaled', detail: { factor: '2' } },
      { op: 'demo.scale', detail: { value: '6' } },
    ]);
    const quiet = evaluate(withCall({ x: fact('x') }), { x: 3 }, true, false);
    expect(quiet.trace?.children?.find((c) => c.kind === 'output')?.steps).toEqual([{ op: 'demo.scale', detail: { value: '6' } }]);
    expect(evaluate(withCall({ x: fact('x') }), { x: 3 }, false).outputs['v']).toBe('6');
  });
  it('compiling checks the name, the configuration and the arguments', () => {
    expect(() => evaluate(policyOf(allOf([]), { outputs: { v: { expr: call('demo.nope', {}), type: { type: 'json' } } } }), {})).toThrow('unknown function demo.nope');
    expect(() => evaluate(withCall({ x: num(1) }, { factor: 2 }), {})).toThrow(/^bad configuration for demo\.scale: factor: /);
    expect(() => evaluate(withCall({ x: num(1) }, { factor: 2, extra: { n: 'x' } }), {})).toThrow(/^bad configuration for demo\.scale: factor: [^;]+; extra\.n: /);
    expect(() => evaluate(withCall({ bonus: num(1) }), {})).toThrow('demo.scale: missing argument x');
    expect(() => evaluate(withCall({ x: num(1), extra: num(1) }), {})).toThrow('demo.scale: unknown argument extra');
    expect(() => evaluate(withCall({ x: num(1), toString: num(1) }), {})).toThrow('demo.scale: unknown argument toString');
  });
  it('a function’s check lists zod issues by path, or (config) for the whole', () => {
    const scale = makeScale();
    expect(scale.check({ factor: '2', extra: { n: 1.5 } }).map((i) => i.path)).toEqual(['extra.n']);
    expect(scale.check({ factor: '2' })).toEqual([]);
    expect(scale.check({ factor: 2 }).map((i) => i.path)).toEqual(['factor']);
    expect(scale.check(undefined).map((i) => i.path)).toEqual(['(config)']);
    expect(scale.argsOf({ factor: '2' })).toEqual({ x: 'required', bonus: 'optional' });
    expect(scale.configSchema).toBeDefined();
    const bare = defineFunction({ name: 'demo.bare', label: label('无', 'Bare'), args: {}, make: () => () => true });
    expect([bare.check({ anything: 1 }), bare.configSchema, 'returns' in bare]).toEqual([[], undefined, false]);
    const typed = defineFunction({ name: 'demo.typed', label: label('有', 'Typed'), args: {}, returns: { type: 'money' }, make: (cfg: unknown) => () => cfg === undefined });
    expect(typed.returns).toEqual({ type: 'money' });
    expect(typed.compile(undefined)({}, { asOf: '2020-01-01', note: () => {} })).toBe(true);
    expect(() => registryOf([bare, bare])).toThrow('duplicate function demo.bare');
  });
  it('arguments named by the configuration are read from the parsed configuration', () => {
    const pick = defineFunction({
      name: 'demo.pick', label: label('选', 'Pick'), args: {}, config: z.strictObject({ arg: z.string() }),
      argsFor: (cfg) => ({ [cfg.arg]: 'required' as const }),
      make: (cfg) => (args) => args[cfg.arg] ?? null,
    });
    expect(pick.argsOf({ arg: 'a' })).toEqual({ a: 'required' });
    const p = policyOf(allOf([]), { outputs: { v: { expr: call('demo.pick', { a: fact('a') }, { arg: 'a' }), type: { type: 'json' } } } });
    expect(compilePolicy(p, { functions: registryOf([pick]) }).evaluate({ a: 'x' }, { asOf: '2020-06-01' }).outputs['v']).toBe('x');
  });
  it('the date is the evaluation date', () => {
    notes.length = 0;
    compilePolicy(withCall({ x: num(1) }), { functions: registryOf([makeScale()]) }).evaluate({}, { asOf: '2021-02-03' });
    expect(notes).toEqual(['2021-02-03:none']);
    expect(asOf()).toEqual({ kind: 'asOf' });
  });
});
