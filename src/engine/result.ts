import type { Label } from './citation';
import type { Issue } from './errors';
import type { Json } from './output-type';
import type { TraceNode } from './trace';
import type { Outcome } from './values';

/**
 * One criterion's line in a result (DESIGN §4.2).
 *
 * @example
 * const c: CriterionReport = { id: 'stStaffRatio', result: 'pass', cite: '国科发火〔2016〕32号 art. 11(4)', values: { ratio: '0.1250', threshold: '0.10' } };
 */
export interface CriterionReport {
  id: string;
  result: Outcome;
  cite?: string;
  label?: Label;
  values: Record<string, Json>;
  missing?: string[];
  reason?: string;
}

/**
 * The status of one evaluated record.
 *
 * @example
 * const s: Status = 'undetermined';
 */
export type Status = 'eligible' | 'ineligible' | 'undetermined' | 'error';

/**
 * The result of evaluating one record (DESIGN §4.2): status, criteria, the ids that
 * failed and the facts still missing (sorted), computed outputs, the trace when asked,
 * and for `status: "error"` the error with its validation issues.
 *
 * @example
 * const r: EvalResult = { id: 'E1', policy: 'cn.hnte.2016', asOf: '2020-06-01', status: 'eligible', criteria: [], failed: [], missing: [], outputs: {} };
 */
export interface EvalResult {
  id?: string;
  policy: string;
  asOf: string | null;
  status: Status;
  criteria: CriterionReport[];
  failed: string[];
  missing: string[];
  outputs: Record<string, Json>;
  trace?: TraceNode;
  error?: { code: string; message: string; issues: Issue[] };
}

/**
 * Maps a rule outcome to a record status.
 *
 * @example
 * statusOf('unknown'); // 'undetermined'
 */
export function statusOf(o: Outcome): Status {
  return o === 'pass' ? 'eligible' : o === 'fail' ? 'ineligible' : 'undetermined';
}
