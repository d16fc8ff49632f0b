import type { EvalContext } from './context';
import type { Expr } from './expr';
import type { Evaluator } from './fact-path';
import { isUnknown, type Value } from './values';

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
 * The definitions a fact-free expression reads directly, when evaluating it writes nothing
 * else to the trace: no parameter read, division or min/max step, rounding or building
 * block call (those are noted in the open trace node every time). `null` otherwise. Once
 * those definitions are memoised in a record, evaluating the expression again adds nothing
 * to the trace, so a traced evaluation may take its value from the per-date cache.
 *
 * @example
 * quietRefs({ kind: 'arith', op: '-', args: [{ kind: 'ref', name: 'year' }, { kind: 'num', value: '1' }] }); // ['year']
 * quietRefs({ kind: 'param', name: 'rateCap' }); // null
 */
export function quietRefs(e: Expr): string[] | null {
  const out: string[] = [];
  return collectQuiet(e, out) ? out : null;
}

function collectQuiet(e: Expr, out: string[]): boolean {
  const all = (xs: readonly Expr[]): boolean => xs.every((x) => collectQuiet(x, out));
  switch (e.kind) {
    case 'num':
    case 'bool':
    case 'str':
    case 'date':
    case 'asOf':
      return true;
    case 'ref':
      if (!out.includes(e.name)) out.push(e.name);
      return true;
    case 'arith':
    case 'and':
    case 'or':
    case 'coalesce':
      return all(e.args);
    case 'cmp':
      return all([e.left, e.right]);
    case 'not':
    case 'present':
    case 'yearOf':
    case 'in':
      return collectQuiet(e.arg, out);
    case 'if':
      return all([e.cond, e.then, e.else]);
    case 'dateAdd':
      return all([e.date, e.n]);
    case 'interval':
      return all([e.lo, e.hi]);
    case 'get':
      return collectQuiet(e.of, out);
    case 'param':
    case 'div':
    case 'round':
    case 'minmax':
    case 'call':
    case 'fact':
    case 'item':
    case 'some':
    case 'every':
    case 'sumOver':
      return false;
  }
}

/** True when every named definition already has its value in this record (not one being evaluated). */
function memoised(ctx: EvalContext, names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) {
    const hit = ctx.defs.get(names[i] as string);
    if (hit === undefined || (isUnknown(hit) && hit.reason === 'cycle')) return false;
  }
  return true;
}

/**
 * Wraps a fact-free evaluator so its value is computed once per evaluation date and reused
 * across records (parameter lookups, the year of application, date windows). While
 * tracing, the cached value is used only when evaluating again would add nothing to the
 * trace (`quiet`: the definitions it reads, from {@link quietRefs}, are already memoised
 * in the record); otherwise it is evaluated, so the trace still shows every parameter read
 * and step.
 *
 * @example
 * const year = hoistPerDate((ctx) => ctx.asOf.slice(0, 4));
 */
export function hoistPerDate(ev: Evaluator, quiet: readonly string[] | null = null): Evaluator {
  let lastAsOf: string | undefined;
  let lastValue: Value = null;
  const others = new Map<string, Value>();
  const remember = (asOf: string, v: Value): void => {
    if (others.size >= 1024) others.clear();
    others.set(asOf, v);
  };
  return (ctx: EvalContext) => {
    if (ctx.frame && (quiet === null || !memoised(ctx, quiet))) {
      const v = ev(ctx);
      if (v !== undefined && !others.has(ctx.asOf)) remember(ctx.asOf, v);
      return v;
    }
    if (ctx.asOf === lastAsOf) return lastValue;
    let v = others.get(ctx.asOf);
    if (v === undefined) {
      v = ev(ctx);
      remember(ctx.asOf, v);
    }
    lastAsOf = ctx.asOf;
    lastValue = v;
    return v;
  };
}
