import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePolicy, type Decision, type EvalResult, type Policy } from '../../src/engine';
import { emitFastModule } from '../../src/engine/fast/emit/emit-module';
import { compileFastDecision, fastScaleOf } from '../../src/engine/fast/fast-policy';
import type { Precompiled } from '../../src/engine/fast/precompiled';
import type { Kernel } from '../../src/engine/fast/kernel-report';
import { toScaledFacts } from '../../src/engine/fast/scaled-facts';
import { isPlainDate } from '../../src/models/plain-date';
import { STDLIB } from '../../src/rules/stdlib';
import { asOfArb, policyArb, recordArb } from './fast-arbitraries';
import { SOURCES } from './helpers';

// Generated modules are written here and imported like the catalog's (src/policies/fast/).
const dir = mkdtempSync(join(tmpdir(), 'zone-policy-aot-'));
const runtime = fileURLToPath(new URL('../../src/engine/fast/aot-runtime.ts', import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function generated(policy: Policy): Promise<Precompiled> {
  const file = join(dir, `m${n++}.ts`);
  writeFileSync(file, emitFastModule(policy, { runtime }));
  const m = (await import(/* @vite-ignore */ file)) as { SOURCE: string; create: Precompiled['create'] };
  return { source: m.SOURCE, create: m.create };
}

function decisionOf(r: EvalResult): Decision {
  return { status: r.status, failed: r.failed, missing: r.missing, ...(r.error ? { error: r.error } : {}) };
}

const inForce = (p: Policy, asOf: string): boolean => isPlainDate(asOf) && asOf >= p.effective.from && (p.effective.to === undefined || asOf <= p.effective.to);

describe('ahead-of-time decision kernels (emitFastModule) equal the closures and the general evaluator', () => {
  it('property: on generated policies over every expression kind and generated records, decides only where the closures decide, equal to them and to evaluateFacts; its full results are the general evaluator\'s, byte for byte', async () => {
    const cases = { total: 0, closures: 0, aot: 0, full: 0 };
    // generate the samples first (fast-check properties are synchronous here), then import each module once
    const samples = fc.sample(fc.tuple(policyArb, fc.array(fc.tuple(recordArb, asOfArb), { minLength: 1, maxLength: 8 })), { numRuns: 200, seed: 20261126 });
    for (const [policy, records] of samples) {
      const pre = await generated(policy);
      expect(pre.source).toBe(JSON.stringify(policy));
      let aot: Kernel;
      try {
        aot = pre.create(policy, STDLIB);
      } catch {
        continue; // a policy error (unknown parameter): the closures cannot be built either
      }
      const closures = compileFastDecision(policy, STDLIB, true);
      const compiled = compilePolicy(policy, { functions: STDLIB, precompiled: pre });
      const k = fastScaleOf(policy);
      for (const [record, asOf] of records) {
        // the general evaluator's result (a trace is always the general evaluator's), without its trace
        const { trace: _, ...general } = compiled.evaluateFacts(record, { asOf, trace: true });
        const want = decisionOf(general);
        // the full result, through the public paths (the kernel where it finishes): the same bytes
        expect(JSON.stringify(compiled.evaluateFacts(record, { asOf }))).toBe(JSON.stringify(general));
        expect(JSON.stringify(compiled.evaluatePrepared(compiled.prepareFacts(record), { asOf }))).toBe(JSON.stringify(general));
        // through the public paths: prepared records and parsed facts (converted on the spot) are decided by the generated code first
        expect(compiled.decidePrepared(compiled.prepareFacts(record), { asOf })).toEqual(want);
        expect(compiled.decideFacts(record, { asOf })).toEqual(want);
        if (!inForce(policy, asOf)) continue;
        cases.total++;
        const layout = toScaledFacts(record, k);
        const byClosures = closures(layout, asOf);
        const byAot = aot(layout, asOf);
        if (byClosures) cases.closures++;
        if (byAot) {
          cases.aot++;
          expect(byAot).toEqual(want);
          // the kernel declines at least where the closures decline (and more: any missing fact)
          expect(byClosures).toEqual(want);
        }
        const full = aot(layout, asOf, true);
        if (full) {
          cases.full++;
          expect(byAot).not.toBeNull();
          const { id: _id, policy: _p, asOf: _a, ...parts } = general;
          expect(JSON.stringify(full)).toBe(JSON.stringify(parts));
        }
      }
    }
    expect(cases.total).toBeGreaterThan(500);
    // not vacuous: a healthy share is decided by the generated code itself (291 of 750, where the closures decide 309)
    expect(cases.aot / cases.total).toBeGreaterThanOrEqual(0.25);
    expect(cases.aot / cases.closures).toBeGreaterThanOrEqual(0.8);
    // and most of those give the full result too
    expect(cases.full / cases.aot).toBeGreaterThanOrEqual(0.8);
    console.log(cases);
  }, 120_000);

  it('is used only for the policy data it was generated from', async () => {
    const policy: Policy = {
      id: 'test.aot', title: { zh: '测试', en: 'Test' }, sources: SOURCES,
      effective: { from: '2000-01-01' },
      eligibility: { kind: 'criterion', id: 'c', label: { zh: '条', en: 'c' }, cite: { document: 'doc', article: '1' }, test: { kind: 'cmp', op: '>=', left: { kind: 'fact', path: ['a'] }, right: { kind: 'num', value: '10' } } },
    } as Policy;
    const pre = await generated(policy);
    // the same code offered for an edited copy (threshold 20) must not decide it
    const edited: Policy = { ...policy, eligibility: { ...policy.eligibility, test: { kind: 'cmp', op: '>=', left: { kind: 'fact', path: ['a'] }, right: { kind: 'num', value: '20' } } } } as Policy;
    const compiled = compilePolicy(edited, { functions: STDLIB, precompiled: pre });
    expect(compiled.decidePrepared(compiled.prepareFacts({ a: 15 }), { asOf: '2020-06-01' }).status).toBe('ineligible');
    const original = compilePolicy(policy, { functions: STDLIB, precompiled: pre });
    expect(original.decidePrepared(original.prepareFacts({ a: 15 }), { asOf: '2020-06-01' }).status).toBe('eligible');
  });
});
