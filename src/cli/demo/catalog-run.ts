import { compile, evaluateBatch, getPolicy, type BatchSummary, type EvalResult, type Json, type Policy } from '../../index';

/**
 * One catalog policy run over seed records: the policy, one result per record (in order)
 * and the summaries of its batch computations.
 *
 * @example
 * const run: CatalogRun = { policy, rows: [], summaries: [] };
 */
export interface CatalogRun {
  policy: Policy;
  rows: EvalResult[];
  summaries: BatchSummary[];
}

/**
 * Evaluates records with a catalog policy (by id) and its batch computations, each record
 * at its own `asOf`. An unknown id, or an error row, is thrown: the demo's data are ours
 * and must evaluate.
 *
 * @example
 * runPolicy('zibo.project-service.2020', projects).rows.length; // projects.length
 */
export function runPolicy(id: string, records: readonly unknown[]): CatalogRun {
  const policy = getPolicy(id);
  if (!policy) throw new Error(`the catalog has no policy ${id}`);
  const { rows, summaries } = evaluateBatch(compile(policy), records);
  const bad = rows.find((r) => r.status === 'error');
  if (bad) throw new Error(`${id}: record ${bad.id ?? '?'} is an error: ${bad.error?.message ?? ''}`);
  return { policy, rows, summaries };
}

/**
 * The values of a run's batch computation by function name (e.g. `portfolio.totals`).
 *
 * @example
 * summaryValues(run, 'budget.allocate'); // { budget: '16500000.00', ... }
 */
export function summaryValues(run: CatalogRun, fn: string): Record<string, Json> {
  const s = run.summaries.find((x) => x.fn === fn);
  const v = s?.values;
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${run.policy.id} has no ${fn} summary`);
  return v;
}

/**
 * A JSON object nested in a JSON value (`{}` when it is not an object).
 *
 * @example
 * obj({ a: { b: 1 } }['a']); // { b: 1 }
 */
export function obj(v: Json | undefined): Record<string, Json> {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
