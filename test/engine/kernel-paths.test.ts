import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy, type Decision, type EvalResult, type Expr, type PathSegment, type Policy } from '../../src/engine';
import { emitFastModule } from '../../src/engine/fast/emit/emit-module';
import { fastScaleOf } from '../../src/engine/fast/fast-policy';
import { toScaledFacts } from '../../src/engine/fast/scaled-facts';
import { STDLIB } from '../../src/rules/stdlib';
import { policyOf } from './helpers';

// The fact paths a kernel reads through its inner path functions rather than in line: keyed
// by the current item of a `some`, keyed twice, and from the item itself. On complete
// records the kernels decide, and must decide what the general evaluator decides.

const dir = mkdtempSync(join(tmpdir(), 'zone-policy-kernel-paths-'));
const runtime = fileURLToPath(new URL('../../src/engine/fast/aot-runtime.ts', import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const item = (...path: string[]): Expr => ({ kind: 'item', path });
const fact = (...path: PathSegment[]): Expr => ({ kind: 'fact', path });
const num = (value: string): Expr => ({ kind: 'num', value });
const gt = (left: Expr, right: Expr): Expr => ({ kind: 'cmp', op: '>', left, right });
const year = (n: string): Expr => ({ kind: 'arith', op: '-', args: [{ kind: 'yearOf', arg: { kind: 'asOf' } }, num(n)] });

const TESTS: Record<string, Expr> = {
  // financials[year = item.y].x for each listed item
  byItemKey: { kind: 'some', over: ['list'], where: gt(fact('financials', { key: 'year', equals: item('y') }, 'x'), item('v')) },
  // a nested field of the item
  itemNested: { kind: 'every', over: ['list'], where: { kind: 'in', arg: item('meta', 'kind'), values: ['A'] } },
  // two keyed steps: groups[id = 2].rows[year = Y-1].x
  twoKeys: gt(fact('groups', { key: 'id', equals: num('2') }, 'rows', { key: 'year', equals: year('1') }, 'x'), num('5')),
  // a keyed row selected from a nested list, read twice (a slot shared by two paths)
  nestedList: gt(fact('books', 'financials', { key: 'year', equals: year('2') }, 'x'), fact('books', 'financials', { key: 'year', equals: year('2') }, 'y')),
};

const RECORDS = [
  {
    list: [{ y: 2019, v: 1, meta: { kind: 'A' } }, { y: 2018, v: 50, meta: { kind: 'A' } }],
    financials: [{ year: 2018, x: 10 }, { year: 2019, x: 0 }],
    groups: [{ id: 1, rows: [{ year: 2019, x: 100 }] }, { id: 2, rows: [{ year: 2019, x: 6 }, { year: 2018, x: 1 }] }],
    books: { financials: [{ year: 2018, x: 3, y: 2 }] },
  },
  {
    list: [{ y: 2019, v: -1, meta: { kind: 'B' } }],
    financials: [{ year: 2019, x: 0 }],
    groups: [{ id: 2, rows: [{ year: 2019, x: 5 }] }],
    books: { financials: [{ year: 2018, x: 1, y: 2 }, { year: 2018, x: 9, y: 0 }] },
  },
  { list: [], financials: [], groups: [{ id: 2, rows: [{ year: 2019, x: 7 }] }], books: { financials: [{ year: 2018, x: 2, y: 1 }] } },
];

function decisionOf(r: EvalResult): Decision {
  return { status: r.status, failed: r.failed, missing: r.missing, ...(r.error ? { error: r.error } : {}) };
}

describe('decision kernels read every kind of fact path as the general evaluator does', () => {
  for (const [name, test] of Object.entries(TESTS)) {
    it(name, async () => {
      const policy: Policy = policyOf({ kind: 'criterion', id: name, label: { zh: name, en: name }, cite: { document: 'doc', article: '1' }, test }, { id: `test.path.${name}` } as never);
      const file = join(dir, `${name}.ts`);
      writeFileSync(file, emitFastModule(policy, { runtime }));
      const m = (await import(/* @vite-ignore */ file)) as { create: (p: Policy, f: typeof STDLIB) => (facts: unknown, asOf: string) => Decision | null };
      const kernel = m.create(policy, STDLIB);
      const compiled = compilePolicy(policy, { functions: STDLIB });
      const statuses = RECORDS.map((record) => {
        const want = decisionOf(compiled.evaluateFacts(record, { asOf: '2020-06-01' }));
        const got = kernel(toScaledFacts(record, fastScaleOf(policy)), '2020-06-01');
        expect(got).toEqual(want); // every record here is complete: the kernel decides each
        return want.status;
      });
      // not vacuous: each path gives both answers over these records
      expect(new Set(statuses)).toEqual(new Set(['eligible', 'ineligible']));
    });
  }
});
