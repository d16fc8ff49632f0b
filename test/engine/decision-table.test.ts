import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePolicy, type Policy, type Rule } from '../../src/engine';
import { decisionTable, MASK_IDS } from '../../src/engine/fast/decision-table';
import { failedBits, ruleIds } from '../../src/engine/fast/emit/emit-failed';
import { emitFastModule } from '../../src/engine/fast/emit/emit-module';
import type { Precompiled } from '../../src/engine/fast/precompiled';
import { STDLIB } from '../../src/rules/stdlib';
import { SOURCES } from './helpers';

const label = { zh: '条', en: 'c' };
const cite = { document: 'doc', article: '1' };
const criterion = (id: string, fact = id): Rule => ({ kind: 'criterion', id, label, cite, test: { kind: 'cmp', op: '>=', left: { kind: 'fact', path: [fact] }, right: { kind: 'num', value: '1' } } });

describe('decisionTable: one frozen decision per status and failed criteria', () => {
  it('lists the failed ids sorted, returns the same frozen object each time, and a new list for the full result', () => {
    // not the reverse of its sorted order (a comparator that always answers -1 reverses)
    const t = decisionTable(['rdRatio', 'b', 'coreIp', 'B']);
    const d = t.decision('ineligible', 0b1111);
    expect(d).toEqual({ status: 'ineligible', failed: ['B', 'b', 'coreIp', 'rdRatio'], missing: [] });
    expect(t.decision('ineligible', 0b1111)).toBe(d);
    expect(Object.isFrozen(d) && Object.isFrozen(d.failed) && Object.isFrozen(d.missing)).toBe(true);
    expect(() => (d.failed as string[]).push('x')).toThrow(TypeError);
    expect(t.decision('eligible', 0)).toEqual({ status: 'eligible', failed: [], missing: [] });
    // the same mask with another status is another decision
    expect(t.decision('undetermined', 0b1111)).not.toBe(d);
    expect(t.decision('undetermined', 0b1111).status).toBe('undetermined');
    const list = t.failed(0b0011);
    expect(list).toEqual(['b', 'rdRatio']);
    expect(t.failed(0b0011)).not.toBe(list);
    expect(Object.isFrozen(list)).toBe(false);
  });
  it('every status and mask is its own entry: asked in any order, each decision is its own', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const t = decisionTable(ids);
    const statuses = ['eligible', 'ineligible', 'undetermined', 'error'] as const;
    const asks = statuses.flatMap((status) => Array.from({ length: 16 }, (_, mask) => ({ status, mask })));
    for (const { status, mask } of [...asks, ...asks.reverse()]) {
      expect(t.decision(status, mask)).toEqual({ status, failed: ids.filter((_, i) => (mask >> i) & 1), missing: [] });
    }
  });
  it(`holds at most ${MASK_IDS} ids, and keeps 4,096 decisions: past them each is built again, equal`, () => {
    expect(() => decisionTable(Array.from({ length: MASK_IDS }, (_, i) => `c${i}`))).not.toThrow();
    expect(() => decisionTable(Array.from({ length: MASK_IDS + 1 }, (_, i) => `c${i}`))).toThrow(new RangeError(`a decision table holds at most ${MASK_IDS} rule ids, not ${MASK_IDS + 1}`));
    const ids = Array.from({ length: 13 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const t = decisionTable(ids);
    for (let m = 0; m < 4096; m++) t.decision('ineligible', m);
    expect(t.decision('ineligible', 4095)).toBe(t.decision('ineligible', 4095));
    const late = t.decision('ineligible', 4096);
    expect(late).toEqual({ status: 'ineligible', failed: ['c12'], missing: [] });
    expect(Object.isFrozen(late)).toBe(true);
    expect(t.decision('ineligible', 4096)).not.toBe(late);
  });
  it('property: failed is the ids of the set bits, in Array.prototype.sort order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: MASK_IDS }), fc.nat(), fc.constantFrom('eligible', 'ineligible', 'undetermined', 'error' as const), (ids, bits, status) => {
        const mask = bits % 2 ** ids.length;
        const want = ids.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1).sort();
        const t = decisionTable(ids);
        expect(t.decision(status, mask)).toEqual({ status, failed: want, missing: [] });
        expect(t.failed(mask)).toEqual(want);
      }),
    );
  });
});

describe('ruleIds and failedBits: the ids a failed list can hold', () => {
  it('every rule id once, a node before its children, not the exceptions\' own ids', () => {
    const tree: Rule = {
      kind: 'allOf', id: 'all', rules: [
        criterion('a'),
        { kind: 'not', id: 'notB', rule: criterion('b') },
        { kind: 'atLeast', n: 1, rules: [criterion('a'), criterion('c')] },
        { kind: 'exceptions', id: 'ex', base: { kind: 'anyOf', rules: [criterion('d')] }, exceptions: [{ id: 'x', label, cite, when: { kind: 'bool', value: true }, outcome: 'pass' }] },
      ],
    };
    expect(ruleIds(tree)).toEqual(['all', 'a', 'notB', 'b', 'c', 'ex', 'd']);
    expect([...(failedBits(tree) ?? new Map()).entries()]).toEqual([['all', 0], ['a', 1], ['notB', 2], ['b', 3], ['c', 4], ['ex', 5], ['d', 6]]);
  });
  it(`a tree of more than ${MASK_IDS} ids has no mask`, () => {
    const many = (n: number): Rule => ({ kind: 'allOf', rules: Array.from({ length: n }, (_, i) => criterion(`c${i}`)) });
    expect(failedBits(many(MASK_IDS))?.size).toBe(MASK_IDS);
    expect(failedBits(many(MASK_IDS + 1))).toBeUndefined();
  });
});

describe('emitted kernels decide with the table (up to 28 ids) or a list (more): the general evaluator\'s status and failed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zone-policy-decided-'));
  const runtime = fileURLToPath(new URL('../../src/engine/fast/aot-runtime.ts', import.meta.url));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const policyOf = (n: number): Policy => ({
    id: `test.decided${n}`, title: label, sources: SOURCES, effective: { from: '2000-01-01' },
    // c0 twice: an id met twice is listed once
    eligibility: { kind: 'allOf', id: 'all', rules: [...Array.from({ length: n }, (_, i) => criterion(`c${i}`)), criterion('c0', 'again')] },
  }) as Policy;
  const compiledOf = async (policy: Policy, name: string) => {
    const text = emitFastModule(policy, { runtime });
    const file = join(dir, `${name}.ts`);
    writeFileSync(file, text);
    const m = (await import(/* @vite-ignore */ file)) as { SOURCE: string; create: Precompiled['create'] };
    return { text, compiled: compilePolicy(policy, { functions: STDLIB, precompiled: { source: m.SOURCE, create: m.create } }) };
  };
  const asOf = '2020-06-01';
  const recordOf = (n: number, fails: (i: number) => boolean) => ({ ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, fails(i) ? 0 : 1])), again: fails(n) ? 0 : 1 });

  it('4 criteria (a mask): every combination as evaluateFacts; the same frozen decision for the same failures', async () => {
    const { text, compiled } = await compiledOf(policyOf(4), 'small');
    expect(text).toContain('rt.decisionTable(["all","c0","c1","c2","c3"])');
    expect(text).not.toContain('failed.push');
    for (let m = 0; m < 32; m++) {
      const record = recordOf(4, (i) => Math.floor(m / 2 ** i) % 2 === 1);
      const general = compiled.evaluateFacts(record, { asOf });
      const d = compiled.decidePrepared(compiled.prepareFacts(record), { asOf });
      expect({ status: d.status, failed: d.failed, missing: d.missing }).toEqual({ status: general.status, failed: general.failed, missing: general.missing });
      expect(Object.isFrozen(d)).toBe(true);
      expect(compiled.decidePrepared(compiled.prepareFacts({ ...record }), { asOf })).toBe(d);
      expect(compiled.decideFacts(record, { asOf })).toEqual(d);
    }
  });
  it(`${MASK_IDS + 2} criteria (a list): random failures as evaluateFacts`, async () => {
    const n = MASK_IDS + 2;
    const { text, compiled } = await compiledOf(policyOf(n), 'large');
    expect(text).not.toContain('rt.decisionTable(');
    expect(text).toContain('failed.push("c29")');
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: n + 1, maxLength: n + 1 }), (fails) => {
        const record = recordOf(n, (i) => fails[i] === true);
        const general = compiled.evaluateFacts(record, { asOf });
        const d = compiled.decidePrepared(compiled.prepareFacts(record), { asOf });
        expect({ status: d.status, failed: d.failed, missing: d.missing }).toEqual({ status: general.status, failed: general.failed, missing: general.missing });
      }),
      { numRuns: 60 },
    );
  });
});
