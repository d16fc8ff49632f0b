import type { RuleResult } from '../compile-rule';
import type { Rule } from '../rule';
import type { Outcome } from '../values';
import { compileFastExpr, type FastEnv } from './fast-expr';
import { decline } from './scaled';
import { UNKNOWN, type FastContext, type FastEvaluator } from './fast-value';

/**
 * A rule compiled for the fast path: it gives the same outcome tree shape as the general
 * rule (ids, outcomes, exception flags, children) so the same `collectReasons` reads the
 * failed criteria from it. Rule outcomes are pass or fail only: an unknown test or
 * exception condition declines, and the general evaluator reports the facts still needed.
 *
 * @example
 * const r: FastRule = () => ({ outcome: 'pass', children: [] });
 */
export type FastRule = (ctx: FastContext) => RuleResult;

/** The children of a criterion: none, shared (results are never modified). */
const LEAF: RuleResult[] = Object.freeze([]) as unknown as RuleResult[];

function test(ev: FastEvaluator, ctx: FastContext): boolean {
  const v = ev(ctx);
  return typeof v === 'boolean' ? v : decline();
}

function combine(kind: 'allOf' | 'anyOf' | 'atLeast', kids: readonly RuleResult[], n: number): Outcome {
  let pass = 0;
  for (const k of kids) if (k.outcome === 'pass') pass++;
  if (kind === 'allOf') return pass === kids.length ? 'pass' : 'fail';
  if (kind === 'anyOf') return pass > 0 ? 'pass' : 'fail';
  return pass >= n ? 'pass' : 'fail';
}

/**
 * Compiles a rule tree for the fast path. Like the general rule it evaluates every child
 * (no short cut), each criterion's reported values too (a fault there makes the general
 * result an error row, so it must decline here), and exceptions in order, the first that
 * applies deciding without the base.
 *
 * @example
 * compileFastRule({ kind: 'allOf', rules: [] }, env)(ctx).outcome; // 'pass'
 */
export function compileFastRule(rule: Rule, env: FastEnv): FastRule {
  const id = rule.id;
  switch (rule.kind) {
    case 'criterion': {
      const t = compileFastExpr(rule.test, env);
      const values = Object.values(rule.values ?? {}).map((e) => compileFastExpr(e, env));
      return (ctx) => {
        const outcome: Outcome = test(t, ctx) ? 'pass' : 'fail';
        for (const v of values) v(ctx);
        return { id, outcome, children: LEAF };
      };
    }
    case 'allOf':
    case 'anyOf':
    case 'atLeast': {
      const kids = rule.rules.map((r) => compileFastRule(r, env));
      const kind = rule.kind;
      const n = rule.kind === 'atLeast' ? rule.n : 0;
      return (ctx) => {
        const children = kids.map((k) => k(ctx));
        return { id, outcome: combine(kind, children, n), children };
      };
    }
    case 'not': {
      const kid = compileFastRule(rule.rule, env);
      return (ctx) => {
        const r = kid(ctx);
        return { id, outcome: r.outcome === 'pass' ? 'fail' : 'pass', children: [r] };
      };
    }
    case 'exceptions': {
      const base = compileFastRule(rule.base, env);
      const exs = rule.exceptions.map((x) => ({ id: x.id, outcome: x.outcome, when: compileFastExpr(x.when, env) }));
      return (ctx) => {
        const children: RuleResult[] = [];
        for (const x of exs) {
          const v = x.when(ctx);
          if (v === UNKNOWN || typeof v !== 'boolean') return decline();
          children.push({ id: x.id, exception: true, outcome: v ? 'pass' : 'fail', children: [] });
          if (v) return { id, outcome: x.outcome, children };
        }
        const b = base(ctx);
        children.push(b);
        return { id, outcome: b.outcome, children };
      };
    }
  }
}
