import { collectReasons } from '../compile-rule';
import type { FunctionRegistry } from '../functions';
import type { Policy } from '../policy';
import type { Issue } from '../errors';
import { statusOf, type Status } from '../result';
import { compileFastExpr, type FastEnv } from './fast-expr';
import { outputOk, outputsDue } from './fast-outputs';
import { compileFastRule } from './fast-rule';
import { decline, pow10, scaleFor } from './scaled';
import type { FastContext, FastEvaluator, FastValue } from './fast-value';

/**
 * A decision: the status of a record, the criteria that made it fail and the facts still
 * needed, exactly as the full result has them (`error` when the status is `error`).
 * A decision is a value: a generated kernel returns the same frozen decision for every
 * record with the same status and failed criteria (so deciding allocates nothing), hence
 * its lists are read-only; copy them (`[...d.failed]`) to change them.
 *
 * @example
 * const d: Decision = { status: 'ineligible', failed: ['rdRatio'], missing: [] };
 */
export interface Decision {
  readonly status: Status;
  readonly failed: readonly string[];
  readonly missing: readonly string[];
  /** Why the record could not be evaluated (status `error`): the code, a message and the validation issues, as in the full result. */
  readonly error?: { code: string; message: string; issues: Issue[] };
}

/**
 * A policy's fast decision: `null` when the record needs the general evaluator (a missing
 * fact, a value beyond the exact integer range, a construct the fast path leaves alone).
 *
 * @example
 * const decide: FastDecision = () => null; // always defers to the general evaluator
 */
export type FastDecision = (facts: unknown, asOf: string) => Decision | null;

const CYCLE = Object.freeze({ cycle: true });

/**
 * The number of decimals of a policy's fast path (see `scaleFor`): the scale its compact
 * layout (`toScaledFacts`) must use.
 *
 * @example
 * fastScaleOf(getPolicy('cn.hnte.2016')!); // 2
 */
export function fastScaleOf(policy: Policy): number {
  return scaleFor({ parameters: policy.parameters, definitions: policy.definitions, eligibility: policy.eligibility, outputs: policy.outputs });
}

/**
 * Compiles a policy's decision fast path: definitions memoised per record in slots, the
 * rule tree, and the outputs (evaluated only to check that the general path would format
 * them without a fault, since such a fault makes its result an error row). Every number is
 * an exact integer at one scale `10^k` chosen from the policy's literals
 * ({@link fastScaleOf}). With `scaledLayout` the decision reads facts already converted
 * by `toScaledFacts` at that scale.
 *
 * @example
 * const decide = compileFastDecision(getPolicy('cn.hnte.2016')!, STDLIB);
 * decide(parsedEnterprise, '2020-06-01')?.status; // 'eligible' (or null: use evaluateFacts)
 */
export function compileFastDecision(policy: Policy, functions: FunctionRegistry, scaledLayout = false): FastDecision {
  const k = fastScaleOf(policy);
  const S = pow10(k);
  const names = Object.keys(policy.definitions ?? {});
  const slot = new Map(names.map((n, i) => [n, i]));
  const defs = new Map<string, FastEvaluator>();
  // per-record slots: one per definition, then one per keyed fact-path prefix
  const prefixes = new Map<string, number>();
  const slotOf = (key: string): number => {
    let i = prefixes.get(key);
    if (i === undefined) prefixes.set(key, (i = names.length + prefixes.size));
    return i;
  };
  const env: FastEnv = { k, functions, parameters: policy.parameters ?? {}, definition: (n) => defs.get(n), definitionExpr: (n) => policy.definitions?.[n]?.expr, slotOf, scaledLayout };
  for (const [name, d] of Object.entries(policy.definitions ?? {})) {
    const ev = compileFastExpr(d.expr, env);
    const i = slot.get(name) as number;
    defs.set(name, (ctx) => {
      const hit = ctx.defs[i];
      if (hit !== undefined) return hit === CYCLE ? decline() : hit;
      ctx.defs[i] = CYCLE;
      const v = ev(ctx);
      ctx.defs[i] = v;
      return v;
    });
  }
  const rule = compileFastRule(policy.eligibility, env);
  const outputs = Object.values(policy.outputs ?? {}).map((o) => ({ type: o.type, ev: compileFastExpr(o.expr, env) }));
  const when = policy.outputsWhen ?? 'always';
  return (facts, asOf) => {
    const ctx: FastContext = { facts, asOf, defs: new Array<FastValue>(names.length + prefixes.size).fill(undefined as unknown as FastValue), items: [] };
    try {
      const r = rule(ctx);
      const status = statusOf(r.outcome);
      if (outputsDue(when, status)) {
        for (const o of outputs) if (!outputOk(o.ev(ctx), status, o.type, S)) return null;
      }
      const failed = new Set<string>();
      collectReasons(r, failed, new Set());
      return { status, failed: [...failed].sort(), missing: [] };
    } catch {
      // a decline, or a fault the general evaluator turns into an error row
      return null;
    }
  };
}
