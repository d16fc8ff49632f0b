import { Decimal } from '../models/decimal';
import type { EvalContext } from './context';
import { PolicyError } from './errors';
import type { Expr } from './expr';
import { compilePath, type Evaluator } from './fact-path';
import type { FunctionRegistry } from './functions';
import { toJsonLoose } from './output-type';
import { asDecimal, describe, kleene } from './value-ops';
import { isUnknown, Unknown, type Value } from './values';

type CollectionExpr = Extract<Expr, { kind: 'some' | 'every' | 'sumOver' }>;

/** The path of a list fact as item paths start (`incidents`, `financials.[year]`): `<base>[<index>]`. */
function itemPathBase(over: Expr & { kind: 'fact' }): string {
  return over.path.map((s) => (typeof s === 'string' ? s : `[${s.key}]`)).join('.');
}

/**
 * Compiles `some`, `every` and `sumOver` over an array fact: each item is visited with
 * `{ kind: 'item' }` reading from it; Kleene logic for `some`/`every`; `sumOver` adds the
 * known values of the items the `where` test keeps (unknown if any is unknown).
 *
 * @example
 * // { kind: 'some', over: ['incidents'], where: { kind: 'in', arg: { kind: 'item', path: ['kind'] }, values: ['safety'] } }
 */
export function compileCollection(e: CollectionExpr, c: (x: Expr) => Evaluator): Evaluator {
  const list = compilePath(e.over, c, (ctx) => ctx.facts, () => '');
  const base = itemPathBase({ kind: 'fact', path: e.over });
  const where = e.kind === 'sumOver' ? (e.where ? c(e.where) : null) : c(e.where);
  const value = e.kind === 'sumOver' ? c(e.value) : null;
  return (ctx) => {
    const arr = list(ctx);
    if (isUnknown(arr)) return arr;
    if (!Array.isArray(arr)) throw new PolicyError(`${e.kind}: ${describe(arr)} is not a list`);
    const results: Value[] = [];
    let sum = new Decimal(0);
    const unknowns: Unknown[] = [];
    for (let i = 0; i < arr.length; i++) {
      ctx.items.push({ value: arr[i], path: `${base}[${i}]` });
      try {
        const keep = where ? where(ctx) : true;
        if (e.kind !== 'sumOver') {
          results.push(keep);
          continue;
        }
        if (isUnknown(keep)) unknowns.push(keep);
        else if (keep === true) {
          const v = (value as Evaluator)(ctx);
          if (isUnknown(v)) unknowns.push(v);
          else sum = sum.plus(asDecimal(v, 'sumOver'));
        }
      } finally {
        ctx.items.pop();
      }
    }
    if (e.kind === 'some') return kleene('or', results);
    if (e.kind === 'every') return kleene('and', results);
    return unknowns.length ? Unknown.merge(unknowns) : sum;
  };
}

/**
 * Compiles a call of a registered building block: its configuration is validated and
 * compiled once; a required argument that is unknown makes the result unknown, an optional
 * one arrives as `undefined`. The call and its details go to the trace.
 *
 * @example
 * // { kind: 'call', fn: 'fee.guarantee', args: { amount: ... }, config: { rateCap: '0.01' } }
 */
export function compileCall(e: Extract<Expr, { kind: 'call' }>, c: (x: Expr) => Evaluator, functions: FunctionRegistry): Evaluator {
  const fn = functions.get(e.fn);
  if (!fn) throw new PolicyError(`unknown function ${e.fn}`);
  const problems = fn.check(e.config);
  if (problems.length) throw new PolicyError(`bad configuration for ${e.fn}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const spec = fn.argsOf(e.config);
  for (const [name, need] of Object.entries(spec)) {
    if (need === 'required' && !Object.prototype.hasOwnProperty.call(e.args, name)) throw new PolicyError(`${e.fn}: missing argument ${name}`);
  }
  for (const name of Object.keys(e.args)) if (!Object.prototype.hasOwnProperty.call(spec, name)) throw new PolicyError(`${e.fn}: unknown argument ${name}`);
  const impl = fn.compile(e.config);
  const args = Object.entries(e.args).map(([k, x]) => [k, c(x), spec[k] === 'required'] as const);
  const name = e.fn;
  return (ctx) => {
    const vals: Record<string, Value | undefined> = {};
    const unknowns: Unknown[] = [];
    for (const [k, ev, required] of args) {
      const v = ev(ctx);
      if (isUnknown(v)) {
        if (required) unknowns.push(v);
        else vals[k] = undefined;
      } else vals[k] = v;
    }
    if (unknowns.length) return Unknown.merge(unknowns);
    const frame = ctx.frame;
    const out = impl(vals, {
      asOf: ctx.asOf,
      note: (op, detail) => {
        if (frame) (frame.steps ??= []).push({ op: `${name}:${op}`, detail });
      },
    });
    if (frame) (frame.steps ??= []).push({ op: name, detail: { value: toJsonLoose(out) } });
    return out;
  };
}
