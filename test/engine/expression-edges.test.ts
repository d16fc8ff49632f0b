import { describe, expect, it } from 'vitest';
import {
  add, addDays, addMonths, addYears, allOf, and, asOf, bool, coalesce, compileExpr, cond, date, div, fact, get, gte, interval, isIn, keyed, label, cite,
  max, min, mul, newContext, not, num, param, present, ratio, ref, round, str, sub, yearOf, type Expr, type Parameter, type Policy,
} from '../../src/engine';
import { policyOf, run } from './helpers';

// Edge cases of every expression kind, evaluated through a policy output (type json), written
// to kill the mutants Stryker left alive (docs/testing.md, Mutation testing).

function evalOut(expr: Expr, record: unknown = {}, asOfDate = '2020-06-01', extra: Partial<Policy> = {}) {
  return run(policyOf(allOf([]), { outputs: { v: { expr, type: { type: 'json' } } }, ...extra }), record, asOfDate);
}
const value = (expr: Expr, record: unknown = {}, asOfDate = '2020-06-01', extra: Partial<Policy> = {}) => {
  const r = evalOut(expr, record, asOfDate, extra);
  if (r.status === 'error') throw new Error(r.error?.message);
  return r.outputs['v'];
};
const errorOf = (expr: Expr, record: unknown = {}) => evalOut(expr, record).error;

describe('literals and the date', () => {
  it('each literal is itself; asOf is the evaluation date', () => {
    expect(value(num('0.10'))).toBe('0.1');
    expect(value(bool(false))).toBe(false);
    expect(value(str('safety'))).toBe('safety');
    expect(value(date('2020-06-30'))).toBe('2020-06-30');
    expect(value(asOf(), {}, '2021-03-04')).toBe('2021-03-04');
  });
});

describe('unknown propagation', () => {
  it('every operator on a missing fact is unknown with that fact missing, and the output null', () => {
    const a = fact('a');
    const exprs: Expr[] = [
      add(a, 1), sub(1, a), mul(a, 2), div(a, 2, 0), div(2, a, 0), round(a, 2, 'half-up'), min(a, 1), max(1, a), gte(a, 1), gte(1, a), not(a),
      cond(a, 1, 2), isIn(a, ['x']), addDays(a, 1), addDays(date('2020-01-01'), a), yearOf(a), interval(a, 1), interval(1, a), get(a, 'x'),
    ];
    for (const e of exprs) {
      const r = evalOut(e, {});
      expect([JSON.stringify(e), r.status, r.outputs['v'], r.missing]).toEqual([JSON.stringify(e), 'eligible', null, ['a']]);
    }
  });
  it('several missing facts are all reported, sorted', () => {
    expect(evalOut(add(fact('b'), fact('a'), 1)).missing).toEqual(['a', 'b']);
    expect(evalOut(interval(fact('lo'), fact('hi'))).missing).toEqual(['hi', 'lo']);
    expect(evalOut(div(fact('n'), fact('d'), 0)).missing).toEqual(['d', 'n']);
  });
});

describe('conditionals, presence and coalescing', () => {
  it('if takes one branch and never evaluates the other', () => {
    expect(value(cond(bool(true), fact('x'), fact('y')), { x: 1 })).toBe('1');
    expect(value(cond(bool(false), fact('x'), fact('y')), { y: 2 })).toBe('2');
    expect(evalOut(cond(bool(true), fact('x'), fact('y')), { x: 1 }).missing).toEqual([]);
  });
  it('if and not reject a non-boolean', () => {
    expect(errorOf(cond(num(1), 1, 2))?.message).toBe('if: expected a boolean condition, got number 1');
    expect(errorOf(not(num(1)))?.message).toBe('not: expected a boolean, got number 1');
    expect(value(not(bool(false)))).toBe(true);
    expect(value(not(bool(true)))).toBe(false);
  });
  it('present is true for a known value, false for a missing one (and needs nothing)', () => {
    expect(value(present(fact('a')), { a: 0 })).toBe(true);
    expect(value(present(fact('a')), {})).toBe(false);
    expect(evalOut(present(fact('a')), {}).missing).toEqual([]);
  });
  it('coalesce gives the first known value; when none is known, the first unknown', () => {
    expect(value(coalesce(fact('a'), fact('b'), 3), { b: 2 })).toBe('2');
    expect(value(coalesce(fact('a'), fact('b')), { a: 1, b: 2 })).toBe('1');
    expect(value(coalesce(fact('a'), 3), {})).toBe('3');
    const r = evalOut(coalesce(fact('a'), fact('b')), {});
    expect(r.outputs['v']).toBeNull();
    expect(r.missing).toEqual(['a']);
  });
});

describe('membership', () => {
  it('texts by value; numbers and booleans by their JSON text', () => {
    expect(value(isIn(fact('k'), ['safety', 'quality']), { k: 'quality' })).toBe(true);
    expect(value(isIn(fact('k'), ['safety']), { k: 'other' })).toBe(false);
    expect(value(isIn(fact('y'), ['2019', '2020']), { y: 2019 })).toBe(true);
    expect(value(isIn(fact('y'), ['2019']), { y: 2018 })).toBe(false);
    expect(value(isIn(fact('f'), ['true']), { f: true })).toBe(true);
  });
});

describe('dates', () => {
  it('days, months (month-end clamped) and years, forward and back', () => {
    expect(value(addDays(date('2020-01-31'), 1))).toBe('2020-02-01');
    expect(value(addMonths(date('2020-01-31'), 1))).toBe('2020-02-29');
    expect(value(addYears(date('2020-02-29'), 1))).toBe('2021-02-28');
    expect(value(addDays(date('2020-03-01'), -1))).toBe('2020-02-29');
    expect(value(addMonths(date('2020-03-31'), -1))).toBe('2020-02-29');
  });
  it('rejects a non-date and a fractional or non-numeric count', () => {
    expect(errorOf(addDays(num(5), 1))?.message).toBe('dateAdd: expected a date, got number 5');
    expect(errorOf(addMonths(date('2020-01-01'), num('1.5')))?.message).toBe('dateAdd: expected a whole number of months, got number 1.5');
    expect(errorOf(addYears(date('2020-01-01'), str('1')))?.message).toBe('dateAdd: expected a whole number of years, got string 1');
    expect(errorOf(addDays(str('2020-02-30'), 1))?.message).toBe('dateAdd: expected a date, got string 2020-02-30');
  });
  it('yearOf gives the calendar year of a date and rejects anything else', () => {
    expect(value(yearOf(date('2019-12-31')))).toBe('2019');
    expect(errorOf(yearOf(str('2020')))?.message).toBe('yearOf: expected a date, got string 2020');
  });
});

describe('division and rounding', () => {
  it('a zero denominator gives the ifZero value, traced as such', () => {
    expect(value(div(5, 0, 7))).toBe('7');
    const p = policyOf(allOf([]), { outputs: { v: { expr: div(fact('a'), fact('b'), num(9)), type: { type: 'json' } } } });
    const r = run(p, { a: 5, b: 0 }, '2020-06-01', true);
    const steps = r.trace?.children?.find((c) => c.kind === 'output')?.steps;
    expect(steps).toEqual([{ op: 'div', detail: { num: '5', den: '0', divisionByZero: true, value: '9' } }]);
  });
  it('a division is exact and traced; an interval divided keeps its band', () => {
    expect(value(div(1, 4, 0))).toBe('0.25');
    expect(value(div(interval(9, 10), 2, 0))).toEqual({ lo: '4.5', hi: '5' });
    const p = policyOf(allOf([]), { outputs: { v: { expr: div(fact('a'), num(8), num(0)), type: { type: 'json' } } } });
    const r = run(p, { a: 2 }, '2020-06-01', true);
    expect(r.trace?.children?.find((c) => c.kind === 'output')?.steps).toEqual([{ op: 'div', detail: { num: '2', den: '8', value: '0.25' } }]);
  });
  it('a denominator that is not a number is a policy error', () => {
    expect(errorOf(div(1, str('x'), 0))?.message).toBe('div: expected a number, got string x');
    expect(errorOf(div(str('x'), 2, 0))?.message).toBe('div: expected a number, got string x');
  });
  it('rounding is traced with the value before, the scale, the mode and the value after at that scale', () => {
    const p = policyOf(allOf([]), { outputs: { v: { expr: round(fact('x'), 2, 'half-up'), type: { type: 'json' } } } });
    const r = run(p, { x: '0.299' }, '2020-06-01', true);
    expect(r.outputs['v']).toBe('0.3');
    expect(r.trace?.children?.find((c) => c.kind === 'output')?.roundings).toEqual([{ before: '0.299', scale: 2, mode: 'half-up', after: '0.30' }]);
    expect(errorOf(round(str('x'), 2, 'down'))?.message).toBe('round: expected a number, got string x');
  });
  it('rounding and min/max work the same without a trace', () => {
    expect(value(round(fact('x'), 2, 'half-up'), { x: '0.125' })).toBe('0.13');
    expect(value(round(fact('x'), 0, 'down'), { x: '7.9' })).toBe('7');
    expect(value(max(fact('x'), num(3)), { x: 5 })).toBe('5');
    expect(value(div(fact('x'), num(4), num(0)), { x: 1 })).toBe('0.25');
  });
  it('min and max are traced with their operands', () => {
    const p = policyOf(allOf([]), { outputs: { v: { expr: min(fact('a'), num(3)), type: { type: 'json' } } } });
    const r = run(p, { a: 5 }, '2020-06-01', true);
    expect(r.outputs['v']).toBe('3');
    expect(r.trace?.children?.find((c) => c.kind === 'output')?.steps).toEqual([{ op: 'min', detail: { of: ['5', '3'], value: '3' } }]);
  });
});

describe('intervals and record fields', () => {
  it('an interval from two numbers; a reversed one is an evaluation error', () => {
    expect(value(interval(fact('lo'), 10), { lo: 9 })).toEqual({ lo: '9', hi: '10' });
    const r = evalOut(interval(10, 9));
    expect(r.status).toBe('error');
    expect(r.error).toMatchObject({ code: 'EVALUATION_ERROR', message: 'empty interval 10..9' });
    expect(errorOf(interval(str('a'), 9))?.message).toBe('interval: expected a number, got string a');
    expect(errorOf(interval(9, str('b')))?.message).toBe('interval: expected a number, got string b');
  });
  it('get reads own fields along a path; JS numbers become decimals', () => {
    expect(value(get(fact('r'), 'a', 'b'), { r: { a: { b: 1.5 } } })).toBe('1.5');
    expect(value(get(fact('r'), 'a'), { r: { a: 'x' } })).toBe('x');
    expect(value(get(fact('r'), 'a'), { r: { a: null } })).toBeNull();
    expect(errorOf(get(fact('r'), 'a', 'c'), { r: { a: { b: 1 } } })?.message).toBe('get: no field a.c');
    expect(errorOf(get(fact('r'), 'toString'), { r: {} })?.message).toBe('get: no field toString');
    expect(errorOf(get(fact('r'), 'a', 'b'), { r: { a: null } })?.message).toBe('get: no field a.b');
    expect(errorOf(get(fact('r'), 'length'), { r: 'text' })?.message).toBe('get: no field length');
  });
});

describe('parameters', () => {
  const rate: Parameter = {
    label: label('比例', 'Ratio'), cite: cite('doc', '2', '1'),
    versions: [{ from: '2019-01-01', to: '2019-12-31', value: '0.02' }, { from: '2020-01-01', value: '0.01' }],
  };
  const flag: Parameter = { label: label('开关', 'Flag'), cite: cite('doc', '2'), versions: [{ from: '2019-01-01', value: true }] };
  const name: Parameter = { label: label('名称', 'Name'), cite: cite('doc', '2'), versions: [{ from: '2019-01-01', value: { text: 'Hubei' } }] };
  const parameters = { rate, flag, name };
  it('gives decimals, booleans and texts in force at each date of one compiled policy', () => {
    const p = policyOf(allOf([]), { parameters, outputs: { r: { expr: param('rate'), type: { type: 'json' } }, f: { expr: param('flag'), type: { type: 'json' } }, n: { expr: param('name'), type: { type: 'json' } } } });
    expect(run(p, {}, '2019-06-01').outputs).toEqual({ r: '0.02', f: true, n: 'Hubei' });
    expect(run(p, {}, '2020-06-01').outputs).toEqual({ r: '0.01', f: true, n: 'Hubei' });
    expect(run(p, {}, '2019-12-31').outputs['r']).toBe('0.02');
  });
  it('the trace lists each parameter once with its version and citation (open-ended: no to)', () => {
    const p = policyOf(allOf([]), { parameters, outputs: { v: { expr: add(param('rate'), param('rate')), type: { type: 'json' } }, n: { expr: param('name'), type: { type: 'json' } } } });
    const r = run(p, {}, '2020-06-01', true);
    const outs = r.trace?.children?.filter((c) => c.kind === 'output');
    expect(outs?.[0]?.params).toEqual([{ name: 'rate', value: '0.01', from: '2020-01-01', cite: '测〔2020〕1号 art. 2(1)' }]);
    expect(outs?.[1]?.params).toEqual([{ name: 'name', value: 'Hubei', from: '2019-01-01', cite: '测〔2020〕1号 art. 2' }]);
    const r19 = run(p, {}, '2019-06-01', true);
    expect(r19.trace?.children?.find((c) => c.kind === 'output')?.params?.[0]).toEqual({ name: 'rate', value: '0.02', from: '2019-01-01', to: '2019-12-31', cite: '测〔2020〕1号 art. 2(1)' });
  });
  it('two parameters read in one place are both traced, once each', () => {
    const cap: Parameter = { label: label('上限', 'Cap'), cite: cite('doc', '3'), versions: [{ from: '2019-01-01', value: '0.5' }] };
    const p = policyOf(allOf([]), { parameters: { rate, cap }, outputs: { v: { expr: add(param('rate'), param('cap'), param('rate')), type: { type: 'json' } } } });
    const r = run(p, {}, '2020-06-01', true);
    expect(r.outputs['v']).toBe('0.52');
    expect(r.trace?.children?.find((c) => c.kind === 'output')?.params?.map((x) => x.name)).toEqual(['rate', 'cap']);
  });
  it('an unknown parameter or definition is a policy error when compiling', () => {
    expect(() => run(policyOf(allOf([]), { outputs: { v: { expr: param('nope'), type: { type: 'json' } } } }), {})).toThrow('unknown parameter nope');
    expect(() => run(policyOf(allOf([]), { outputs: { v: { expr: ref('nope'), type: { type: 'json' } } } }), {})).toThrow('unknown definition nope');
  });
  it('a reference to an unregistered definition fails when evaluated outside a policy', () => {
    const ev = compileExpr(ref('x'), { functions: new Map(), parameters: {}, sources: [], definition: () => undefined });
    expect(() => ev(newContext({}, '2020-01-01', false))).toThrow('unknown definition x');
  });
});

describe('fact-free expressions are computed once per date, never stale', () => {
  it('one compiled policy, dates alternating, gives each date its own values', () => {
    const p = policyOf(allOf([]), {
      definitions: { year: { expr: yearOf(asOf()) }, lastYear: { expr: sub(ref('year'), 1) } },
      outputs: { y: { expr: ref('lastYear'), type: { type: 'json' } }, end: { expr: addDays(date('2020-01-01'), sub(yearOf(asOf()), 2020)), type: { type: 'json' } } },
    });
    const seen = ['2020-06-01', '2021-06-01', '2020-07-01', '2021-06-01', '2022-01-01', '2020-06-01'].map((d) => run(p, {}, d).outputs);
    expect(seen).toEqual([
      { y: '2019', end: '2020-01-01' }, { y: '2020', end: '2020-01-02' }, { y: '2019', end: '2020-01-01' },
      { y: '2020', end: '2020-01-02' }, { y: '2021', end: '2020-01-03' }, { y: '2019', end: '2020-01-01' },
    ]);
  });
  it('while tracing, a fact-free parameter read is still shown for every record', () => {
    const rate: Parameter = { label: label('比例', 'Ratio'), cite: cite('doc', '2'), versions: [{ from: '2019-01-01', value: '0.5' }] };
    const p = policyOf(allOf([]), { parameters: { rate }, outputs: { v: { expr: mul(param('rate'), 2), type: { type: 'json' } } } });
    run(p, {}, '2020-06-01');
    const r = run(p, {}, '2020-06-01', true);
    expect(r.outputs['v']).toBe('1');
    expect(r.trace?.children?.find((c) => c.kind === 'output')?.params?.map((x) => x.name)).toEqual(['rate']);
  });
  it('an expression reading a fact is never cached across records', () => {
    const p = policyOf(allOf([]), { outputs: { v: { expr: gte(ratio(fact('a'), num(4)), num('0.5')), type: { type: 'json' } } } });
    expect([run(p, { a: 1 }).outputs['v'], run(p, { a: 2 }).outputs['v'], run(p, { a: 1 }).outputs['v']]).toEqual([false, true, false]);
  });
  it('keyed paths look the key up per record', () => {
    const p = policyOf(allOf([]), { outputs: { v: { expr: fact('fin', keyed('year', sub(yearOf(asOf()), 1)), 'rev'), type: { type: 'json' } } } });
    expect(run(p, { fin: [{ year: 2019, rev: 1 }, { year: 2020, rev: 2 }] }, '2020-06-01').outputs['v']).toBe('1');
    expect(run(p, { fin: [{ year: 2019, rev: 1 }, { year: 2020, rev: 2 }] }, '2021-06-01').outputs['v']).toBe('2');
  });
});

describe('lists and records are not numbers', () => {
  it('arithmetic and comparison name a list operand as a list', () => {
    expect(evalOut(add(fact('l'), 1), { l: ['5'] }).error).toEqual({ code: 'POLICY_ERROR', message: '+: expected a number, got list', issues: [] });
    expect(evalOut(gte(fact('l'), num(5)), { l: ['5'] }).error?.message).toBe('cannot compare list >= number 5');
    expect(evalOut(gte(num(5), fact('l')), { l: [5] }).error?.message).toBe('cannot compare number 5 >= list');
  });
});

describe('and/or inside expressions', () => {
  it('Kleene: a false conjunct decides even when another is missing', () => {
    expect(value(and(fact('a'), bool(false)), {})).toBe(false);
    expect(evalOut(and(fact('a'), bool(false)), {}).missing).toEqual([]);
    expect(evalOut(and(fact('a'), bool(true)), {}).missing).toEqual(['a']);
  });
});
