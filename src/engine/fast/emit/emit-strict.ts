import type { Expr, PathSegment } from '../../expr';
import type { Policy } from '../../policy';
import type { Rule } from '../../rule';

/**
 * Which definitions the closures evaluate for every record that reaches the end of a
 * decision: those a criterion's test or reported value, a combinator's child, the first
 * exception's condition or an output due for every status reads outside a conditional
 * position (an `if`'s branches, a `coalesce` past its first operand, a division's
 * `ifZero`, a `some`/`every` condition, a pre-emptible base or later exception), and
 * recursively what those definitions read so. The kernel computes these once per record
 * as locals of its record function, in dependency order; the others stay lazy.
 *
 * @module
 */

type Visit = (e: Expr, conditional: boolean) => void;

function visitPath(path: readonly PathSegment[], conditional: boolean, visit: Visit): void {
  for (const seg of path) if (typeof seg !== 'string') visit(seg.equals, conditional);
}

/** The children of an expression with whether each sits in a conditional position. */
function children(e: Expr, conditional: boolean, visit: Visit): void {
  const all = (xs: readonly Expr[]): void => xs.forEach((x) => visit(x, conditional));
  switch (e.kind) {
    case 'fact':
      return visitPath(e.path, conditional, visit);
    case 'if':
      visit(e.cond, conditional);
      visit(e.then, true);
      return visit(e.else, true);
    case 'coalesce':
      return e.args.forEach((x, i) => visit(x, conditional || i > 0));
    case 'div':
      visit(e.num, conditional);
      visit(e.den, conditional);
      return visit(e.ifZero, true);
    case 'some':
    case 'every':
      visitPath(e.over, conditional, visit);
      return visit(e.where, true);
    case 'sumOver':
      visitPath(e.over, conditional, visit);
      visit(e.value, true);
      if (e.where) visit(e.where, true);
      return;
    case 'arith':
    case 'minmax':
    case 'and':
    case 'or':
      return all(e.args);
    case 'cmp':
      return all([e.left, e.right]);
    case 'not':
    case 'present':
    case 'yearOf':
    case 'in':
      return visit(e.arg, conditional);
    case 'round':
      return visit(e.arg, conditional);
    case 'dateAdd':
      return all([e.date, e.n]);
    case 'interval':
      return all([e.lo, e.hi]);
    case 'get':
      return visit(e.of, conditional);
    case 'call':
      return all(Object.values(e.args));
    default:
      return;
  }
}

/** Every definition an expression refers to, anywhere in it. */
function refsOf(e: Expr, out: Set<string>): void {
  const visit: Visit = (x) => {
    if (x.kind === 'ref') out.add(x.name);
    children(x, false, visit);
  };
  visit(e, false);
}

function visitRule(rule: Rule, conditional: boolean, visit: Visit): void {
  switch (rule.kind) {
    case 'criterion':
      visit(rule.test, conditional);
      for (const v of Object.values(rule.values ?? {})) visit(v, conditional);
      return;
    case 'allOf':
    case 'anyOf':
    case 'atLeast':
      return rule.rules.forEach((r) => visitRule(r, conditional, visit));
    case 'not':
      return visitRule(rule.rule, conditional, visit);
    case 'exceptions':
      rule.exceptions.forEach((x, i) => visit(x.when, conditional || i > 0));
      return visitRule(rule.base, true, visit);
  }
}

/**
 * The strict definitions of a policy in an order where each comes after every strict
 * definition it refers to; definitions in a reference cycle are left out (they stay lazy,
 * and decline as the closures do).
 *
 * @example
 * strictDefinitions(getPolicy('cn.hnte.2016')!).includes('rdRatio'); // true
 */
export function strictDefinitions(policy: Policy): string[] {
  const defs = policy.definitions ?? {};
  const has = (n: string): boolean => Object.prototype.hasOwnProperty.call(defs, n);
  const strict = new Set<string>();
  const visit: Visit = (e, conditional) => {
    if (e.kind === 'ref' && !conditional && has(e.name) && !strict.has(e.name)) {
      strict.add(e.name);
      visit((defs[e.name] as { expr: Expr }).expr, false);
    }
    children(e, conditional, visit);
  };
  visitRule(policy.eligibility, false, visit);
  for (const o of Object.values(policy.outputs ?? {})) visit(o.expr, (policy.outputsWhen ?? 'always') !== 'always');
  // dependency order; a cycle leaves its members out
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done' | 'cyclic'>();
  const place = (name: string): boolean => {
    const st = state.get(name);
    if (st === 'done') return true;
    if (st === 'visiting' || st === 'cyclic') {
      state.set(name, 'cyclic');
      return false;
    }
    state.set(name, 'visiting');
    const refs = new Set<string>();
    refsOf((defs[name] as { expr: Expr }).expr, refs);
    let ok = true;
    for (const r of refs) if (strict.has(r) && !place(r)) ok = false;
    if (!ok || state.get(name) === 'cyclic') {
      state.set(name, 'cyclic');
      return false;
    }
    state.set(name, 'done');
    order.push(name);
    return true;
  };
  for (const name of strict) place(name);
  return order;
}
