import type { Expr } from '../expr';
import type { FunctionRegistry } from '../functions';
import { worthHoisting } from '../hoist';
import type { Parameter } from '../parameter';
import { compileFastCall } from './fast-call';
import { compileFastPath } from './fast-fact';
import { bool, fastDateAdd, fastSomeEvery, fastYearOf } from './fast-ops';
import { fastParam } from './fast-param';
import { decline, literalToScaled, pow10 } from './scaled';
import { UNKNOWN, type FastEvaluator, type FastValue } from './fast-value';
import { arithFirst, arithStep, compareValues, divide, inSet, kleeneStep, minMax, notValue, ZERO_DENOMINATOR } from './value-steps';

/**
 * What compiling a fast-path expression needs: the scale `k`, the building blocks, the
 * policy's parameters, and its definitions (compiled and memoised per record by the caller).
 *
 * @example
 * const env: FastEnv = { k: 2, functions: new Map(), parameters: {}, definition: () => undefined, definitionExpr: () => undefined };
 */
export interface FastEnv {
  k: number;
  functions: FunctionRegistry;
  parameters: Readonly<Record<string, Parameter>>;
  definition: (name: string) => FastEvaluator | undefined;
  definitionExpr: (name: string) => Expr | undefined;
  /** The per-record slot shared by every fact path with this keyed prefix (see `compileFastPath`). */
  slotOf?: (key: string) => number;
  /** Facts arrive in the compact layout of `toScaledFacts` (numbers already scaled), not raw. */
  scaledLayout?: boolean;
}

const declined: FastEvaluator = () => decline();

/**
 * Compiles an expression for the decision fast path: exact integer arithmetic on scaled
 * values, divisions kept as {@link Ratio}s, fact-free parts computed once per date. What
 * it does not cover (rounding, intervals, sums over lists, most building blocks) declines at
 * run time, so records that reach it are evaluated by the general evaluator.
 *
 * @example
 * const ev = compileFastExpr({ kind: 'div', num: { kind: 'fact', path: ['a'] }, den: { kind: 'fact', path: ['b'] }, ifZero: { kind: 'num', value: '0' } }, env);
 * ev({ facts: { a: 1, b: 4 }, asOf: '2020-06-01', defs: [], items: [] }); // Ratio(100, 4) at scale 2 (0.25)
 */
export function compileFastExpr(e: Expr, env: FastEnv): FastEvaluator {
  const ev = compileNode(e, env);
  return worthHoisting(e, env.definitionExpr) ? perDate(ev) : ev;
}

/** Caches a fact-free evaluator's value per evaluation date (a decline is not cached). */
function perDate(ev: FastEvaluator): FastEvaluator {
  let lastAsOf: string | undefined;
  let last: FastValue = null;
  return (ctx) => {
    if (ctx.asOf !== lastAsOf) {
      last = ev(ctx);
      lastAsOf = ctx.asOf;
    }
    return last;
  };
}

function compileNode(e: Expr, env: FastEnv): FastEvaluator {
  const c = (x: Expr): FastEvaluator => compileFastExpr(x, env);
  const S = pow10(env.k);
  switch (e.kind) {
    case 'num': {
      const n = literalToScaled(e.value, env.k);
      return n === null ? declined : () => n;
    }
    case 'bool':
    case 'str':
    case 'date': {
      const v = e.value;
      return () => v;
    }
    case 'asOf':
      return (ctx) => ctx.asOf;
    case 'fact': {
      // a key that reads the current item (`fin[year = item.y]`) changes within a record: no per-record slot then
      const keyReadsItem = JSON.stringify(e.path).includes('"kind":"item"');
      return compileFastPath(e.path, c, (ctx) => ctx.facts, env.k, keyReadsItem ? undefined : env.slotOf, env.scaledLayout);
    }
    case 'item':
      return compileFastPath(e.path, c, (ctx) => ctx.items[ctx.items.length - 1], env.k, undefined, env.scaledLayout);
    case 'param':
      return fastParam(e.name, env.parameters, env.k);
    case 'ref': {
      const name = e.name;
      let def: FastEvaluator | undefined;
      return (ctx) => (def ??= env.definition(name) ?? declined)(ctx);
    }
    case 'arith': {
      const [first, ...rest] = e.args.map(c);
      const op = e.op;
      if (!first) return () => null;
      // every operand is evaluated, in order; an unknown one makes the result unknown (as in the general path)
      return (ctx) => {
        let acc = arithFirst(first(ctx));
        for (const a of rest) acc = arithStep(op, acc, a(ctx), S);
        return acc;
      };
    }
    case 'div': {
      const [n, d, z] = [c(e.num), c(e.den), c(e.ifZero)];
      return (ctx) => {
        const q = divide(n(ctx), d(ctx), S);
        return q === ZERO_DENOMINATOR ? z(ctx) : q;
      };
    }
    case 'minmax': {
      const args = e.args.map(c);
      const op = e.op;
      return (ctx) => minMax(op, args.map((a) => a(ctx)));
    }
    case 'cmp': {
      const [l, r, op] = [c(e.left), c(e.right), e.op];
      return (ctx) => compareValues(l(ctx), op, r(ctx));
    }
    case 'and':
    case 'or': {
      const args = e.args.map(c);
      const decisive = e.kind === 'or';
      return (ctx) => {
        let acc: FastValue = !decisive;
        for (const a of args) acc = kleeneStep(decisive, acc, a(ctx));
        return acc;
      };
    }
    case 'not': {
      const a = c(e.arg);
      return (ctx) => notValue(a(ctx));
    }
    case 'if': {
      const [k, th, el] = [c(e.cond), c(e.then), c(e.else)];
      return (ctx) => {
        const v = k(ctx);
        return v === UNKNOWN ? v : bool(v) ? th(ctx) : el(ctx);
      };
    }
    case 'present': {
      const a = c(e.arg);
      return (ctx) => a(ctx) !== UNKNOWN;
    }
    case 'coalesce': {
      const args = e.args.map(c);
      return (ctx) => {
        for (const a of args) {
          const v = a(ctx);
          if (v !== UNKNOWN) return v;
        }
        return UNKNOWN;
      };
    }
    case 'in': {
      const a = c(e.arg);
      const set = new Set(e.values);
      return (ctx) => inSet(a(ctx), set);
    }
    case 'dateAdd':
      return fastDateAdd(e.unit, c(e.date), c(e.n), S);
    case 'yearOf':
      return fastYearOf(c(e.arg), S);
    case 'some':
    case 'every':
      return fastSomeEvery(compileFastPath(e.over, c, (ctx) => ctx.facts, env.k, undefined, env.scaledLayout), c(e.where), e.kind === 'some');
    case 'call':
      return compileFastCall(e, c, env.functions, env.k, env.scaledLayout) ?? declined;
    case 'round':
    case 'sumOver':
    case 'interval':
    case 'get':
      return declined;
  }
}
