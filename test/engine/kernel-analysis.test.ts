import { describe, expect, it } from 'vitest';
import type { Expr, Policy, Rule } from '../../src/engine';
import { strictDefinitions } from '../../src/engine/fast/emit/emit-strict';
import { definitionTypes, exprType, type KernelType } from '../../src/engine/fast/emit/emit-types';
import { policyOf } from './helpers';

// The kernel emitter's static analyses, construct by construct: a wrong answer here does not
// make a decision wrong (a kernel that computes too much declines more, one that types too
// loosely checks at run time), so the differential tests cannot see it; these pin it down.

const ref = (name: string): Expr => ({ kind: 'ref', name });
const num = (value: string): Expr => ({ kind: 'num', value });
const T: Expr = { kind: 'bool', value: true };
const criterion = (id: string, test: Expr, values?: Record<string, Expr>): Rule => ({ kind: 'criterion', id, label: { zh: id, en: id }, cite: { document: 'doc', article: '1' }, test, ...(values ? { values } : {}) });
const defs = (names: string[]): Policy['definitions'] => Object.fromEntries(names.map((n) => [n, { expr: num('1'), label: { zh: n, en: n } }]));

describe('strictDefinitions: what every decision evaluates', () => {
  it('reads a definition strictly outside conditional positions, and not inside them', () => {
    const at = (e: Expr, names: string[]): string[] => strictDefinitions(policyOf(criterion('c', e), { definitions: defs(names) } as never));
    expect(at({ kind: 'if', cond: { kind: 'cmp', op: '>', left: ref('c'), right: num('0') }, then: ref('t'), else: ref('e') }, ['c', 't', 'e'])).toEqual(['c']);
    expect(at({ kind: 'coalesce', args: [ref('a'), ref('b')] }, ['a', 'b'])).toEqual(['a']);
    expect(at({ kind: 'div', num: ref('n'), den: ref('d'), ifZero: ref('z') }, ['n', 'd', 'z'])).toEqual(['n', 'd']);
    expect(at({ kind: 'some', over: ['list', { key: 'y', equals: ref('k') }], where: { kind: 'cmp', op: '>', left: ref('w'), right: num('0') } }, ['k', 'w'])).toEqual(['k']);
    expect(at({ kind: 'every', over: ['list'], where: { kind: 'cmp', op: '>', left: ref('w'), right: num('0') } }, ['w'])).toEqual([]);
    expect(at({ kind: 'sumOver', over: ['list', { key: 'y', equals: ref('k') }], value: ref('v'), where: ref('w') }, ['k', 'v', 'w'])).toEqual(['k']);
    expect(at({ kind: 'cmp', op: '>', left: { kind: 'fact', path: ['fin', { key: 'year', equals: ref('y') }, 'x'] }, right: num('0') }, ['y'])).toEqual(['y']);
  });
  it('follows every other kind into its operands', () => {
    const all: Expr[] = [
      { kind: 'arith', op: '+', args: [ref('a1'), ref('a2')] },
      { kind: 'minmax', op: 'max', args: [ref('m1')] },
      { kind: 'and', args: [ref('and1')] },
      { kind: 'or', args: [ref('or1')] },
      { kind: 'cmp', op: '=', left: ref('l'), right: ref('r') },
      { kind: 'not', arg: ref('not1') },
      { kind: 'present', arg: ref('p1') },
      { kind: 'yearOf', arg: ref('y1') },
      { kind: 'in', arg: ref('in1'), values: ['A'] },
      { kind: 'round', arg: ref('round1'), scale: 2, mode: 'half-up' },
      { kind: 'dateAdd', unit: 'days', date: ref('da1'), n: ref('da2') },
      { kind: 'interval', lo: ref('lo1'), hi: ref('hi1') },
      { kind: 'get', of: ref('get1'), path: ['x'] },
      { kind: 'call', fn: 'band.lookup', args: { x: ref('call1') } },
    ];
    const names = ['a1', 'a2', 'm1', 'and1', 'or1', 'l', 'r', 'not1', 'p1', 'y1', 'in1', 'round1', 'da1', 'da2', 'lo1', 'hi1', 'get1', 'call1'];
    const p = policyOf({ kind: 'allOf', rules: all.map((e, i) => criterion(`c${i}`, e)) }, { definitions: defs(names) } as never);
    expect(strictDefinitions(p).sort()).toEqual([...names].sort());
  });
  it('reads criterion values, combinators, the first exception and outputs due for every status; not a base or later exceptions', () => {
    const p = policyOf({
      kind: 'allOf',
      rules: [
        criterion('v', T, { shown: ref('shown') }),
        { kind: 'not', rule: criterion('n', { kind: 'cmp', op: '>', left: ref('negated'), right: num('0') }) },
        { kind: 'anyOf', rules: [criterion('any', { kind: 'cmp', op: '>', left: ref('anyKid'), right: num('0') })] },
        { kind: 'exceptions', base: criterion('b', { kind: 'cmp', op: '>', left: ref('base'), right: num('0') }), exceptions: [
          { id: 'x1', label: { zh: 'x', en: 'x' }, cite: { document: 'doc', article: '1' }, when: { kind: 'cmp', op: '>', left: ref('first'), right: num('0') }, outcome: 'pass' },
          { id: 'x2', label: { zh: 'x', en: 'x' }, cite: { document: 'doc', article: '1' }, when: { kind: 'cmp', op: '>', left: ref('second'), right: num('0') }, outcome: 'fail' },
        ] },
      ],
    }, { definitions: defs(['shown', 'negated', 'anyKid', 'base', 'first', 'second', 'out']), outputs: { o: { expr: ref('out'), type: { type: 'decimal' }, label: { zh: 'o', en: 'o' } } } } as never);
    expect(strictDefinitions(p).sort()).toEqual(['anyKid', 'first', 'negated', 'out', 'shown']);
    expect(strictDefinitions({ ...p, outputsWhen: 'eligible' }).sort()).toEqual(['anyKid', 'first', 'negated', 'shown']);
    expect(strictDefinitions({ ...p, outputsWhen: 'always' }).sort()).toEqual(['anyKid', 'first', 'negated', 'out', 'shown']);
  });
  it('walks a strict definition once into what it reads (strictly), and ignores unknown names', () => {
    const p = policyOf(criterion('c', { kind: 'cmp', op: '>', left: ref('top'), right: ref('nowhere') }), {
      definitions: {
        top: { expr: { kind: 'arith', op: '+', args: [ref('mid'), { kind: 'if', cond: T, then: ref('lazy'), else: ref('mid') }] }, label: { zh: 't', en: 't' } },
        mid: { expr: ref('leaf'), label: { zh: 'm', en: 'm' } },
        leaf: { expr: num('1'), label: { zh: 'l', en: 'l' } },
        lazy: { expr: ref('leaf'), label: { zh: 'z', en: 'z' } },
      },
    } as never);
    expect(strictDefinitions(p)).toEqual(['leaf', 'mid', 'top']);
  });
});

describe('exprType and definitionTypes', () => {
  it('types every kind', () => {
    const cases: [Expr, KernelType][] = [
      [num('1'), 'num'], [{ kind: 'arith', op: '+', args: [] }, 'num'], [{ kind: 'yearOf', arg: { kind: 'asOf' } }, 'num'],
      [T, 'bool'], [{ kind: 'cmp', op: '=', left: num('1'), right: num('1') }, 'bool'], [{ kind: 'and', args: [] }, 'bool'], [{ kind: 'or', args: [] }, 'bool'],
      [{ kind: 'not', arg: T }, 'bool'], [{ kind: 'present', arg: num('1') }, 'bool'], [{ kind: 'in', arg: num('1'), values: [] }, 'bool'],
      [{ kind: 'some', over: ['l'], where: T }, 'bool'], [{ kind: 'every', over: ['l'], where: T }, 'bool'],
      [{ kind: 'str', value: 'x' }, 'str'], [{ kind: 'date', value: '2020-01-01' }, 'str'], [{ kind: 'asOf' }, 'str'],
      [{ kind: 'dateAdd', unit: 'days', date: { kind: 'asOf' }, n: num('1') }, 'str'],
      [{ kind: 'fact', path: ['a'] }, 'dyn'], [{ kind: 'param', name: 'p' }, 'dyn'], [{ kind: 'div', num: num('1'), den: num('2'), ifZero: num('0') }, 'dyn'],
      [{ kind: 'if', cond: T, then: num('1'), else: num('2') }, 'num'],
      [{ kind: 'if', cond: T, then: num('1'), else: T }, 'dyn'],
      [{ kind: 'if', cond: T, then: ref('r'), else: ref('r') }, 'dyn'], // two ratios: boxed
      [ref('r'), 'ratio'], [ref('n'), 'num'],
    ];
    const defType = (name: string): KernelType => (name === 'r' ? 'ratio' : 'num');
    for (const [e, t] of cases) expect([e.kind, exprType(e, defType)]).toEqual([e.kind, t]);
  });
  it('makes a definition that divides a ratio, follows references, and types a cycle dyn', () => {
    const p = policyOf(criterion('c', T), {
      definitions: {
        r: { expr: { kind: 'div', num: num('1'), den: num('3'), ifZero: num('0') }, label: { zh: 'r', en: 'r' } },
        alias: { expr: ref('r'), label: { zh: 'a', en: 'a' } },
        total: { expr: { kind: 'arith', op: '+', args: [num('1')] }, label: { zh: 't', en: 't' } },
        x: { expr: ref('y'), label: { zh: 'x', en: 'x' } },
        y: { expr: ref('x'), label: { zh: 'y', en: 'y' } },
      },
    } as never);
    const t = definitionTypes(p);
    expect(Object.fromEntries(t)).toEqual({ r: 'ratio', alias: 'ratio', total: 'num', x: 'dyn', y: 'dyn' });
  });
});
