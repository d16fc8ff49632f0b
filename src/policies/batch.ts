import type { BatchAccumulator, BatchSummary } from '../engine/batch';
import type { CompiledPolicy, EvaluateOptions } from '../engine/compile-policy';
import { PolicyError } from '../engine/errors';
import type { Policy } from '../engine/policy';
import type { EvalResult } from '../engine/result';
import { STDLIB_BATCH } from '../rules/stdlib';

/**
 * Starts the batch computations a policy declares (budget allocation, portfolio targets,
 * indicators), with run options such as `{ budget: '16500000' }` overriding their config.
 *
 * @example
 * startBatch(getPolicy('ankang.awards.2019')!, { budget: '16500000' }).length; // 1 (its budget.allocate)
 */
export function startBatch(policy: Policy, options: Readonly<Record<string, string>> = {}): BatchAccumulator[] {
  return (policy.batch ?? []).map((b) => {
    const fn = STDLIB_BATCH.get(b.fn);
    if (!fn) throw new PolicyError(`unknown batch function ${b.fn}`, 'batch');
    const problems = fn.check(b.config);
    if (problems.length) throw new PolicyError(`bad configuration for ${b.fn}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, 'batch');
    return fn.start(b.config, options);
  });
}

/**
 * Evaluates records in order and runs the policy's batch computations over them; rows get
 * the per-record batch outputs (e.g. `allocated`).
 *
 * @example
 * const applications = [{ id: 'A1', review: 'approved', items: [{ kind: 'talent', talents: 11 }] },
 *   { id: 'A2', review: 'approved', items: [{ kind: 'talent', talents: 10 }] }];
 * const { rows, summaries } = evaluateBatch(compile(getPolicy('ankang.awards.2019')!), applications,
 *   { asOf: '2020-04-20', batch: { budget: '400000' } });
 * rows.map((r) => [r.outputs.award, r.outputs.allocated]); // [['300000.00', '200000.00'], ['300000.00', '200000.00']]
 * summaries[0].values.factor; // '0.6666666667' (600,000 approved, 400,000 to share)
 */
export function evaluateBatch(
  compiled: CompiledPolicy,
  records: Iterable<unknown>,
  options: EvaluateOptions & { batch?: Readonly<Record<string, string>> } = {},
): { rows: EvalResult[]; summaries: BatchSummary[] } {
  const accs = startBatch(compiled.policy, options.batch);
  const rows: EvalResult[] = [];
  let i = 0;
  for (const rec of records) {
    const r = compiled.evaluate(rec, options);
    for (const a of accs) a.add(r, i);
    rows.push(r);
    i++;
  }
  const summaries = accs.map((a) => a.finish());
  for (const s of summaries) {
    for (const [idx, outs] of s.rowOutputs) {
      const row = rows[idx];
      if (row) row.outputs = { ...row.outputs, ...outs };
    }
  }
  return { rows, summaries };
}
