import { isPlainDate } from '../models/plain-date';
import type { FunctionRegistry } from './functions';
import type { Policy } from './policy';
import type { EvalResult } from './result';
import { compileFastDecision, fastScaleOf, type Decision, type FastDecision } from './fast/fast-policy';
import type { Kernel } from './fast/kernel-report';
import { toScaledFacts } from './fast/scaled-facts';
import { kernelResults } from './kernel-results';
import { ownField } from './own-field';
import { Prepared } from './prepared';

/**
 * The result of validating a raw record with a policy's input model.
 *
 * @example
 * const v: Validation = { ok: true, value: { id: 'E1' } };
 */
export type Validation = { ok: true; value: unknown } | { ok: false; issues: import('./errors').Issue[] };

/**
 * A record converted once for repeated decisions (`CompiledPolicy.prepare`): the record as
 * given, its validation, and (kept by the engine, not on the object) its facts in the
 * compact layout of the decision fast path (numbers as exact integers at the policy's scale
 * `10^k`). Deciding it again (another date, another policy with the same input model) skips
 * validation and conversion. The object is frozen; only records made by `prepare` or
 * `prepareFacts` are decided from a layout (any other object is evaluated from its `record`,
 * validated again). Facts given to `prepareFacts` must not be changed afterwards.
 *
 * @example
 * const p: PreparedRecord = compiled.prepare(record); compiled.decidePrepared(p, { asOf: '2020-06-01' }).status; // 'eligible'
 */
export interface PreparedRecord {
  /** The record as it was given (raw, or facts already parsed). */
  readonly record: unknown;
  /** Whether the record was validated by the input model (`prepare`), or taken as parsed facts (`prepareFacts`). */
  readonly validated: boolean;
  /** The validation result (`prepare` only). */
  readonly validation: Validation | undefined;
  /** The scale of the compact layout (`-1` when the policy has no fast path). */
  readonly k: number;
  /** The record's own `asOf` field (it wins over the option), read once. */
  readonly asOf: unknown;
  /** The input model it was validated with (`Policy.input`): only a policy with the same model decides it from its layout and `validation`. */
  readonly input: string | undefined;
}

/**
 * The decision side of a compiled policy (see `CompiledPolicy`).
 *
 * @example
 * const d: DecisionPath = decisionPath(policy, STDLIB, validate, evaluateWith); d.decideFacts(facts, { asOf: '2020-06-01' });
 */
export interface DecisionPath {
  decide(record: unknown, options?: { asOf?: string }): Decision;
  decideFacts(facts: unknown, options?: { asOf?: string }): Decision;
  prepare(record: unknown): PreparedRecord;
  prepareFacts(facts: unknown): PreparedRecord;
  decidePrepared(prepared: PreparedRecord, options?: { asOf?: string }): Decision;
}

/**
 * How the general evaluator is called when the fast path declines: the record, the date
 * option, whether to validate, and a validation already done (never validated twice).
 *
 * @example
 * const general: GeneralEvaluate = (record, asOf, validate, validation) => evaluateWith(record, { asOf }, validate, validation);
 */
export type GeneralEvaluate = (record: unknown, asOf: string | undefined, validate: boolean, validation: Validation | undefined) => EvalResult;

/** The policy's fast decision in one layout, or `null` when it cannot be compiled (decisions then use the general evaluator). */
function fastOrNull(policy: Policy, functions: FunctionRegistry, scaledLayout: boolean): FastDecision | null {
  try {
    return compileFastDecision(policy, functions, scaledLayout);
  } catch {
    return null;
  }
}

function decisionOf(r: EvalResult): Decision {
  return { status: r.status, failed: r.failed, missing: r.missing, ...(r.error ? { error: r.error } : {}) };
}

/**
 * Builds a policy's decision path: the exact fast path on raw facts and on prepared
 * records (compiled on first use; first the kernel `kernelOf` gives, generated ahead of
 * time from this very policy, on the prepared layout or on the facts converted on the
 * spot), falling back to the general evaluator, so every decision equals the status,
 * failed and missing of the full result.
 *
 * @example
 * const path = decisionPath(policy, STDLIB, validate, general, lazyKernel(policy, STDLIB, undefined));
 * path.decidePrepared(path.prepare(record), { asOf: '2020-06-01' }); // same as path.decide(record, ...)
 */
export function decisionPath(
  policy: Policy,
  functions: FunctionRegistry,
  validate: ((raw: unknown) => Validation) | undefined,
  general: GeneralEvaluate,
  kernelOf: () => Kernel | null,
): DecisionPath {
  const { from, to } = policy.effective;
  const fast = fastOrNull(policy, functions, false);
  let scaledClosures: FastDecision | null | undefined;
  let kernel: Kernel | null | undefined;
  // the closures on the compact layout, compiled when a kernel first declines
  const closuresOn = (layout: unknown, asOf: string): Decision | null => {
    if (scaledClosures === undefined) scaledClosures = fastOrNull(policy, functions, true);
    return scaledClosures ? scaledClosures(layout, asOf) : null;
  };
  const k = fast ? fastScaleOf(policy) : -1;
  const onTheSpot = kernelResults<Decision>(kernelOf, k, false);
  let lastInForce: string | undefined;
  // the date a fast decision may use: a real date within the policy's effect (the last one seen is remembered)
  const inForce = (asOf: unknown): asOf is string => {
    if (typeof asOf !== 'string') return false;
    if (asOf === lastInForce) return true;
    if (!isPlainDate(asOf) || asOf < from || (to !== undefined && asOf > to)) return false;
    lastInForce = asOf;
    return true;
  };
  function decideWith(record: unknown, asOpt: string | undefined, doValidate: boolean): Decision {
    const asOf = ownField(record, 'asOf') ?? asOpt;
    let validation: Validation | undefined;
    if (fast && inForce(asOf)) {
      validation = doValidate && validate ? validate(record) : undefined;
      const facts = validation === undefined ? record : validation.ok ? validation.value : undefined;
      if (facts !== undefined) {
        const d = onTheSpot.of(facts, asOf, undefined) ?? fast(facts, asOf);
        if (d) return d;
      }
    }
    return decisionOf(general(record, asOpt, doValidate, validation));
  }
  function prepareWith(record: unknown, doValidate: boolean): PreparedRecord {
    const validation = doValidate && validate ? validate(record) : undefined;
    const facts = validation === undefined ? record : validation.ok ? validation.value : undefined;
    return new Prepared(record, doValidate, validation, k, policy.input, ownField(record, 'asOf'), fast && facts !== undefined ? toScaledFacts(facts, k) : null);
  }
  return {
    decide: (record, o = {}) => decideWith(record, o.asOf, true),
    decideFacts: (facts, o = {}) => decideWith(facts, o.asOf, false),
    prepare: (record) => prepareWith(record, true),
    prepareFacts: (facts) => prepareWith(facts, false),
    decidePrepared(p, o) {
      const layout = Prepared.layoutOf(p);
      // an object not made by prepare: the general evaluator, validating its record again
      if (layout === undefined) return decisionOf(general(p.record, o?.asOf, p.validated, undefined));
      const asOf = p.asOf ?? o?.asOf;
      if (layout !== null && p.k === k && p.input === policy.input && inForce(asOf)) {
        // the kernel generated ahead of time from exactly this policy's data; where it declines, the closures
        if (kernel === undefined) kernel = kernelOf();
        const d = (kernel !== null ? kernel(layout, asOf) : null) ?? closuresOn(layout, asOf);
        if (d !== null) return d;
      }
      // the general evaluator reuses the validation when it was done with this policy's model
      return decisionOf(general(p.record, o?.asOf, p.validated, p.input === policy.input ? p.validation : undefined));
    },
  };
}
