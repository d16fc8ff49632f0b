import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compilePolicy, parsePolicy, PolicyParseError, toJSON, type Expr, type Policy, type Rule,
} from '../../src/engine';
import { noFunctions, policyOf } from './helpers';

const FACTS = ['a', 'b', 'c'] as const;
const decimalText = fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`);
const numExpr: fc.Arbitrary<Expr> = fc.letrec<{ n: Expr }>((tie) => ({
  n: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    decimalText.map((value): Expr => ({ kind: 'num', value })),
    fc.constantFrom(...FACTS).map((f): Expr => ({ kind: 'fact', path: [f] })),
    fc.tuple(fc.constantFrom('+' as const, '-' as const, '*' as const), fc.array(tie('n'), { minLength: 1, maxLength: 3 })).map(([op, args]): Expr => ({ kind: 'arith', op, args })),
    fc.tuple(tie('n'), tie('n'), tie('n')).map(([num, den, ifZero]): Expr => ({ kind: 'div', num, den, ifZero })),
    fc.tuple(tie('n'), fc.integer({ min: 0, max: 4 }), fc.constantFrom('half-up' as const, 'down' as const, 'half-even' as const)).map(([arg, scale, mode]): Expr => ({ kind: 'round', arg, scale, mode })),
    fc.tuple(fc.constantFrom('min' as const, 'max' as const), fc.array(tie('n'), { minLength: 1, maxLength: 3 })).map(([op, args]): Expr => ({ kind: 'minmax', op, args })),
  ),
})).n;
const boolExpr: fc.Arbitrary<Expr> = fc.tuple(fc.constantFrom('>' as const, '>=' as const, '<' as const, '<=' as const, '=' as const, '!=' as const), numExpr, numExpr)
  .map(([op, left, right]): Expr => ({ kind: 'cmp', op, left, right }));
let n = 0;
const rule: fc.Arbitrary<Rule> = fc.letrec<{ r: Rule }>((tie) => ({
  r: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    boolExpr.map((test): Rule => ({ kind: 'criterion', id: `c${n++}`, label: { zh: '条件', en: 'criterion' }, cite: { document: 'doc', article: '1' }, test })),
    fc.tuple(fc.constantFrom('allOf' as const, 'anyOf' as const), fc.array(tie('r'), { maxLength: 3 })).map(([kind, rules]): Rule => ({ kind, rules })),
    tie('r').map((r): Rule => ({ kind: 'not', rule: r })),
    fc.tuple(fc.nat(3), fc.array(tie('r'), { maxLength: 3 })).map(([k, rules]): Rule => ({ kind: 'atLeast', n: k, rules })),
  ),
})).r;
const facts = fc.record({ a: fc.option(decimalText, { nil: undefined }), b: fc.option(decimalText, { nil: undefined }), c: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }) });

describe('policy data round-trips', () => {
  it('toJSON -> JSON text -> parsePolicy is the identity on generated policies', () => {
    fc.assert(fc.property(rule, (r) => {
      const p = policyOf(r);
      const back = parsePolicy(JSON.parse(JSON.stringify(toJSON(p))));
      expect(back).toEqual(p);
    }), { numRuns: 300 });
  });
  it('a parsed policy evaluates exactly as the built one on generated facts', () => {
    fc.assert(fc.property(rule, fc.array(facts, { minLength: 1, maxLength: 5 }), (r, records) => {
      const built = compilePolicy(policyOf(r), { functions: noFunctions });
      const parsed = compilePolicy(parsePolicy(JSON.parse(JSON.stringify(policyOf(r)))), { functions: noFunctions });
      for (const rec of records) expect(parsed.evaluate(rec, { asOf: '2020-06-01', trace: true })).toEqual(built.evaluate(rec, { asOf: '2020-06-01', trace: true }));
    }), { numRuns: 200 });
  });
});

describe('untrusted policy data', () => {
  const base = policyOf({ kind: 'allOf', rules: [] });
  it('rejects unknown keys, unknown kinds and uncited sources with paths', () => {
    expect(() => parsePolicy({ ...base, extra: 1 })).toThrow(PolicyParseError);
    expect(() => parsePolicy({ ...base, eligibility: { kind: 'eval', code: 'process.exit()' } })).toThrow(PolicyParseError);
    try {
      parsePolicy({ ...base, eligibility: { kind: 'criterion', id: 'x', label: { zh: 'x', en: 'x' }, cite: { document: 'nowhere', article: '1' }, test: { kind: 'param', name: 'nope' } } });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyParseError).issues).toEqual([
        { path: 'eligibility.cite', message: "cites unknown source 'nowhere'" },
        { path: 'eligibility.test', message: "unknown parameter 'nope'" },
      ]);
    }
  });
  it('survives prototype-pollution attempts', () => {
    const evil = JSON.parse(`{"id":"x.y","title":{"zh":"a","en":"a"},"sources":[],"effective":{"from":"2020-01-01"},"eligibility":{"kind":"allOf","rules":[]},"__proto__":{"polluted":true}}`);
    expect(() => parsePolicy(evil)).toThrow(/reserved key '__proto__'/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('rejects data nested past the depth limit', () => {
    let deep: Rule = { kind: 'allOf', rules: [] };
    for (let i = 0; i < 100; i++) deep = { kind: 'not', rule: deep };
    expect(() => parsePolicy({ ...base, eligibility: deep } as Policy)).toThrow(/nested deeper than 64 levels/);
  });
  it('rejects overlapping parameter versions', () => {
    const p = { ...base, parameters: { x: { label: { zh: 'x', en: 'x' }, cite: { document: 'doc', article: '1' }, versions: [{ from: '2020-01-01', value: '1' }, { from: '2021-01-01', value: '2' }] } } };
    expect(() => parsePolicy(p)).toThrow(/overlap/);
  });
});

describe('dates in policy data', () => {
  it('must be real calendar days', () => {
    const base = policyOf({ kind: 'allOf', rules: [] });
    expect(() => parsePolicy({ ...base, effective: { from: '2019-02-30' } })).toThrow(/real calendar day/);
    expect(parsePolicy({ ...base, effective: { from: '2020-02-29' } }).effective.from).toBe('2020-02-29');
  });
});
