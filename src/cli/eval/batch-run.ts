import { startBatch, type BatchAccumulator, type BatchSummary, type EvalResult, type Json, type Label, type Policy } from '../../index';
import { oneLine, UsageError } from '../usage-error';

/**
 * A batch summary as written to output (its per-row outputs are merged into the rows).
 *
 * @example
 * const s: SummaryJson = { fn: 'portfolio.guarantees', label: { zh: '担保组合指标', en: 'Portfolio targets' }, values: { count: 3 } };
 * @inline
 */
export interface SummaryJson {
  fn: string;
  label: Label;
  values: Json;
}

/**
 * Starts the policy's batch computations (`--budget` overrides their budget); a policy
 * whose batch functions are unknown or misconfigured, or a budget they reject, is a
 * {@link UsageError}.
 *
 * @example
 * const accs = startBatchRun(policy, '16500000');
 */
export function startBatchRun(policy: Policy, budget: string | undefined): BatchAccumulator[] {
  try {
    return startBatch(policy, budget !== undefined ? { budget } : {});
  } catch (e) {
    // an unknown or misconfigured batch function, or a run option it rejects (a bad budget)
    throw new UsageError(`${policy.id}: ${oneLine(e)}`);
  }
}

/**
 * Adds the per-row outputs of the summaries (e.g. each applicant's allocated share) to
 * the rows, as `evaluateBatch` does, and returns the names of those outputs in order.
 *
 * @example
 * mergeRowOutputs(rows, summaries); // ['allocated']
 */
export function mergeRowOutputs(rows: EvalResult[], summaries: readonly BatchSummary[]): string[] {
  const names = new Set<string>();
  for (const s of summaries) {
    for (const [idx, outs] of s.rowOutputs) {
      const row = rows[idx];
      if (!row) continue;
      row.outputs = { ...row.outputs, ...outs };
      for (const k of Object.keys(outs)) names.add(k);
    }
  }
  return [...names];
}

/**
 * The JSON form of the summaries.
 *
 * @example
 * summaryJson([{ fn: 'x', label: { zh: 'x', en: 'x' }, values: 1, rowOutputs: new Map() }]); // [{ fn: 'x', label: {...}, values: 1 }]
 */
export function summaryJson(summaries: readonly BatchSummary[]): SummaryJson[] {
  return summaries.map((s) => ({ fn: s.fn, label: s.label, values: s.values }));
}
