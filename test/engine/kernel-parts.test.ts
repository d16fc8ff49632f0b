import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePolicy, type Policy } from '../../src/engine';
import { strictDefinitions } from '../../src/engine/fast/emit/emit-strict';
import { definitionTypes } from '../../src/engine/fast/emit/emit-types';
import { asType, checked, isLocal, known } from '../../src/engine/fast/emit/emit-convert';
import { literal } from '../../src/engine/fast/emit/emit-state';
import { dateAddOf } from '../../src/engine/fast/fast-ops';
import { Ratio } from '../../src/engine/fast/fast-value';
import { box, order, orderDR, orderRD, stepSlow } from '../../src/engine/fast/kernel-steps';
import { DECLINE } from '../../src/engine/fast/scaled';
import { UNREPRESENTABLE } from '../../src/engine/fast/scaled-facts';
import { Prepared } from '../../src/engine/prepared';
import { plusYears } from '../../src/models/plain-date';
import { getPolicy } from '../../src/policies';
import { STDLIB } from '../../src/rules/stdlib';
import { policyOf } from './helpers';

const hnte = getPolicy('cn.hnte.2016') as Policy;
const sign = (x: bigint): number => (x > 0n ? 1 : x < 0n ? -1 : 0);
const safe = fc.integer({ min: -(2 ** 26), max: 2 ** 26 });
const positive = fc.integer({ min: 1, max: 2 ** 26 });

describe('kernel steps', () => {
  it('property: order is the exact sign of n1/d1 - n2/d2 (checked against BigInt)', () => {
    fc.assert(fc.property(safe, positive, safe, positive, (n1, d1, n2, d2) => {
      const exact = sign(BigInt(n1) * BigInt(d2) - BigInt(n2) * BigInt(d1));
      expect(Math.sign(order(n1, d1, n2, d2))).toBe(exact);
      expect(Math.sign(orderRD(n1, d1, new Ratio(n2, d2)))).toBe(exact);
      expect(Math.sign(orderDR(new Ratio(n1, d1), n2, d2))).toBe(exact);
      expect(Math.sign(orderRD(n1, d1, n2))).toBe(sign(BigInt(n1) - BigInt(n2) * BigInt(d1)));
    }), { numRuns: 2000 });
  });
  it('declines on a product past 2^53 and on values that are not numbers', () => {
    expect(() => order(2 ** 40, 1, 1, 2 ** 20)).toThrow(); // 2^40 x 2^20 is past 2^53
    expect(() => orderRD(1, 2, 'x')).toThrow();
    expect(() => orderDR(true, 1, 2)).toThrow();
    try {
      orderRD(1, 2, 'x');
    } catch (e) {
      expect(e).toBe(DECLINE); // a decline, never another error
    }
    expect(Math.sign(orderDR(10, 1500, 120))).toBe(-1); // 0.10 < 0.125 at scale 2
    expect(orderDR(10, 100, 10)).toBe(0);
  });
  it('boxes a fraction as the fast path would, and steps lists by own keys only', () => {
    expect(box(1500, 120)).toEqual(new Ratio(1500, 120));
    expect(stepSlow(['a', 'b'], '1')).toBe('b');
    expect(stepSlow(['a'], 'length')).toBe(1);
    expect(stepSlow(['a'], 'map')).toBeUndefined();
    expect(stepSlow(5, 'x')).toBeUndefined();
    expect(stepSlow('text', 'length')).toBeUndefined();
  });
});

describe('emitted checks', () => {
  // the emitter's inline checks, written into a module and imported as the kernels are (src/policies/fast/)
  const dir = mkdtempSync(join(tmpdir(), 'zone-policy-checks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const runtime = fileURLToPath(new URL('../../src/engine/fast/aot-runtime.ts', import.meta.url));
  const file = join(dir, 'checks.ts');
  writeFileSync(file, [
    `import * as rt from ${JSON.stringify(runtime)};`,
    'const UNREP = rt.UNREPRESENTABLE;',
    `export function sum(a: number, b: number): number { let t: any; return ${checked('a + b')}; }`,
    `export function knownOf(v: unknown): unknown { let t: any; return ${known('v')}; }`,
    '',
  ].join('\n'));
  const load = async () => (await import(/* @vite-ignore */ file)) as { sum(a: number, b: number): number; knownOf(v: unknown): unknown };
  it('property: checked integer sums equal the exact sum when safe, and decline otherwise', async () => {
    const { sum } = await load();
    const big = fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 });
    fc.assert(fc.property(big, big, (a, b) => {
      const exact = BigInt(a) + BigInt(b);
      const fits = exact <= BigInt(Number.MAX_SAFE_INTEGER) && exact >= -BigInt(Number.MAX_SAFE_INTEGER);
      if (fits) expect(sum(a, b)).toBe(Number(exact));
      else expect(() => sum(a, b)).toThrow();
    }), { numRuns: 2000 });
  });
  it('a known fact declines when missing, null or unrepresentable, and keeps false and 0', async () => {
    const { knownOf } = await load();
    for (const v of [undefined, null, UNREPRESENTABLE]) expect(() => knownOf(v)).toThrow();
    for (const v of [false, 0, '', 'x', 12]) expect(knownOf(v)).toBe(v);
    expect(isLocal({ code: 'd9n', type: 'ratio', den: 'd9q' })).toBe(true);
    expect(isLocal({ code: 'd9()', type: 'ratio', den: 'd9d' })).toBe(false);
    expect(isLocal({ code: 'h3() + d9n', type: 'num' })).toBe(false);
    expect(isLocal({ code: 'd9n + 1', type: 'num' })).toBe(false);
  });
});

describe('emitter helpers', () => {
  it('writes JSON literals safe in source (line separators escaped) and undefined as itself', () => {
    expect(literal('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
    expect(literal(undefined)).toBe('undefined');
    expect(literal({ k: ['x'] })).toBe('{"k":["x"]}');
  });
  it('converts to a declared type: unchanged when it agrees, boxed for dyn, else a decline', () => {
    expect(asType({ code: '(100)', type: 'num' }, 'num')).toBe('(100)');
    expect(asType({ code: 'd9n', type: 'ratio', den: 'd9q' }, 'dyn')).toBe('rt.box(d9n, d9q)');
    expect(asType({ code: 'f()', type: 'dyn' }, 'num')).toBe('(f(), rt.decline())');
  });
});

describe('static analysis of the kernel emitter', () => {
  it('types cn.hnte.2016: divisions are ratios, sums numbers, tests booleans', () => {
    const t = definitionTypes(hnte);
    expect(t.get('rdRatio')).toBe('ratio');
    expect(t.get('stStaffRatio')).toBe('ratio');
    expect(t.get('rdExpenseTotal')).toBe('num');
    expect(t.get('year')).toBe('num');
    expect(t.get('operatingInYearMinus3')).toBe('bool');
    expect(t.get('innovationScore')).toBe('dyn'); // a fact or a sum
  });
  it('cn.hnte.2016: what every decision evaluates is strict, the growth score (only without a given score) is not', () => {
    const strict = strictDefinitions(hnte);
    for (const name of ['year', 'foundingYear', 'rdExpenseTotal', 'salesRevenueTotal', 'rdRatio', 'rdThreshold', 'stStaffRatio', 'innovationScore']) expect(strict).toContain(name);
    for (const name of ['netAssetsGrowthRate', 'salesGrowthRate', 'growthScore']) expect(strict).not.toContain(name);
  });
  it('orders strict definitions after what they read, and leaves a cycle lazy', () => {
    const test = (expr: unknown) => ({ kind: 'criterion', id: 'c', label: { zh: '条', en: 'c' }, cite: { document: 'doc', article: '1' }, test: expr });
    const p = policyOf(test({ kind: 'and', args: [{ kind: 'ref', name: 'c' }, { kind: 'ref', name: 'x' }] }) as never, {
      definitions: {
        c: { expr: { kind: 'cmp', op: '>', left: { kind: 'ref', name: 'b' }, right: { kind: 'num', value: '1' } }, label: { zh: 'c', en: 'c' } },
        b: { expr: { kind: 'arith', op: '+', args: [{ kind: 'ref', name: 'a' }, { kind: 'num', value: '1' }] }, label: { zh: 'b', en: 'b' } },
        a: { expr: { kind: 'if', cond: { kind: 'bool', value: true }, then: { kind: 'ref', name: 'lazy' }, else: { kind: 'num', value: '0' } }, label: { zh: 'a', en: 'a' } },
        lazy: { expr: { kind: 'num', value: '2' }, label: { zh: 'l', en: 'l' } },
        x: { expr: { kind: 'ref', name: 'y' }, label: { zh: 'x', en: 'x' } },
        y: { expr: { kind: 'ref', name: 'x' }, label: { zh: 'y', en: 'y' } },
      },
    } as never);
    expect(strictDefinitions(p)).toEqual(['a', 'b', 'c']);
  });
});

describe('prepared records', () => {
  it('are frozen, and only records made by prepare carry a layout', () => {
    const compiled = compilePolicy(hnte, { functions: STDLIB });
    const p = compiled.prepareFacts({ id: 'E1' });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Prepared.layoutOf(p)).not.toBeUndefined();
    expect(Prepared.layoutOf({ ...p })).toBeUndefined(); // a copy has the fields but not the layout
    expect(Prepared.layoutOf(Object.create(p) as never)).toBeUndefined(); // nor does an object inheriting from one
    expect(Object.keys(p).sort()).toEqual(['asOf', 'input', 'k', 'record', 'validated', 'validation']);
    for (const notObject of [null, undefined, 5, 'p']) expect(Prepared.layoutOf(notObject as never)).toBeUndefined();
  });
});

describe('dateAddOf memo', () => {
  it('property: any order of dates and counts gives the same sums as plusYears', () => {
    const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(fc.array(fc.tuple(date, fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 30 }), (asks) => {
      const add = dateAddOf('years', 100);
      for (const [d, n] of asks) expect(add(d, n * 100)).toBe(plusYears(d, n));
    }), { numRuns: 300 });
  });
});
