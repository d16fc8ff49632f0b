// the modules, not the package index: the worker threads load this file (see worker.ts)
import type { CompiledPolicy, EvaluateOptions } from '../../engine/compile-policy';
import { PolicyError, type Issue } from '../../engine/errors';
import type { EvalResult } from '../../engine/result';
import { oneLine } from '../usage-error';
import { parseNdjsonLine, type EvalInput } from '../input/raw-line';

/**
 * The `status: "error"` row (DESIGN §4.2) for a record that could not be evaluated, in
 * the same shape and key order as the engine's own error rows.
 *
 * @example
 * errorRow('cn.hnte.2016', '2020-06-01', undefined, 'INVALID_JSON', 'line 2 is not valid JSON', []).status; // 'error'
 */
export function errorRow(policy: string, asOf: string | null, id: string | undefined, code: string, message: string, issues: Issue[]): EvalResult {
  return { ...(id !== undefined ? { id } : {}), policy, asOf, status: 'error', criteria: [], failed: [], missing: [], outputs: {}, error: { code, message, issues } };
}

function ownString(record: unknown, key: string): string | undefined {
  if (record === null || typeof record !== 'object' || !Object.prototype.hasOwnProperty.call(record, key)) return undefined;
  const v = (record as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
}

/**
 * Evaluates one input row and never throws: an unreadable row, or a policy that throws
 * on this record, gives a `status: "error"` row, so a batch never loses a row. Used by
 * the main thread and by the worker threads alike (same rows, byte for byte).
 *
 * @example
 * evaluateItem(compiled, { kind: 'record', record: { id: 'G1' } }, { asOf: '2020-03-01' }).status; // 'error' (INVALID_INPUT)
 */
export function evaluateItem(compiled: CompiledPolicy, row: EvalInput, options: EvaluateOptions): EvalResult {
  const item = row.kind === 'line' ? parseNdjsonLine(row.line, row.n) : row;
  const policyId = compiled.policy.id;
  if (item.kind === 'unreadable') return errorRow(policyId, options.asOf ?? null, item.id, item.code, item.message, item.issues);
  try {
    return compiled.evaluate(item.record, options);
  } catch (e) {
    const asOf = ownString(item.record, 'asOf') ?? options.asOf ?? null;
    const code = e instanceof PolicyError ? 'POLICY_ERROR' : 'EVALUATION_FAILED';
    return errorRow(policyId, asOf, ownString(item.record, 'id'), code, `the policy could not evaluate this record: ${oneLine(e)}`, []);
  }
}
