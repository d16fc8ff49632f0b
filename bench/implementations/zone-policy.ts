/**
 * zone-policy's `cn.hnte.2016`, compiled once from the catalog and run over records already
 * parsed by the Enterprise model (no validation): the decision of records prepared once
 * (`prepareFacts` before timing, as the integer function gets its whole-number records, then
 * `decidePrepared`), the decision of the parsed records (`decideFacts`), the full result
 * (`evaluateFacts`; `evaluatePrepared` of records prepared before timing), or the full
 * result with the trace. The verdict is the status.
 *
 * @module
 */
import type { Enterprise } from '../../src/models/enterprise';
import type { PreparedRecord } from '../../src/engine/index';
import { compile, getPolicy } from '../../src/policies/index';

/**
 * The compiled catalog policy `cn.hnte.2016`.
 *
 * @example
 * hnteCompiled().policy.id; // 'cn.hnte.2016'
 */
export function hnteCompiled(): ReturnType<typeof compile> {
  const policy = getPolicy('cn.hnte.2016');
  if (!policy) throw new Error('cn.hnte.2016 is not in the catalog');
  return compile(policy);
}

/**
 * How the compiled policy is asked: `prepared` (the decision of records converted once to
 * the fast path's compact layout), `decide` (the decision only: status, failed criteria,
 * missing facts, on the exact integer fast path, from the parsed records), `result` (the
 * full result: every criterion's values and the outputs formatted), `result-prepared` (the
 * full result of records prepared once, untimed) or `trace` (the full result with the trace).
 *
 * @example
 * const m: ZonePolicyMode = 'decide';
 */
export type ZonePolicyMode = 'prepared' | 'decide' | 'result' | 'result-prepared' | 'trace';

/**
 * A prepared run of the compiled policy over parsed enterprises.
 *
 * @example
 * zonePolicyRunner(parsed, '2020-06-01', 'decide')(out); // out[i] is each record's status
 */
export function zonePolicyRunner(inputs: readonly Enterprise[], asOf: string, mode: ZonePolicyMode): (out: string[]) => void {
  const compiled = hnteCompiled();
  if (mode === 'prepared') {
    const options = { asOf };
    const prepared = inputs.map((f) => compiled.prepareFacts(f));
    return (out) => {
      for (let i = 0; i < prepared.length; i++) out[i] = compiled.decidePrepared(prepared[i] as PreparedRecord, options).status;
    };
  }
  if (mode === 'result-prepared') {
    const options = { asOf };
    const prepared = inputs.map((f) => compiled.prepareFacts(f));
    return (out) => {
      for (let i = 0; i < prepared.length; i++) out[i] = compiled.evaluatePrepared(prepared[i] as PreparedRecord, options).status;
    };
  }
  if (mode === 'decide') {
    const options = { asOf };
    return (out) => {
      for (let i = 0; i < inputs.length; i++) out[i] = compiled.decideFacts(inputs[i], options).status;
    };
  }
  const options = { asOf, trace: mode === 'trace' };
  return (out) => {
    for (let i = 0; i < inputs.length; i++) out[i] = compiled.evaluateFacts(inputs[i], options).status;
  };
}
