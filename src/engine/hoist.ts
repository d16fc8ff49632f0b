import type { EvalContext } from './context';
import type { Expr } from './expr';
import type { Evaluator } from './fact-path';
import type { Value } from './values';

/**
 * True when an expression reads no fact of the record: its value depends only on the
 * evaluation date, parameters and constants (through definitions too), so it can be
 * computed once per date instead of once per record. `definitionExpr` gives a named
 * definition's expression; cycles count as fact-dependent.
 *
 * @example
 * isFactFree({ kind: 'yearOf', arg: { kind: 'asOf' } }, () => undefined); // true
 * isFactFree({ kind: 'fact', path: ['x'] }, () => undefined); // false
 */
export function isFactFree(e: Expr, definitionExpr: (name: string) => Expr | undefined, seen = new Map<string, boolean>()): boolean {
  let memo = memos.get(definitionExpr);
  if (!memo) memos.set(definitionExpr, (memo = new WeakMap()));
  const hit = memo.get(e);
  if (hit !== undefined) return hit;
  const r = factFree(e, definitionExpr, seen);
  memo.set(e, r);
  return r;
}

/**
 * Verdicts, computed once per expression node and per definition resolver: a `ref` means
 * what the policy being compiled defines, so the same node (shared by two policies built
 * from the same pieces, or by a policy and its edited copy) may read facts in one policy
 * and not in the other.
 */
const memos = new WeakMap<(name: string) => Expr | undefined, WeakMap<Expr, boolean>>();

function factFree(e: Expr, definitionExpr: (name: string) => Expr | undefined, seen: Map<string, boolean>): boolean {
  const rec = (x: Expr): boolean => isFactFree(x, definitionExpr, seen);
  switch (e.kind) {
    case 'fact':
    case 'item':
    case 'some':
    case 'every':
    case 'sumOver':
      return false;
    case 'num':
    case 'bool':
    case 'str':
    case 'date':
    case 'asOf':
    case 'param':
      return true;
    case 'ref': {
      const known = seen.get(e.name);
      if (known !== undefined) return known;
      seen.set(e.name, false);
      const d = definitionExpr(e.name);
      const r = d !== undefined && rec(d);
      seen.set(e.name, r);
      return r;
    }
    case 'arith':
    case 'minmax':
    case 'and':
    case 'or':
    case 'coalesce':
      return e.args.every(rec);
    case 'div':
      return rec(e.num) && rec(e.den) && rec(e.ifZero);
    case 'round':
    case 'not':
    case 'present':
    case 'yearOf':
    case 'in':
      return rec(e.arg);
    case 'cmp':
      return rec(e.left) && rec(e.right);
    case 'if':
      return rec(e.cond) && rec(e.then) && rec(e.else);
    case 'dateAdd':
      return rec(e.date) && rec(e.n);
    case 'interval':
      return rec(e.lo) && rec(e.hi);
    case 'get':
      return rec(e.of);
    case 'call':
      return Object.values(e.args).every(rec);
  }
}

/**
 * True when an expression is worth computing once per date: it reads no fact and is more
 * than a literal or the date itself (those cost nothing to recompute).
 *
 * @example
 * worthHoisting({ kind: 'yearOf', arg: { kind: 'asOf' } }, () => undefined); // true
 * worthHoisting({ kind: 'num', value: '1' }, () => undefined); // false
 */
export function worthHoisting(e: Expr, definitionExpr: (name: string) => Expr | undefined): boolean {
  const literal = e.kind === 'num' || e.kind === 'bool' || e.kind === 'str' || e.kind === 'date' || e.kind === 'asOf';
  return !literal && isFactFree(e, definitionExpr);
}

/**
 * Wraps a fact-free evaluator so its value is computed once per evaluation date and reused
 * across records (parameter lookups, the year of application, date windows). Tracing
 * bypasses the cache so the trace still shows every parameter read.
 *
 * @example
 * const year = hoistPerDate((ctx) => ctx.asOf.slice(0, 4));
 */
export function hoistPerDate(ev: Evaluator): Evaluator {
  let lastAsOf: string | undefined;
  let lastValue: Value = null;
  const others = new Map<string, Value>();
  return (ctx: EvalContext) => {
    if (ctx.frame) return ev(ctx);
    if (ctx.asOf === lastAsOf) return lastValue;
    let v = others.get(ctx.asOf);
    if (v === undefined) {
      v = ev(ctx);
      if (others.size >= 1024) others.clear();
      others.set(ctx.asOf, v);
    }
    lastAsOf = ctx.asOf;
    lastValue = v;
    return v;
  };
}
