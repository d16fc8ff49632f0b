/**
 * zone-policy's `cn.hnte.2016`, compiled once from the catalog and evaluated over records
 * already parsed by the Enterprise model (`evaluateFacts`, no validation), with or without
 * the trace. The verdict is the result's status.
 *
 * @module
 */
import type { Enterprise } from '../../src/models/enterprise';
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
 * A prepared run of the compiled policy over parsed enterprises.
 *
 * @example
 * zonePolicyRunner(parsed, '2020-06-01', false)(out); // out[i] is each result's status
 */
export function zonePolicyRunner(inputs: readonly Enterprise[], asOf: string, trace: boolean): (out: string[]) => void {
  const compiled = hnteCompiled();
  const options = { asOf, trace };
  return (out) => {
    for (let i = 0; i < inputs.length; i++) out[i] = compiled.evaluateFacts(inputs[i], options).status;
  };
}
