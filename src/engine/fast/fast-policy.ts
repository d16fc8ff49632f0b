import { collectReasons } from '../compile-rule';
import type { FunctionRegistry } from '../functions';
import type { OutputType } from '../output-type';
import type { Policy } from '../policy';
import type { Issue } from '../errors';
import { statusOf, type Status } from '../result';
import { compileFastExpr, type FastEnv } from './fast-expr';
import { compileFastRule } from './fast-rule';
import { decline, pow10, scaleFor } from './scaled';
import { Ratio, UNKNOWN, type FastContext, type FastEvaluator, type FastValue } from './fast-value';

/**
 * A decision: the status of a record, the criteria that made it fail and the facts still
 * needed, exactly as the full result has them (`error` when the status is `error`).
 *
 * @example
 * const d: Decision = { status: 'ineligible', failed: ['rdRatio'], missing: [] };
 */
export interface Decision {
  status: Status;
  failed: string[];
  missing: string[];
  /** Why the record could not be evaluated (status `error`): the code, a message and the validation issues, as in the full result. */
  error?: { code: string; message: string; issues: Issue[] };
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
 * True when the general output formatting accepts the value without throwing (else the
 * fast path declines): money at the fen, integers whole, types matching.
 *
 * @example
 * outputAccepts(150, { type: 'money' }, 100); // true (1.50)
 * outputAccepts(155, { type: 'money' }, 1000); // false (0.155 is not at the fen)
 */
export function outputAccepts(v: FastValue, t: OutputType, S: number): boolean {
  if (v === UNKNOWN || v === null) return true;
  const numeric = typeof v === 'number' || v instanceof Ratio;
  switch (t.type) {
    case 'money':
      return typeof v === 'number' && v % (S / 100) === 0;
    case 'decimal':
    case 'interval':
      return numeric;
    case 'integer':
      return typeof v === 'number' && v % S === 0;
    case 'boolean':
      return typeof v === 'boolean';
    case 'date':
    case 'string':
      return typeof v === 'string';
    case 'json':
      return true;
    case 'nullable':
      return outputAccepts(v, t.of, S);
    case 'list':
    case 'record':
      return false;
  }
}

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
      if (when === 'always' || (when === 'eligible' && status === 'eligible') || (when === 'notIneligible' && status !== 'ineligible')) {
        for (const o of outputs) {
          const v = o.ev(ctx);
          if ((v === UNKNOWN && status !== 'ineligible') || !outputAccepts(v, o.type, S)) return null;
        }
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
