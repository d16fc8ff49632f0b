import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy, type Decision, type EvalResult, type Expr, type Policy } from '../../src/engine';
import type { CompareOp } from '../../src/engine/interval';
import { emitFastModule } from '../../src/engine/fast/emit/emit-module';
import { fastScaleOf } from '../../src/engine/fast/fast-policy';
import { toScaledFacts } from '../../src/engine/fast/scaled-facts';
import { Decimal } from '../../src/models/decimal';
import { STDLIB } from '../../src/rules/stdlib';
import { policyOf } from './helpers';

// Every pair of static operand types a kernel compares, with every operator, on complete
// records (so the kernels decide): each decision must be the general evaluator's.

const dir = mkdtempSync(join(tmpdir(), 'zone-policy-kernel-cmp-'));
const runtime = fileURLToPath(new URL('../../src/engine/fast/aot-runtime.ts', import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fact = (...path: string[]): Expr => ({ kind: 'fact', path });
const ref = (name: string): Expr => ({ kind: 'ref', name });
const OPERANDS: Record<string, Expr> = {
  num: { kind: 'arith', op: '+', args: [fact('a'), { kind: 'num', value: '0' }] },
  numLiteral: { kind: 'num', value: '0.5' },
  ratio: ref('r1'),
  ratio2: ref('r2'),
  ratio3: ref('r3'),
  dyn: { kind: 'param', name: 'half' },
  dynFact: fact('c'),
  // a value of any type that is a fraction when f holds (the kernel's in-line comparison falls back to the helper)
  dynRatio: { kind: 'if', cond: fact('f'), then: ref('r2'), else: fact('c') },
  str: { kind: 'asOf' },
  str2: { kind: 'dateAdd', unit: 'years', date: fact('d'), n: { kind: 'num', value: '1' } },
  bool: { kind: 'cmp', op: '>', left: fact('a'), right: fact('c') },
  boolEq: { kind: 'cmp', op: '>=', left: fact('a'), right: fact('c') },
  bool2: { kind: 'not', arg: fact('f') },
};
const PAIRS: [string, string][] = [
  ['num', 'numLiteral'], ['str', 'str2'], ['bool', 'bool2'], ['boolEq', 'bool2'], ['ratio', 'ratio2'], ['ratio', 'numLiteral'], ['numLiteral', 'ratio'],
  ['ratio', 'dyn'], ['dyn', 'ratio'], ['num', 'dynFact'], ['dynFact', 'dyn'], ['str', 'num'], ['bool', 'num'], ['ratio', 'bool'], ['boolEq', 'num'], ['ratio3', 'ratio'], ['numLiteral', 'ratio3'],
  ['ratio', 'dynRatio'], ['dynRatio', 'ratio'],
];
const OPS: CompareOp[] = ['=', '!=', '<', '<=', '>', '>='];
const EQUALITY: CompareOp[] = ['=', '!='];

function policyFor(left: string, right: string): Policy {
  const rules = (left === 'boolEq' ? EQUALITY : OPS).map((op) => ({ kind: 'criterion' as const, id: `c${OPS.indexOf(op)}`, label: { zh: op, en: op }, cite: { document: 'doc', article: '1' }, test: { kind: 'cmp' as const, op, left: OPERANDS[left] as Expr, right: OPERANDS[right] as Expr } }));
  return policyOf({ kind: 'anyOf', rules }, {
    id: `test.cmp.${left}.${right}`,
    parameters: { half: { label: { zh: '半', en: 'half' }, cite: { document: 'doc', article: '1' }, versions: [{ from: '2000-01-01', value: '0.5' }] } },
    definitions: {
      r1: { expr: { kind: 'div', num: fact('a'), den: fact('b'), ifZero: { kind: 'num', value: '0' } }, label: { zh: 'r1', en: 'r1' } },
      r2: { expr: { kind: 'div', num: fact('c'), den: fact('b'), ifZero: { kind: 'num', value: '0' } }, label: { zh: 'r2', en: 'r2' } },
      // a ratio of a ratio, and a ratio for a zero denominator
      r3: { expr: { kind: 'div', num: ref('r1'), den: fact('c'), ifZero: ref('r2') }, label: { zh: 'r3', en: 'r3' } },
    },
  } as never);
}

const RECORDS = [
  { a: 1, b: 2, c: new Decimal('0.5'), d: '2019-06-01', f: true }, // a/b = 0.5 = c
  { a: 3, b: -4, c: new Decimal('-0.75'), d: '2019-06-02', f: false }, // negative denominators
  { a: 0, b: 0, c: 0, d: '2016-02-29', f: true }, // zero denominator: ifZero
  { a: new Decimal('2.25'), b: 3, c: new Decimal('1.5'), d: '2020-06-01', f: false },
  { a: 7, b: 7, c: 1, d: '2019-05-31', f: true },
];

function decisionOf(r: EvalResult): Decision {
  return { status: r.status, failed: r.failed, missing: r.missing, ...(r.error ? { error: r.error } : {}) };
}

describe('decision kernels compare every pair of static types as the general evaluator does', () => {
  it('on complete records, at each operator', async () => {
    const deciding: string[] = [];
    for (const [left, right] of PAIRS) {
      let decided = 0;
      const policy = policyFor(left, right);
      const file = join(dir, `${left}-${right}.ts`);
      writeFileSync(file, emitFastModule(policy, { runtime }));
      const m = (await import(/* @vite-ignore */ file)) as { create: (p: Policy, f: typeof STDLIB) => (facts: unknown, asOf: string) => Decision | null };
      const kernel = m.create(policy, STDLIB);
      const compiled = compilePolicy(policy, { functions: STDLIB });
      for (const record of RECORDS) {
        const want = decisionOf(compiled.evaluateFacts(record, { asOf: '2020-06-01' }));
        const got = kernel(toScaledFacts(record, fastScaleOf(policy)), '2020-06-01');
        if (got) {
          decided++;
          expect([left, right, record, got]).toEqual([left, right, record, want]);
        }
      }
      if (decided === RECORDS.length) deciding.push(`${left} ${right}`);
    }
    // the well-typed pairs decide every record; booleans have no order, and mistyped pairs decline, as the closures do
    expect(deciding).toEqual(['num numLiteral', 'str str2', 'boolEq bool2', 'ratio ratio2', 'ratio numLiteral', 'numLiteral ratio', 'ratio dyn', 'dyn ratio', 'num dynFact', 'dynFact dyn', 'ratio3 ratio', 'numLiteral ratio3', 'ratio dynRatio', 'dynRatio ratio']);
  });
  it('a fraction in locals is cross-multiplied in line, each product checked: past 2^53 the kernel declines and the general evaluator decides', async () => {
    const cases: [string, string, RegExp][] = [
      ['ratio', 'ratio2', /\(\(t = d\dn \* d\dq\) <= 9007199254740991/],
      ['ratio', 'numLiteral', /d\dn [<>=!]+ \(\(t = \(50\) \* d\dq\)/],
      ['numLiteral', 'ratio', /\(\(t = \(50\) \* d\dq\) <= 9007199254740991 && t >= -9007199254740991 \? t : rt\.decline\(\)\) [<>=!]+ d\dn\)/],
      ['ratio', 'dyn', /typeof \(t = h\d+\(\)\) === 'number' \? d\dn [<>=!]+ \(\(t = t \* d\dq\).* : rt\.orderRD\(d\dn, d\dq, t\)/],
      ['dyn', 'ratio', /typeof \(t = h\d+\(\)\) === 'number' \? \(\(t = t \* d\dq\).* : rt\.orderDR\(t, d\dn, d\dq\)/],
    ];
    // at scale 2, r1 = a / b is held as 5e15 / 2e14 and r2 = c / b as 1e15 / 2e14 (both safe);
    // the cross products 5e15 x 2e14 and 50 x 2e14 = 1e16 exceed 2^53
    const huge = { a: 500_000_000_000, b: 2_000_000_000_000, c: 100_000_000_000, d: '2019-06-01', f: false };
    const small = { ...huge, a: 5, b: 20, c: 1 };
    for (const [left, right, shape] of cases) {
      const policy = policyFor(left, right);
      const text = emitFastModule(policy, { runtime });
      expect(text).toMatch(shape);
      const file = join(dir, `huge-${left}-${right}.ts`);
      writeFileSync(file, text);
      const m = (await import(/* @vite-ignore */ file)) as { create: (p: Policy, f: typeof STDLIB) => (facts: unknown, asOf: string) => Decision | null };
      const kernel = m.create(policy, STDLIB);
      expect(kernel(toScaledFacts(small, fastScaleOf(policy)), '2020-06-01')).not.toBeNull();
      expect(kernel(toScaledFacts(huge, fastScaleOf(policy)), '2020-06-01')).toBeNull();
      const compiled = compilePolicy(policy, { functions: STDLIB });
      expect(compiled.decideFacts(huge, { asOf: '2020-06-01' })).toEqual(decisionOf(compiled.evaluateFacts(huge, { asOf: '2020-06-01' })));
    }
  });
});
