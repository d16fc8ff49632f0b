import type { RuleResult } from '../compile-rule';
import type { FunctionRegistry, FastImpl } from '../functions';
import type { OutputType } from '../output-type';
import { statusOf } from '../result';
import { ownField } from '../own-field';
import type { Policy } from '../policy';
import { bool, dateAddOf, yearOfValue } from './fast-ops';
import { scaledFactValue } from './fast-fact';
import { fastParam } from './fast-param';
import { outputOk, outputsDue } from './fast-outputs';
import type { FastDecision } from './fast-policy';
import { UNREPRESENTABLE } from './scaled-facts';
import { decline } from './scaled';
import { Ratio, UNKNOWN, type FastContext, type FastValue } from './fast-value';

/**
 * The helpers that ahead-of-time generated decision code (`emitFastModule`) calls: each is
 * the value step of one closure of the fast path (`compileFastExpr`, `compileFastRule`),
 * taken on operands already evaluated, so generated code and closures compute the same
 * values. Generated code reads facts inline and calls these for the arithmetic.
 *
 * @module
 */

/**
 * A building block's fast implementation for its configuration, with the names of its
 * arguments and which are required; `null` when it has none (the call declines).
 *
 * @example
 * fastCallOf(STDLIB, 'band.lookup', table, 2)?.required; // ['x']
 */
export function fastCallOf(functions: FunctionRegistry, fn: string, config: unknown, k: number): { impl: FastImpl; required: Set<string> } | null {
  const f = functions.get(fn);
  const impl = f?.fast?.(config, k) ?? null;
  if (!f || !impl) return null;
  const spec = f.argsOf(config);
  return { impl, required: new Set(Object.keys(spec).filter((n) => spec[n] === 'required')) };
}

/**
 * Calls a fast implementation on evaluated arguments as the fast `call` does on the
 * compact layout: an unknown required argument makes the result unknown, an unknown
 * optional one is `undefined`, and fact data (a list, a record) declines.
 *
 * @example
 * callWith(fastCallOf(STDLIB, 'band.lookup', table, 2), ['x'], [5_000_000_000]); // 5
 */
export function callWith(call: { impl: FastImpl; required: Set<string> } | null, names: readonly string[], vals: readonly FastValue[]): FastValue {
  if (!call) return decline();
  const args: Record<string, FastValue | undefined> = {};
  let unknown = false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const v = vals[i] as FastValue;
    if (v === UNKNOWN) {
      if (call.required.has(name)) unknown = true;
      else args[name] = undefined;
    } else if (typeof v === 'object' && v !== null && !(v instanceof Ratio)) return decline();
    else args[name] = v;
  }
  return unknown ? UNKNOWN : call.impl(args);
}

/**
 * A criterion's test: a boolean, or decline.
 *
 * @example
 * testOutcome(true); // 'pass'
 */
export function testOutcome(v: FastValue): 'pass' | 'fail' {
  return bool(v) ? 'pass' : 'fail';
}

/**
 * The mark of a definition being evaluated (a definition that refers to itself declines).
 *
 * @example
 * st.d0 = CYCLE; // while d0 is computed
 */
export const CYCLE: { readonly cycle: true } = Object.freeze({ cycle: true as const });

/**
 * The definition slots of a generated state: none (generated code keeps definitions in fields).
 *
 * @example
 * NO_DEFS.length; // 0
 */
export const NO_DEFS: FastValue[] = Object.freeze([]) as unknown as FastValue[];

export { arithFirst, arithStep, compareValues, divide, inSet, kleeneStep, minMax, notValue, ZERO_DENOMINATOR } from './value-steps';
export { statusOf, UNKNOWN, decline, bool, outputOk, outputsDue, dateAddOf, yearOfValue, fastParam, ownField, scaledFactValue, UNREPRESENTABLE };
export type { FastValue, FastContext, RuleResult, Policy, FunctionRegistry, FastDecision, OutputType };
