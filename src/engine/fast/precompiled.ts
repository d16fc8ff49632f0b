import type { FunctionRegistry } from '../functions';
import type { Policy } from '../policy';
import type { Kernel } from './kernel-report';

/**
 * A policy's decision fast path generated ahead of time (`npm run gen:fast`): the JSON of
 * the policy data it was generated from, and the factory of the decision on the compact
 * layout. The engine uses it only for a policy whose JSON is exactly `source`, so edited
 * policy data never runs code generated from other data.
 *
 * @example
 * const p: Precompiled = { source: JSON.stringify(policy), create: (pol, fns) => compileFastDecision(pol, fns, true) };
 */
export interface Precompiled {
  /** The JSON of the policy data the code was generated from. */
  readonly source: string;
  /** Builds the kernel (decision, or full result without trace) on the compact layout for the policy and the building blocks. */
  readonly create: (policy: Policy, functions: FunctionRegistry) => Kernel;
}

/**
 * The precompiled kernel of a policy on the compact layout, when `precompiled` was
 * generated from exactly this policy's data and builds without fault; else `null`.
 *
 * @example
 * precompiledFor(policy, STDLIB, PRECOMPILED[policy.id]); // a Kernel, or null
 */
export function precompiledFor(policy: Policy, functions: FunctionRegistry, precompiled: Precompiled | undefined): Kernel | null {
  if (!precompiled || JSON.stringify(policy) !== precompiled.source) return null;
  try {
    return precompiled.create(policy, functions);
  } catch {
    return null;
  }
}

/**
 * {@link precompiledFor}, built on first use and then kept (checking the policy's JSON
 * costs a serialisation, once).
 *
 * @example
 * const kernel = lazyKernel(policy, STDLIB, PRECOMPILED[policy.id]);
 * kernel()?.(layout, '2020-06-01'); // the decision, or null
 */
export function lazyKernel(policy: Policy, functions: FunctionRegistry, precompiled: Precompiled | undefined): () => Kernel | null {
  let kernel: Kernel | null | undefined;
  return () => (kernel === undefined ? (kernel = precompiledFor(policy, functions, precompiled)) : kernel);
}
