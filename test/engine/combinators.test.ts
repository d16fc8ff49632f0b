import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allOf, anyOf, atLeast, cite, criterion, fact, label, notRule, type Rule } from '../../src/engine';
import { policyOf, run } from './helpers';

// A criterion reading a boolean fact: pass (true), fail (false) or unknown (absent).
const c = (id: string): Rule => criterion({ id, label: label(id, id), cite: cite('doc', '1'), test: fact(id) });
type T = true | false | undefined;
const rec = (vals: Record<string, T>) => Object.fromEntries(Object.entries(vals).filter(([, v]) => v !== undefined));
const status = (r: Rule, vals: Record<string, T>) => run(policyOf(r), rec(vals)).status;
const V: T[] = [true, false, undefined];
const S = (v: T) => (v === true ? 'eligible' : v === false ? 'ineligible' : 'undetermined');

describe('Kleene truth tables', () => {
  it('allOf: fails when any child fails, even with unknowns', () => {
    const table: [T, T, string][] = [];
    for (const a of V) for (const b of V) table.push([a, b, status(allOf([c('a'), c('b')]), { a, b })]);
    expect(table).toEqual([
      [true, true, 'eligible'], [true, false, 'ineligible'], [true, undefined, 'undetermined'],
      [false, true, 'ineligible'], [false, false, 'ineligible'], [false, undefined, 'ineligible'],
      [undefined, true, 'undetermined'], [undefined, false, 'ineligible'], [undefined, undefined, 'undetermined'],
    ]);
  });
  it('anyOf: passes when any child passes, even with unknowns', () => {
    const table: [T, T, string][] = [];
    for (const a of V) for (const b of V) table.push([a, b, status(anyOf([c('a'), c('b')]), { a, b })]);
    expect(table).toEqual([
      [true, true, 'eligible'], [true, false, 'eligible'], [true, undefined, 'eligible'],
      [false, true, 'eligible'], [false, false, 'ineligible'], [false, undefined, 'undetermined'],
      [undefined, true, 'eligible'], [undefined, false, 'undetermined'], [undefined, undefined, 'undetermined'],
    ]);
  });
  it('not swaps pass and fail and keeps unknown', () => {
    expect(V.map((a) => status(notRule(c('a')), { a }))).toEqual(['ineligible', 'eligible', 'undetermined']);
  });
  it('atLeast(2) of three', () => {
    const r = atLeast(2, [c('a'), c('b'), c('c')]);
    expect(status(r, { a: true, b: true, c: undefined })).toBe('eligible');
    expect(status(r, { a: true, b: false, c: undefined })).toBe('undetermined');
    expect(status(r, { a: false, b: false, c: undefined })).toBe('ineligible');
    expect(status(r, { a: true, b: false, c: false })).toBe('ineligible');
    expect(status(atLeast(0, []), {})).toBe('eligible');
  });
  it('reports the failed ids and the facts still needed, sorted', () => {
    const r = run(policyOf(allOf([c('b'), c('a'), c('z')])), { b: false, a: false });
    expect(r.failed).toEqual(['a', 'b']);
    expect(r.missing).toEqual([]); // decided: the unknown z is not needed
    const u = run(policyOf(allOf([c('b'), c('a'), c('z')])), { a: true, b: true });
    expect(u.status).toBe('undetermined');
    expect(u.missing).toEqual(['z']);
    expect(u.criteria.map((x) => [x.id, x.result])).toEqual([['b', 'pass'], ['a', 'pass'], ['z', 'unknown']]);
  });
});

describe('Kleene laws (fast-check)', () => {
  const tv = fc.constantFrom<T>(true, false, undefined);
  it('De Morgan: not(allOf(a,b)) = anyOf(not a, not b)', () => {
    fc.assert(fc.property(tv, tv, (a, b) => {
      expect(status(notRule(allOf([c('a'), c('b')])), { a, b })).toBe(status(anyOf([notRule(c('a')), notRule(c('b'))]), { a, b }));
      expect(status(notRule(anyOf([c('a'), c('b')])), { a, b })).toBe(status(allOf([notRule(c('a')), notRule(c('b'))]), { a, b }));
    }));
  });
  it('absorption: a and (a or b) = a, a or (a and b) = a, with unknown', () => {
    fc.assert(fc.property(tv, tv, (a, b) => {
      expect(status(allOf([c('a'), anyOf([c('a'), c('b')])]), { a, b })).toBe(S(a));
      expect(status(anyOf([c('a'), allOf([c('a'), c('b')])]), { a, b })).toBe(S(a));
    }));
  });
  it('commutativity and identity of allOf/anyOf', () => {
    fc.assert(fc.property(tv, tv, (a, b) => {
      expect(status(allOf([c('a'), c('b')]), { a, b })).toBe(status(allOf([c('b'), c('a')]), { a, b }));
      expect(status(anyOf([c('a'), c('b')]), { a, b })).toBe(status(anyOf([c('b'), c('a')]), { a, b }));
      expect(status(allOf([c('a')]), { a })).toBe(S(a));
      expect(status(anyOf([c('a')]), { a })).toBe(S(a));
    }));
  });
});
