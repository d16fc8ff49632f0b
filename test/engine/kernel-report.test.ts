import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePolicy, type Expr, type Policy } from '../../src/engine';
import { reportedValue, toOutputJson, type OutputType } from '../../src/engine/output-type';
import { mayBeFraction, quotientOnce, rowHead } from '../../src/engine/fast/emit/emit-report';
import { emitState } from '../../src/engine/fast/emit/emit-state';
import { emitFastModule } from '../../src/engine/fast/emit/emit-module';
import { fastScaleOf } from '../../src/engine/fast/fast-policy';
import type { Precompiled } from '../../src/engine/fast/precompiled';
import { toScaledFacts } from '../../src/engine/fast/scaled-facts';
import { Ratio } from '../../src/engine/fast/fast-value';
import { outputOf, outputRatio, ratioParts, reportedOf, reportedRatio, row, type Kernel } from '../../src/engine/fast/kernel-report';
import { partsText } from '../../src/engine/fast/decimal-parts';
import { DECLINE } from '../../src/engine/fast/scaled';
import { Decimal } from '../../src/models/decimal';
import { STDLIB } from '../../src/rules/stdlib';
import { SOURCES } from './helpers';

// The general evaluator's values of a kernel value at scale 10^k: the reference for printing.
const scaled = (n: number, k: number): Decimal => new Decimal(n).div(new Decimal(10).pow(k));
const quotient = (n: number, d: number, k: number): Decimal => scaled(n, k).div(d);
const declines = (f: () => unknown): void => {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBe(DECLINE);
};

const ints = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
const dens = fc.integer({ min: 1, max: 2 ** 30 });
const ks = fc.integer({ min: 0, max: 6 });
const numericTypes: OutputType[] = [
  { type: 'decimal' }, { type: 'decimal', minScale: 4, maxScale: 10 }, { type: 'decimal', minScale: 2, maxScale: 2 }, { type: 'interval' }, { type: 'json' },
  { type: 'nullable', of: { type: 'decimal', maxScale: 6 } }, { type: 'money' }, { type: 'integer' },
];

/** The general formatting of a value, or DECLINE where it throws (the kernel must decline there). */
function generalOutput(v: unknown, t: OutputType): unknown {
  try {
    return toOutputJson(v, t);
  } catch {
    return DECLINE;
  }
}
function kernelOutput(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e === DECLINE) return DECLINE;
    throw e;
  }
}

describe('kernel values printed as the general evaluator prints its decimals (kernel-report)', () => {
  it('property: reported values of scaled integers and single quotients equal reportedValue', () => {
    fc.assert(fc.property(ints, dens, ks, (n, d, k) => {
      expect(reportedOf(n, k, true)).toBe(reportedValue(scaled(n, k)));
      expect(reportedRatio(n, d, k)).toBe(reportedValue(quotient(n, d, k)));
      expect(reportedOf(new Ratio(n, d), k, true)).toBe(reportedValue(quotient(n, d, k)));
    }), { numRuns: 3000 });
  });

  it('property: outputs by every numeric type equal toOutputJson, and decline exactly where it throws', () => {
    fc.assert(fc.property(ints, dens, ks, fc.constantFrom(...numericTypes), (n, d, k, t) => {
      expect(kernelOutput(() => outputOf(n, t, k, true))).toEqual(generalOutput(scaled(n, k), t));
      if (t.type !== 'integer' && t.type !== 'money') expect(kernelOutput(() => outputRatio(n, d, t, k))).toEqual(generalOutput(quotient(n, d, k), t));
    }), { numRuns: 3000 });
  });

  it('texts and booleans pass through; other values, lists and records decline', () => {
    expect(reportedOf('2020-06-01', 2, true)).toBe('2020-06-01');
    expect(reportedOf(false, 2, true)).toBe(false);
    expect(outputOf('2020-06-01', { type: 'date' }, 2, true)).toBe('2020-06-01');
    expect(outputOf(true, { type: 'boolean' }, 2, true)).toBe(true);
    expect(outputOf('x', { type: 'json' }, 2, true)).toBe('x');
    declines(() => reportedOf({ a: 1 }, 2, true));
    declines(() => outputOf(1, { type: 'boolean' }, 2, true));
    declines(() => outputOf(1, { type: 'string' }, 2, true));
    declines(() => outputOf([], { type: 'list', of: { type: 'money' } }, 2, true));
    declines(() => outputOf({}, { type: 'record', fields: {} }, 2, true));
    // money not at the fen, an integer that is not whole: the general formatting throws, the kernel declines
    declines(() => outputOf(12345, { type: 'money' }, 3, true));
    declines(() => outputOf(150, { type: 'integer' }, 2, true));
    expect(outputOf(29334000, { type: 'money' }, 2, true)).toBe('293340.00');
    expect(outputOf('x', { type: 'string' }, 2, true)).toBe('x');
    expect(outputOf(true, { type: 'json' }, 2, true)).toBe(true);
    // a single number as a list or a record: the general formatting throws
    declines(() => outputOf(5, { type: 'list', of: { type: 'money' } }, 2, true));
    declines(() => outputOf(5, { type: 'record', fields: {} }, 2, true));
    // an integer output is only ever a scaled integer (a whole fraction declines: the general evaluator keeps a quotient's signed zero)
    declines(() => outputOf(new Ratio(200, 1), { type: 'integer' }, 2, true));
    expect(outputOf(-0, { type: 'integer' }, 2, true)).toBe(-0);
  });

  it('a fraction that is not one quotient in the general evaluator declines', () => {
    declines(() => reportedOf(new Ratio(1, 3), 2, false));
    declines(() => outputOf(new Ratio(1, 3), { type: 'decimal' }, 2, false));
  });

  it('a divisor too large for exact integer digits is divided by decimal.js, with the same digits', () => {
    const p = ratioParts(2 ** 52, 2 ** 40, 6);
    expect(partsText(p)).toBe(quotient(2 ** 52, 2 ** 40, 6).toString());
    expect(reportedRatio(-(2 ** 52) + 1, 2 ** 45, 3)).toBe(reportedValue(quotient(-(2 ** 52) + 1, 2 ** 45, 3)));
    expect(reportedRatio(0, 1, 16)).toBe('0');
  });

  it('rows have the general evaluator\'s fields in its order: id, result, cite, label, values, reason', () => {
    const head = { id: 'x', cite: 'doc art. 1', label: { zh: '条', en: 'x' } };
    expect(Object.keys(row(head, 'fail', { a: '1' }, 'exception e applies'))).toEqual(['id', 'result', 'cite', 'label', 'values', 'reason']);
    expect(row({ id: 'y' }, 'pass', {})).toEqual({ id: 'y', result: 'pass', values: {} });
    expect(Object.keys(row({ id: 'y' }, 'pass', {}))).toEqual(['id', 'result', 'values']);
  });
});

describe('which fractions the full result may print (emit-report)', () => {
  const fact = (name: string): Expr => ({ kind: 'fact', path: [name] });
  const div = (num: Expr, den: Expr): Expr => ({ kind: 'div', num, den, ifZero: { kind: 'num', value: '0' } });
  const defs: Record<string, Expr> = { r: div(fact('a'), fact('b')), rr: div({ kind: 'ref', name: 'r' }, fact('c')), loop: { kind: 'ref', name: 'loop' } };
  const lookup = (n: string): Expr | undefined => defs[n];
  it('a division of facts is one quotient; a division of a division is not', () => {
    expect(quotientOnce(div(fact('a'), fact('b')), lookup)).toBe(true);
    expect(quotientOnce({ kind: 'ref', name: 'r' }, lookup)).toBe(true);
    expect(quotientOnce({ kind: 'ref', name: 'rr' }, lookup)).toBe(false);
    expect(quotientOnce(div(div(fact('a'), fact('b')), fact('c')), lookup)).toBe(false);
    expect(quotientOnce({ kind: 'if', cond: fact('p'), then: { kind: 'ref', name: 'r' }, else: { kind: 'ref', name: 'rr' } }, lookup)).toBe(false);
    expect(quotientOnce({ kind: 'minmax', op: 'min', args: [{ kind: 'ref', name: 'r' }, fact('a')] }, lookup)).toBe(true);
    expect(quotientOnce({ kind: 'call', fn: 'band.lookup', args: {}, config: {} } as Expr, lookup)).toBe(false);
    expect(quotientOnce(fact('a'), lookup)).toBe(true);
  });
  it('what may be a fraction: divisions and building blocks, through definitions and branches; a cycle ends', () => {
    expect(mayBeFraction({ kind: 'ref', name: 'r' }, lookup)).toBe(true);
    expect(mayBeFraction({ kind: 'coalesce', args: [fact('a'), { kind: 'ref', name: 'r' }] }, lookup)).toBe(true);
    expect(mayBeFraction({ kind: 'param', name: 'p' }, lookup)).toBe(false);
    expect(mayBeFraction({ kind: 'ref', name: 'loop' }, lookup)).toBe(true);
    expect(quotientOnce({ kind: 'ref', name: 'loop' }, lookup)).toBe(false);
    expect(mayBeFraction({ kind: 'ref', name: 'missing' }, lookup)).toBe(true);
    expect(mayBeFraction({ kind: 'call', fn: 'band.lookup', args: {}, config: {} } as Expr, lookup)).toBe(true);
    expect(mayBeFraction({ kind: 'if', cond: fact('p'), then: fact('a'), else: { kind: 'ref', name: 'r' } }, lookup)).toBe(true);
    expect(mayBeFraction({ kind: 'if', cond: fact('p'), then: fact('a'), else: fact('b') }, lookup)).toBe(false);
    expect(mayBeFraction({ kind: 'minmax', op: 'max', args: [fact('a'), div(fact('a'), fact('b'))] }, lookup)).toBe(true);
    expect(quotientOnce({ kind: 'ref', name: 'missing' }, lookup)).toBe(false);
    expect(quotientOnce({ kind: 'coalesce', args: [fact('a'), { kind: 'ref', name: 'rr' }] }, lookup)).toBe(false);
    expect(quotientOnce({ kind: 'minmax', op: 'min', args: [{ kind: 'ref', name: 'r' }, { kind: 'ref', name: 'rr' }] }, lookup)).toBe(false);
  });
  it('a row head is a constant with the formatted citation', () => {
    const policy = { id: 't', title: { zh: 't', en: 't' }, sources: SOURCES, effective: { from: '2000-01-01' }, eligibility: { kind: 'allOf', rules: [] } } as unknown as Policy;
    const s = emitState(policy, 2);
    const name = rowHead({ kind: 'criterion', id: 'c', label: { zh: '条', en: 'c' }, cite: { document: 'doc', article: '1' }, test: { kind: 'bool', value: true } }, s);
    expect(s.prelude.at(-1)).toMatch(new RegExp(`^const ${name}: rt.RowHead = \\{"id":"c","cite":".+","label":\\{"zh":"条","en":"c"\\}\\};$`));
    // a combinator with an id and no citation
    const bare = rowHead({ kind: 'allOf', id: 'all', rules: [] } as Parameters<typeof rowHead>[0], s);
    expect(s.prelude.at(-1)).toBe(`const ${bare}: rt.RowHead = {"id":"all"};`);
  });
});

describe('the engine asks a kernel for full results, less often while it finishes few of them (kernel-results)', () => {
  const policy = {
    id: 'test.patience', title: { zh: '测试', en: 'Test' }, sources: SOURCES, effective: { from: '2000-01-01' },
    eligibility: { kind: 'criterion', id: 'c', label: { zh: '条', en: 'c' }, cite: { document: 'doc', article: '1' }, test: { kind: 'cmp', op: '>=', left: { kind: 'fact', path: ['a'] }, right: { kind: 'num', value: '10' } } },
  } as Policy;
  it('a kernel that declines every record is offered one in eight once its share falls under a quarter; one that finishes again gets every record; results stay the general evaluator\'s', () => {
    let calls = 0;
    let finish = false;
    const general = compilePolicy(policy, { functions: STDLIB });
    const want = general.evaluateFacts({ a: 15 }, { asOf: '2020-06-01' });
    const kernel: Kernel = (_facts, _asOf, full) => {
      if (full) calls++;
      return finish ? { status: want.status, criteria: want.criteria, failed: want.failed, missing: want.missing, outputs: want.outputs } : null;
    };
    const compiled = compilePolicy(policy, { functions: STDLIB, precompiled: { source: JSON.stringify(policy), create: () => kernel } });
    for (let i = 0; i < 1000; i++) expect(compiled.evaluateFacts({ a: 15 }, { asOf: '2020-06-01' })).toEqual(want);
    // (31/32)^44 < 1/4: 44 records offered, then one in eight of the other 956
    expect(calls).toBe(44 + Math.floor(956 / 8));
    finish = true;
    calls = 0;
    for (let i = 0; i < 1000; i++) expect(compiled.evaluateFacts({ a: 15 }, { asOf: '2020-06-01' })).toEqual(want);
    // nine sampled results (about 70 records) lift the share over a quarter, then every record is offered
    expect(calls).toBeGreaterThan(1000 - 80);
    expect(calls).toBeLessThan(1000);
    // a prepared record is always offered to the kernel; a trace never is
    calls = 0;
    finish = false;
    for (let i = 0; i < 300; i++) compiled.evaluatePrepared(compiled.prepareFacts({ a: 15 }), { asOf: '2020-06-01' });
    compiled.evaluateFacts({ a: 15 }, { asOf: '2020-06-01', trace: true });
    expect(calls).toBe(300);
  });
  it('decideFacts and decide ask the kernel for a decision on the facts converted on the spot, first; where it declines, the closures decide the same; a failed validation is never offered', () => {
    const asked: { facts: unknown; full: boolean | undefined }[] = [];
    // this kernel decides only records with a >= 100 (a marker in its answer shows it was its), declining the others
    const kernel: Kernel = (facts, _asOf, full) => {
      asked.push({ facts, full });
      return (facts as { a: number }).a >= 10_000 ? { status: 'eligible', failed: [], missing: ['by the kernel'] } : null;
    };
    const validate = (raw: unknown) => (typeof (raw as { a?: unknown }).a === 'number' ? { ok: true as const, value: raw } : { ok: false as const, issues: [{ path: 'a', message: 'not a number' }] });
    const compiled = compilePolicy(policy, { functions: STDLIB, validate, precompiled: { source: JSON.stringify(policy), create: () => kernel } });
    const asOf = '2020-06-01';
    // the kernel's answer is returned as it is (a = 150 is 15000 at the policy's scale 10^2)
    expect(compiled.decideFacts({ a: 150 }, { asOf })).toEqual({ status: 'eligible', failed: [], missing: ['by the kernel'] });
    expect(asked).toEqual([{ facts: { a: 15_000 }, full: false }]);
    // declined: the closures decide, as the general evaluator does
    expect(compiled.decideFacts({ a: 5 }, { asOf })).toEqual({ status: 'ineligible', failed: ['c'], missing: [] });
    expect(compiled.decide({ a: 50 }, { asOf })).toEqual({ status: 'eligible', failed: [], missing: [] });
    expect(asked).toHaveLength(3);
    expect(compiled.decide({ a: 'x' }, { asOf }).status).toBe('error');
    expect(asked).toHaveLength(3);
  });
});

describe('full results of an emitted kernel where a reported fraction is not a local (kernel-report, emit-rule)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zone-policy-report-'));
  const runtime = fileURLToPath(new URL('../../src/engine/fast/aot-runtime.ts', import.meta.url));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const label = { zh: '条', en: 'c' };
  const cite = { document: 'doc', article: '1' };
  const fact = (name: string): Expr => ({ kind: 'fact', path: [name] });
  // the base's reported ratio is evaluated only when no exception applies: a lazy definition, held in registers
  const policy = {
    id: 'test.report', title: label, sources: SOURCES, effective: { from: '2000-01-01' },
    definitions: { r: { expr: { kind: 'div', num: fact('a'), den: fact('b'), ifZero: { kind: 'num', value: '0' } } } },
    eligibility: {
      kind: 'exceptions', id: 'rule', label, cite,
      base: { kind: 'criterion', id: 'c', label, cite, test: { kind: 'cmp', op: '>=', left: { kind: 'ref', name: 'r' }, right: { kind: 'num', value: '0.3' } }, values: { ratio: { kind: 'ref', name: 'r' } } },
      exceptions: [{ id: 'x', label, cite, when: { kind: 'cmp', op: '=', left: fact('flag'), right: { kind: 'bool', value: true } }, outcome: 'fail' }],
    },
  } as Policy;
  it('the ratio is printed from its registers, the pre-empted base has no row, the reason is given: the general evaluator\'s bytes', async () => {
    const text = emitFastModule(policy, { runtime });
    expect(text).toMatch(/rt\.reportedRatio\(rv\d+, rv\d+d, K\)/);
    const file = join(dir, 'm.ts');
    writeFileSync(file, text);
    const m = (await import(/* @vite-ignore */ file)) as { SOURCE: string; create: Precompiled['create'] };
    const compiled = compilePolicy(policy, { functions: STDLIB, precompiled: { source: m.SOURCE, create: m.create } });
    const kernel = m.create(policy, STDLIB);
    for (const record of [{ a: 1, b: 3, flag: false }, { a: 1, b: 4, flag: false }, { a: 2, b: 3, flag: true }]) {
      const { trace: _, ...general } = compiled.evaluateFacts(record, { asOf: '2020-06-01', trace: true });
      const full = kernel(toScaledFacts(record, fastScaleOf(policy)), '2020-06-01', true);
      expect(full).not.toBeNull();
      const { id: _i, policy: _p, asOf: _a, ...parts } = general;
      expect(JSON.stringify(full)).toBe(JSON.stringify(parts));
    }
    expect(compiled.evaluateFacts({ a: 2, b: 3, flag: true }, { asOf: '2020-06-01' }).criteria).toEqual([
      { id: 'rule', result: 'fail', cite: expect.any(String) as string, label, values: {}, reason: 'exception x applies' },
    ]);
    expect(compiled.evaluateFacts({ a: 1, b: 3, flag: false }, { asOf: '2020-06-01' }).criteria[1]?.values).toEqual({ ratio: '0.3333333333' });
  });
  it('a record whose validation failed has no layout: the kernel is not asked', () => {
    let calls = 0;
    const kernel: Kernel = () => {
      calls++;
      return null;
    };
    const validate = (raw: unknown) => (typeof (raw as { a?: unknown }).a === 'number' ? { ok: true as const, value: raw } : { ok: false as const, issues: [{ path: 'a', message: 'not a number' }] });
    const compiled = compilePolicy(policy, { functions: STDLIB, validate, precompiled: { source: JSON.stringify(policy), create: () => kernel } });
    const r = compiled.evaluatePrepared(compiled.prepare({ a: 'x' }), { asOf: '2020-06-01' });
    expect(r.status).toBe('error');
    expect(calls).toBe(0);
  });
});
