import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePolicy, type CompiledPolicy, type EvalResult, type Expr, type Policy, type Rule } from '../../src/engine';
import { compileFastDecision, fastScaleOf, type Decision, type FastDecision } from '../../src/engine/fast/fast-policy';
import { toScaledFacts } from '../../src/engine/fast/scaled-facts';
import { precompiledFor } from '../../src/engine/fast/precompiled';
import { PRECOMPILED } from '../../src/policies/fast/index';
import { Decimal } from '../../src/models/decimal';
import { isPlainDate, plusDays } from '../../src/models/plain-date';
import { MODELS, parseModel } from '../../src/models';
import { CATALOG_POLICIES, compile, validatorFor } from '../../src/index';
import { STDLIB } from '../../src/rules/stdlib';
import { generatePopulation } from '../../bench/population';
import { loadSeeds } from '../reliability/fuzz/seeds';
import { malformedRecord } from '../reliability/fuzz/mutate';
import { asOfArb, policyArb, recordArb } from './fast-arbitraries';
import { SOURCES } from './helpers';

/** The decision fields of a full result: what `decide` must return exactly. */
function decisionOf(r: EvalResult): Decision {
  return { status: r.status, failed: r.failed, missing: r.missing, ...(r.error ? { error: r.error } : {}) };
}

/** A result as JSON without its trace: with `trace: true` it is the general evaluator's own. */
function bytes(r: EvalResult): string {
  const { trace: _, ...rest } = r;
  return JSON.stringify(rest);
}

const inForce = (p: Policy, asOf: string): boolean => isPlainDate(asOf) && asOf >= p.effective.from && (p.effective.to === undefined || asOf <= p.effective.to);

/** The fast decision of a policy on the compact layout (compiled once per policy). */
const scaledFast = new WeakMap<Policy, FastDecision>();
function fastOnLayout(policy: Policy): FastDecision {
  let f = scaledFast.get(policy);
  if (!f) scaledFast.set(policy, (f = compileFastDecision(policy, STDLIB, true)));
  return f;
}

/** How often the fast path on the compact layout decided a record the raw fast path decided. */
export const layoutTally = { raw: 0, layout: 0 };

/**
 * Checks one record both ways and returns whether the fast path itself decided it: the
 * fast decision (when not declined), `decideFacts` and the decision of the prepared record
 * (`prepareFacts` then `decidePrepared`, and the fast decision on its compact layout) all
 * equal the general result's fields.
 */
function check(policy: Policy, compiled: CompiledPolicy, fast: FastDecision | null, facts: unknown, asOf: string): boolean {
  const viaDecide = compiled.decideFacts(facts, { asOf });
  const general = compiled.evaluateFacts(facts, { asOf, trace: true });
  const want = decisionOf(general);
  expect(viaDecide).toEqual(want);
  const prepared = compiled.prepareFacts(facts);
  expect(compiled.decidePrepared(prepared, { asOf })).toEqual(want);
  // the full result without trace (from a kernel where one finishes it): the general evaluator's, byte for byte
  expect(bytes(compiled.evaluateFacts(facts, { asOf }))).toBe(bytes(general));
  expect(bytes(compiled.evaluatePrepared(prepared, { asOf }))).toBe(bytes(general));
  if (!fast || !inForce(policy, asOf)) return false;
  const direct = fast(facts, asOf);
  const onLayout = fastOnLayout(policy)(toScaledFacts(facts, fastScaleOf(policy)), asOf);
  if (direct) expect(direct).toEqual(want);
  if (onLayout) expect(onLayout).toEqual(want);
  if (direct) layoutTally.raw++;
  if (direct && onLayout) layoutTally.layout++;
  return direct !== null;
}

const label = { zh: '条件', en: 'criterion' };
const cite = { document: 'doc', article: '1' };
const crit = (test: Expr, id = 'c'): Rule => ({ kind: 'criterion', id, label, cite, test });
const policy = (eligibility: Rule, extra: Partial<Policy> = {}): Policy => ({ id: 'test.fast', title: label, sources: SOURCES, effective: { from: '2000-01-01' }, eligibility, ...extra });
const num = (value: string): Expr => ({ kind: 'num', value });
const fact = (...path: Extract<Expr, { kind: 'fact' }>['path']): Expr => ({ kind: 'fact', path });

/** Both ways on one record at 2020-06-01; the fast path must decide it. */
function decidedEqual(p: Policy, facts: unknown): Decision {
  const compiled = compilePolicy(p, { functions: STDLIB });
  expect(check(p, compiled, compileFastDecision(p, STDLIB), facts, '2020-06-01')).toBe(true);
  return compiled.decideFacts(facts, { asOf: '2020-06-01' });
}

describe('fast path counterexamples (regressions)', () => {
  it('a ratio divided again keeps its scale: (1 / 4) / 2 = 0.125 >= 0.1', () => {
    // (1/4)/2 = 0.125; scaled by 100 that is 12.5, not 0.125 (the numerator must be rescaled)
    const ratio: Expr = { kind: 'div', num: { kind: 'div', num: fact('a'), den: fact('b'), ifZero: num('0') }, den: fact('c'), ifZero: num('0') };
    const p = policy(crit({ kind: 'cmp', op: '>=', left: ratio, right: num('0.1') }));
    expect(decidedEqual(p, { a: 1, b: 4, c: 2 })).toEqual({ status: 'eligible', failed: [], missing: [] });
    // exactly at the threshold: (1/5)/2 = 0.1
    expect(decidedEqual(p, { a: 1, b: 5, c: 2 }).status).toBe('eligible');
    expect(decidedEqual(p, { a: 1, b: 5, c: 3 }).status).toBe('ineligible');
  });
  it('property: nested divisions and their thresholds, exactly (ratios of ratios cross-multiplied at the right scale)', () => {
    const inner: Expr = { kind: 'div', num: fact('a'), den: fact('b'), ifZero: num('0') };
    const small = fc.oneof(fc.integer({ min: -40, max: 40 }), fc.constantFrom('0.5', '0.25', '1.5', '-0.75', '0.01').map((t) => new Decimal(t)));
    fc.assert(fc.property(fc.constantFrom('>' as const, '>=' as const, '=' as const, '<' as const), fc.boolean(), fc.record({ a: small, b: small, c: small, t: small }), (op, twice, facts) => {
      const outer: Expr = { kind: 'div', num: inner, den: fact('c'), ifZero: num('0') };
      const left: Expr = twice ? { kind: 'div', num: outer, den: fact('b'), ifZero: num('0') } : outer;
      const p = policy(crit({ kind: 'cmp', op, left, right: fact('t') }));
      check(p, compilePolicy(p, { functions: STDLIB }), compileFastDecision(p, STDLIB), facts, '2020-06-01');
    }), { numRuns: 300 });
  });
  it('a keyed fact path whose key reads the current item is looked up per item, not once per record', () => {
    const where: Expr = { kind: 'cmp', op: '>', left: fact('fin', { key: 'year', equals: { kind: 'item', path: ['y'] } }, 'x'), right: num('0') };
    const p = policy(crit({ kind: 'some', over: ['list'], where }));
    // fin[year = 1].x = 0 is not > 0, but fin[year = 2].x = 5 is: some item passes
    expect(decidedEqual(p, { list: [{ y: 1 }, { y: 2 }], fin: [{ year: 1, x: 0 }, { year: 2, x: 5 }] }).status).toBe('eligible');
    expect(decidedEqual(p, { list: [{ y: 2 }, { y: 1 }], fin: [{ year: 1, x: 0 }, { year: 2, x: 5 }] }).status).toBe('eligible');
  });
  it('a list key the general reader matches by its text (an array [2019] reads as "2019") falls back; boolean keys are skipped', () => {
    const p = policy(crit({ kind: 'present', arg: fact('fin', { key: 'year', equals: num('2019') }, 'x') }));
    const compiled = compilePolicy(p, { functions: STDLIB });
    const fast = compileFastDecision(p, STDLIB);
    for (const year of [[2019], ['2019'], '2019', 2019.5, 2 ** 53]) {
      const facts = { fin: [{ year, x: 1 }] };
      expect(fast(facts, '2020-06-01')).toBeNull();
      expect(check(p, compiled, fast, facts, '2020-06-01')).toBe(false);
    }
    // the general reader finds [2019] ("2019"): present
    expect(compiled.decideFacts({ fin: [{ year: [2019], x: 1 }] }, { asOf: '2020-06-01' }).status).toBe('eligible');
    expect(decidedEqual(p, { fin: [{ year: true, x: 1 }, { year: null, x: 2 }, { x: 3 }] }).status).toBe('ineligible');
    expect(decidedEqual(p, { fin: [{ year: false, x: 1 }, { year: new Decimal('2019.00'), x: 2 }] }).status).toBe('eligible');
  });
  it("a record's own asOf wins over the option, in force or not", () => {
    const p = policy(crit({ kind: 'cmp', op: '>=', left: fact('a'), right: { kind: 'param', name: 'late' } }), {
      parameters: { late: { label, cite, versions: [{ from: '2019-01-01', value: '3' }] } },
    });
    const compiled = compilePolicy(p, { functions: STDLIB });
    for (const [own, opt] of [['2018-06-01', '2020-06-01'], ['2020-06-01', '2018-06-01'], ['1999-01-01', '2020-06-01'], ['2019-02-29', '2020-06-01']]) {
      const rec = { a: 3, asOf: own };
      expect(compiled.decide(rec, { asOf: opt })).toEqual(decisionOf(compiled.evaluate(rec, { asOf: opt })));
    }
    expect(compiled.decide({ a: 3, asOf: '2018-06-01' }, { asOf: '2020-06-01' }).error?.code).toBe('NOT_IN_FORCE');
  });
  it('decimal facts at the edge of the safe range: 90071992547409.91 decides, .92 falls back, both equal', () => {
    const p = policy(crit({ kind: 'cmp', op: '>=', left: fact('a'), right: num('90071992547409.91') }));
    expect(decidedEqual(p, { a: new Decimal('90071992547409.91') }).status).toBe('eligible');
    const compiled = compilePolicy(p, { functions: STDLIB });
    const fast = compileFastDecision(p, STDLIB);
    expect(fast({ a: new Decimal('90071992547409.92') }, '2020-06-01')).toBeNull();
    expect(compiled.decideFacts({ a: new Decimal('90071992547409.92') }, { asOf: '2020-06-01' }).status).toBe('eligible');
  });
});

describe('hoisting is decided per policy (src/engine/hoist.ts)', () => {
  // isFactFree used to memoise its verdict per expression node, ignoring the definitions a
  // `ref` resolves to: a ref node shared by two policies kept the verdict of the first one,
  // and policy B hoisted its fact-reading n1 per date (found by this file's tests).
  it('a ref node shared between policies is hoisted by its own policy\'s definitions', () => {
    const shared = crit({ kind: 'cmp', op: '>', left: { kind: 'ref', name: 'n1' }, right: num('0') });
    compilePolicy(policy(shared, { definitions: { n1: { expr: num('1') } } }), { functions: STDLIB });
    const b = compilePolicy(policy(shared, { definitions: { n1: { expr: fact('a') } } }), { functions: STDLIB });
    expect(b.evaluateFacts({ a: 5 }, { asOf: '2020-06-01' }).status).toBe('eligible');
    expect(b.evaluateFacts({ a: -5 }, { asOf: '2020-06-01' }).status).toBe('ineligible'); // was 'eligible': n1 of the first record
    expect(b.decideFacts({ a: -5 }, { asOf: '2020-06-01' }).status).toBe('ineligible');
  });
});

describe('fast path equals the general evaluator on generated policies and records', () => {
  it('property: decideFacts (and the fast decision itself) equal evaluateFacts; the fast path decides a healthy share', () => {
    let cases = 0;
    let decided = 0;
    fc.assert(fc.property(policyArb, fc.array(fc.tuple(recordArb, asOfArb), { minLength: 1, maxLength: 6 }), (generated, records) => {
      // no copy: generated policies share expression nodes across runs, which hoisting must handle (see above)
      const p = generated;
      const compiled = compilePolicy(p, { functions: STDLIB });
      const fast = compileFastDecision(p, STDLIB);
      for (const [record, asOf] of records) {
        cases++;
        if (check(p, compiled, fast, record, asOf)) decided++;
      }
    }), { numRuns: 400 });
    // not vacuous: the fast path itself decides (does not decline) a good share of the cases
    expect(decided / cases).toBeGreaterThanOrEqual(0.3);
    // and on the compact layout it decides what it decides on raw facts (bar non-finite numbers, which decline there)
    expect(layoutTally.layout / layoutTally.raw).toBeGreaterThanOrEqual(0.95);
  });
});

const seeds = loadSeeds();

function datesOf(p: Policy, own: readonly string[]): string[] {
  const { from, to } = p.effective;
  return [...new Set([...own, from, plusDays(from, -1), '2016-01-01', '2020-02-29', '2020-06-01', '2023-12-31', ...(to ? [to, plusDays(to, 1)] : [])])];
}

describe('catalog policies: decide equals evaluate; results without trace equal the general evaluator\'s', () => {
  for (const p of CATALOG_POLICIES) {
    const compiled = compile(p);
    const list = seeds.get(p.id) ?? [];
    const dates = datesOf(p, list.map((s) => s.asOf));
    it(`${p.id}: the seed records of test/cases at several dates`, () => {
      expect(list.length).toBeGreaterThan(0);
      for (const s of list) {
        const prepared = compiled.prepare(s.input);
        for (const asOf of dates) {
          const general = compiled.evaluate(s.input, { asOf, trace: true });
          const want = decisionOf(general);
          expect(compiled.decide(s.input, { asOf })).toEqual(want);
          expect(compiled.decidePrepared(prepared, { asOf })).toEqual(want);
          expect(bytes(compiled.evaluate(s.input, { asOf }))).toBe(bytes(general));
          expect(bytes(compiled.evaluatePrepared(prepared, { asOf }))).toBe(bytes(general));
        }
      }
    });
    it(`${p.id}: malformed variants of the seeds`, () => {
      fc.assert(fc.property(malformedRecord(list), fc.constantFrom(...dates), ({ text }, asOf) => {
        const record: unknown = JSON.parse(text);
        const general = compiled.evaluate(record, { asOf, trace: true });
        const want = decisionOf(general);
        expect(compiled.decide(record, { asOf })).toEqual(want);
        const prepared = compiled.prepare(record);
        expect(compiled.decidePrepared(prepared, { asOf })).toEqual(want);
        expect(bytes(compiled.evaluate(record, { asOf }))).toBe(bytes(general));
        expect(bytes(compiled.evaluatePrepared(prepared, { asOf }))).toBe(bytes(general));
      }), { numRuns: 40 });
    });
  }
  it('the fast path decides a share of the valid seed records itself, most of cn.hnte.2016', () => {
    let cases = 0;
    let decided = 0;
    const hnte = { cases: 0, decided: 0 };
    for (const p of CATALOG_POLICIES) {
      const validate = validatorFor(p.input);
      const fast = compileFastDecision(p, STDLIB);
      for (const s of seeds.get(p.id) ?? []) {
        const v = validate ? validate(s.input) : { ok: true as const, value: s.input };
        if (!v.ok) continue;
        const hit = fast(v.value, s.asOf) !== null;
        cases++;
        if (hit) decided++;
        if (p.id === 'cn.hnte.2016') {
          hnte.cases++;
          if (hit) hnte.decided++;
        }
      }
    }
    expect(cases).toBeGreaterThan(30);
    // most catalog policies use building blocks with no fast implementation (they always fall back); 15 of 68 seeds decide fast
    expect(decided / cases).toBeGreaterThanOrEqual(0.15);
    expect(hnte.decided / hnte.cases).toBeGreaterThanOrEqual(0.5); // 5 of 8 (the others miss facts)
  });
});

describe('cn.hnte.2016 on the benchmark population', () => {
  it('decideFacts equals evaluateFacts on every record, and so do the full results; the fast path decides >= 99%, the kernel finishes >= 99%', () => {
    const p = CATALOG_POLICIES.find((x) => x.id === 'cn.hnte.2016') as Policy;
    const compiled = compile(p);
    const fast = compileFastDecision(p, STDLIB);
    const pop = generatePopulation({ size: 5000, seed: 3 });
    let decided = 0;
    let finished = 0;
    const kernel = precompiledFor(p, STDLIB, PRECOMPILED[p.id]);
    const before = { ...layoutTally };
    for (const raw of pop.records) {
      const parsed = parseModel(MODELS.enterprise, raw);
      if (!parsed.ok) throw new Error(`population record does not parse: ${JSON.stringify(parsed.issues)}`);
      if (check(p, compiled, fast, parsed.value, pop.asOf)) decided++;
      if (kernel?.(toScaledFacts(parsed.value, fastScaleOf(p)), pop.asOf, true)) finished++;
    }
    expect(decided / pop.records.length).toBeGreaterThanOrEqual(0.99);
    // not vacuous: the generated kernel itself gives the full result of (nearly) every record
    expect(finished / pop.records.length).toBeGreaterThanOrEqual(0.99);
    // the compact layout decides every record the raw fast path decides
    expect(layoutTally.layout - before.layout).toBe(layoutTally.raw - before.raw);
  });
  it('only records made by prepare are decided from a layout: a look-alike object is evaluated from its record, validated again', () => {
    const hnte = compile(CATALOG_POLICIES.find((x) => x.id === 'cn.hnte.2016') as Policy);
    const raw = generatePopulation({ size: 3, seed: 9 }).records[0] as unknown as Record<string, unknown>;
    const genuine = hnte.prepare(raw);
    expect(Object.isFrozen(genuine)).toBe(true);
    const want = decisionOf(hnte.evaluate(raw, { asOf: '2020-06-01' }));
    expect(hnte.decidePrepared(genuine, { asOf: '2020-06-01' })).toEqual(want);
    // a copy claims a validation that says the record is fine; the record itself has a typo
    const typo = { ...raw, employes: 3 };
    const fake = { ...genuine, record: typo };
    expect(hnte.decidePrepared(fake, { asOf: '2020-06-01' })).toEqual(decisionOf(hnte.evaluate(typo, { asOf: '2020-06-01' })));
    expect(hnte.decidePrepared(fake, { asOf: '2020-06-01' }).error?.code).toBe('INVALID_INPUT');
  });
  it('a record prepared by one policy is decided by another of the same model (and by one of another model) as evaluate does', () => {
    const hnte2016 = compile(CATALOG_POLICIES.find((x) => x.id === 'cn.hnte.2016') as Policy);
    const others = CATALOG_POLICIES.filter((x) => x.id !== 'cn.hnte.2016').map(compile);
    const pop = generatePopulation({ size: 60, seed: 5 });
    for (const raw of pop.records) {
      const prepared = hnte2016.prepare(raw);
      for (const other of others) {
        for (const asOf of ['2020-06-01', '2009-03-01']) {
          expect(other.decidePrepared(prepared, { asOf })).toEqual(decisionOf(other.evaluate(raw, { asOf })));
        }
      }
    }
  });
});
