import { compilePolicy, type CompiledPolicy, type InputValidator } from '../engine/compile-policy';
import { PolicyError } from '../engine/errors';
import type { Policy } from '../engine/policy';
import { parseModel } from '../models/issues';
import { isModelName, MODELS } from '../models/registry';
import { STDLIB } from '../rules/stdlib';
import { PRECOMPILED } from './fast/index';

/**
 * The validator of a named input model (`enterprise`, `loan`, ...), or none when the
 * policy declares no model (its facts are then read as plain JSON).
 *
 * @example
 * validatorFor('loan'); // a function
 * validatorFor(undefined); // undefined
 */
export function validatorFor(model: string | undefined): InputValidator | undefined {
  if (model === undefined) return undefined;
  if (!isModelName(model)) throw new PolicyError(`unknown input model '${model}' (known: ${Object.keys(MODELS).join(', ')})`, 'input');
  const schema = MODELS[model];
  return (raw) => {
    const r = parseModel(schema, raw);
    return r.ok ? { ok: true, value: r.value } : { ok: false, issues: r.issues };
  };
}

/**
 * Compiles a policy with the standard building blocks and its input model's validation:
 * the usual way to get something to evaluate. A catalog policy also gets its decision code
 * generated ahead of time (`src/policies/fast/`), used while its data is unchanged.
 *
 * @example
 * compile(hnte2016).evaluate(enterprise, { asOf: '2020-06-01' }).status; // 'eligible'
 */
export function compile(policy: Policy): CompiledPolicy {
  const validate = validatorFor(policy.input);
  const precompiled = PRECOMPILED[policy.id];
  return compilePolicy(policy, { functions: STDLIB, ...(validate ? { validate } : {}), ...(precompiled ? { precompiled } : {}) });
}
