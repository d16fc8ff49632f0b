import type { FunctionRegistry, FastImpl } from '../functions';
import type { OutputType } from '../output-type';
import { statusOf } from '../result';
import { ownField } from '../own-field';
import type { Policy } from '../policy';
import { dateAddOf, yearOfValue } from './fast-ops';
import { fastParam } from './fast-param';
import { outputAccepts, outputOk, outputsDue } from './fast-outputs';
import type { FastDecision } from './fast-policy';
import { UNREPRESENTABLE } from './scaled-facts';
import { decline } from './scaled';
import { Ratio, UNKNOWN, type FastValue } from './fast-value';

/**
 * The helpers that the decision kernels generated ahead of time (`emitFastModule`) call:
 * the value steps of the closures of the fast path (`compileFastExpr`, `compileFastRule`)
 * taken on operands already evaluated, and their typed versions for known values
 * (`kernel-steps.ts`), so generated code and closures compute the same values. Generated
 * code reads facts inline and calls these for the arithmetic.
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
export function fastCallOf(functions: FunctionRegistry, fn: string, config: unknown, k: number): FastCall | null {
  const f = functions.get(fn);
  const impl = f?.fast?.(config, k) ?? null;
  if (!f || !impl) return null;
  const spec = f.argsOf(config);
  return { impl, required: new Set(Object.keys(spec).filter((n) => spec[n] === 'required')), args: {} };
}

/**
 * A call site of a building block in a generated kernel: its fast implementation, the
 * names of its required arguments, and the arguments object the site fills again for
 * every call (a kernel decides one record at a time, so nothing is allocated per call).
 *
 * @example
 * const c: FastCall = { impl: (a) => a['x'] ?? null, required: new Set(['x']), args: {} };
 */
export interface FastCall {
  readonly impl: FastImpl;
  readonly required: ReadonlySet<string>;
  readonly args: Record<string, FastValue | undefined>;
}

/**
 * Calls a fast implementation on evaluated arguments as the fast `call` does on the
 * compact layout: an unknown required argument makes the result unknown, an unknown
 * optional one is `undefined`, and fact data (a list, a record) declines.
 *
 * @example
 * callWith(fastCallOf(STDLIB, 'band.lookup', table, 2), ['x'], [5_000_000_000]); // 5
 */
export function callWith(call: FastCall | null, names: readonly string[], vals: readonly FastValue[]): FastValue {
  if (!call) return decline();
  // every name is set on every call, so nothing of the previous call is left
  const args = call.args;
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

export { divide, inSet, minMax, ZERO_DENOMINATOR } from './value-steps';
export { box, order, orderDR, orderRD, stepSlow } from './kernel-steps';
export { fastCompare } from './fast-value';
export { decisionTable } from './decision-table';
export { outputOf, outputRatio, reportedOf, reportedRatio, row } from './kernel-report';
export type { Kernel, KernelResult, RowHead } from './kernel-report';
export type { CriterionReport } from '../result';
export type { Json } from '../output-type';
export { statusOf, decline, outputAccepts, outputOk, outputsDue, dateAddOf, yearOfValue, fastParam, ownField, UNREPRESENTABLE };
export type { FastValue, Policy, FunctionRegistry, FastDecision, OutputType };
