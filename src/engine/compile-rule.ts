import { formatCitation } from './citation';
import type { CompileEnv, Evaluator } from './compile-expr';
import { compileExpr } from './compile-expr';
import type { EvalContext } from './context';
import { PolicyError } from './errors';
import type { Label } from './citation';
import { reportedValue, type Json } from './output-type';
import type { Rule } from './rule';
import { addChild, type TraceNode } from './trace';
import { describe } from './value-ops';
import { isUnknown, type Outcome } from './values';

/**
 * The outcome of a rule node, with its reportable identity and its children's outcomes:
 * enough to say which criteria failed and which facts are still needed.
 *
 * @example
 * const r: RuleResult = { outcome: 'pass', children: [] };
 */
export interface RuleResult {
  outcome: Outcome;
  id?: string;
  label?: Label;
  cite?: string;
  values?: Record<string, Json>;
  missing?: readonly string[];
  reason?: string;
  /** Set on the outcome of an exception's condition (pass = the exception applies). */
  exception?: true;
  children: RuleResult[];
}

/**
 * A compiled rule.
 *
 * @example
 * const r: CompiledRule = () => ({ outcome: 'pass', children: [] });
 */
export type CompiledRule = (ctx: EvalContext) => RuleResult;

function withFrame(ctx: EvalContext, node: TraceNode | null, run: () => RuleResult): RuleResult {
  if (!node || !ctx.frame) return run();
  const parent = ctx.frame;
  addChild(parent, node);
  ctx.frame = node;
  try {
    const r = run();
    node.result = r.outcome;
    if (r.missing?.length) node.missing = [...r.missing];
    if (r.reason) node.reason = r.reason;
    if (r.values) node.value = r.values;
    return r;
  } finally {
    ctx.frame = parent;
  }
}

/** A result with one fixed shape (fast to build; absent parts are `undefined`). */
function result(
  ident: Pick<RuleResult, 'id' | 'label' | 'cite'>,
  outcome: Outcome,
  children: RuleResult[],
  values?: Record<string, Json>,
  missing?: readonly string[],
  reason?: string,
): RuleResult {
  return { id: ident.id, label: ident.label, cite: ident.cite, outcome, values, missing, reason, exception: undefined, children };
}

function combine(kind: 'allOf' | 'anyOf' | 'atLeast', outcomes: readonly Outcome[], n: number): Outcome {
  if (kind === 'allOf') return outcomes.includes('fail') ? 'fail' : outcomes.includes('unknown') ? 'unknown' : 'pass';
  if (kind === 'anyOf') return outcomes.includes('pass') ? 'pass' : outcomes.includes('unknown') ? 'unknown' : 'fail';
  const pass = outcomes.filter((o) => o === 'pass').length;
  const unknown = outcomes.filter((o) => o === 'unknown').length;
  return pass >= n ? 'pass' : pass + unknown < n ? 'fail' : 'unknown';
}

/**
 * Compiles a rule tree. Combinators follow Kleene logic: `allOf` fails when any child
 * fails even if others are unknown; `anyOf` passes when any passes; `atLeast(n)` passes
 * with n passes and fails when too few can still pass. Exceptions are checked in order;
 * the first that applies decides; an exception that may apply (unknown) leaves the outcome
 * unknown unless it would give the same outcome as the rest.
 *
 * @example
 * const rule = compileRule({ kind: 'allOf', rules: [] }, env); rule(ctx).outcome; // 'pass'
 */
export function compileRule(rule: Rule, env: CompileEnv, where = 'eligibility'): CompiledRule {
  const cite = 'cite' in rule && rule.cite ? formatCitation(rule.cite, env.sources) : undefined;
  const ident = { ...(rule.id ? { id: rule.id } : {}), ...(rule.label ? { label: rule.label } : {}), ...(cite ? { cite } : {}) };
  const op = rule.kind === 'criterion' ? undefined : rule.kind === 'atLeast' ? `atLeast ${rule.n}` : rule.kind;
  const traceNode = (kind: TraceNode['kind'], ctx: EvalContext): TraceNode | null => (ctx.frame ? { kind, ...(op ? { op } : {}), ...ident } : null);
  switch (rule.kind) {
    case 'criterion': {
      const test = compileExpr(rule.test, env);
      const valueEntries = Object.entries(rule.values ?? {});
      const valueNames = valueEntries.map(([k]) => k);
      const values = valueEntries.map(([, e]) => compileExpr(e, env));
      const id = rule.id;
      const evaluate = (ctx: EvalContext): RuleResult => {
        const v = test(ctx);
        const vals: Record<string, Json> = {};
        for (let i = 0; i < values.length; i++) vals[valueNames[i] as string] = reportedValue((values[i] as Evaluator)(ctx));
        if (isUnknown(v)) return result(ident, 'unknown', [], vals, v.missing, v.reason);
        if (typeof v !== 'boolean') throw new PolicyError(`criterion ${id}: test gave ${describe(v)}, not a boolean`, where);
        return result(ident, v ? 'pass' : 'fail', [], vals);
      };
      return (ctx) => (ctx.frame ? withFrame(ctx, traceNode('criterion', ctx), () => evaluate(ctx)) : evaluate(ctx));
    }
    case 'allOf':
    case 'anyOf':
    case 'atLeast': {
      const kids = rule.rules.map((r, i) => compileRule(r, env, `${where}.rules[${i}]`));
      const n = rule.kind === 'atLeast' ? rule.n : 0;
      const kind = rule.kind;
      const evaluate = (ctx: EvalContext): RuleResult => {
        const children = kids.map((k) => k(ctx));
        return result(ident, combine(kind, children.map((c) => c.outcome), n), children);
      };
      return (ctx) => (ctx.frame ? withFrame(ctx, traceNode('rule', ctx), () => evaluate(ctx)) : evaluate(ctx));
    }
    case 'not': {
      const kid = compileRule(rule.rule, env, `${where}.rule`);
      const evaluate = (ctx: EvalContext): RuleResult => {
        const r = kid(ctx);
        return result(ident, r.outcome === 'pass' ? 'fail' : r.outcome === 'fail' ? 'pass' : 'unknown', [r]);
      };
      return (ctx) => (ctx.frame ? withFrame(ctx, traceNode('rule', ctx), () => evaluate(ctx)) : evaluate(ctx));
    }
    case 'exceptions':
      return compileExceptions(rule, env, where, ident, traceNode);
  }
}

function compileExceptions(
  rule: Extract<Rule, { kind: 'exceptions' }>,
  env: CompileEnv,
  where: string,
  ident: Pick<RuleResult, 'id' | 'label' | 'cite'>,
  traceNode: (kind: TraceNode['kind'], ctx: EvalContext) => TraceNode | null,
): CompiledRule {
  const base = compileRule(rule.base, env, `${where}.base`);
  const exs = rule.exceptions.map((x) => ({ x, cite: formatCitation(x.cite, env.sources), when: compileExpr(x.when, env) as Evaluator }));
  return (ctx) =>
    withFrame(ctx, traceNode('rule', ctx), () => {
      const children: RuleResult[] = [];
      const maybe: { outcome: Outcome; r: RuleResult }[] = [];
      for (const { x, cite, when } of exs) {
        const r = withFrame(ctx, ctx.frame ? { kind: 'exception', id: x.id, label: x.label, cite } : null, () => {
          const v = when(ctx);
          if (isUnknown(v)) return { id: x.id, label: x.label, cite, exception: true, outcome: 'unknown', missing: v.missing, children: [] };
          if (typeof v !== 'boolean') throw new PolicyError(`exception ${x.id}: condition gave ${describe(v)}`, where);
          return { id: x.id, label: x.label, cite, exception: true, outcome: v ? 'pass' : 'fail', children: [] };
        });
        children.push(r);
        if (r.outcome === 'pass') return { ...ident, outcome: x.outcome, children, reason: `exception ${x.id} applies` };
        if (r.outcome === 'unknown') maybe.push({ outcome: x.outcome, r });
      }
      const b = base(ctx);
      children.push(b);
      if (maybe.length === 0 || maybe.every((m) => m.outcome === b.outcome)) return { ...ident, outcome: b.outcome, children };
      return { ...ident, outcome: 'unknown', children };
    });
}

/**
 * The ids of the criteria that made a rule fail (descending only through failing nodes),
 * and the facts still needed to decide an unknown one (descending only through unknown
 * nodes): the `failed` and `missing` of a result.
 *
 * @example
 * const failed = new Set<string>(), missing = new Set<string>();
 * collectReasons({ outcome: 'fail', children: [{ id: 'a', outcome: 'fail', children: [] }] }, failed, missing); [...failed]; // ['a']
 */
export function collectReasons(r: RuleResult, failed: Set<string>, missing: Set<string>): void {
  if (r.outcome === 'pass') return;
  if (r.outcome === 'fail' && r.id && !r.exception) failed.add(r.id);
  if (r.outcome === 'unknown') for (const m of r.missing ?? []) missing.add(m);
  for (const c of r.children) if (c.outcome === r.outcome && (r.outcome === 'unknown' || !c.exception)) collectReasons(c, failed, missing);
}

/**
 * The reportable nodes of a result tree in order: every criterion and every combinator
 * that has an id (exception conditions are in the trace, not here).
 *
 * @example
 * flattenReported({ outcome: 'pass', children: [{ id: 'a', outcome: 'pass', children: [] }] }).length; // 1
 */
export function flattenReported(r: RuleResult, out: RuleResult[] = []): RuleResult[] {
  if (r.id && !r.exception) out.push(r);
  for (const c of r.children) flattenReported(c, out);
  return out;
}
