import type { FunctionRegistry } from '../functions';
import { parsePolicy } from '../parse-policy';
import type { Policy } from '../policy';

/**
 * Builds a policy: the same data as a JSON policy file, validated now (schema and
 * semantics), so a mistake shows where the policy is written, not when it runs.
 *
 * @example
 * const p = policy({ id: 'demo.p', title: label('示例', 'Demo'), sources: [], effective: { from: '2020-01-01' }, eligibility: allOf([]) });
 * p.eligibility; // { kind: 'allOf', rules: [] }
 * policy({ ...p, eligibility: criterion({ id: 'x', label: label('x', 'x'), cite: cite('nodoc', '1'), test: bool(true) }) });
 * // throws PolicyParseError: invalid policy: eligibility.cite: cites unknown source 'nodoc'
 */
export function policy(data: Policy, functions?: FunctionRegistry): Policy {
  return parsePolicy(data, functions ? { functions } : {});
}
