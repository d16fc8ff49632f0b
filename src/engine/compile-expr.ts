import { Decimal, isDecimal } from '../models/decimal';
import { calendarYearOf, isPlainDate } from '../models/plain-date';
import { roundTo } from '../models/rounding';
import type { SourceDocument } from './citation';
import { noteStep, type EvalContext } from './context';
import { PolicyError } from './errors';
import type { Expr } from './expr';
import { compilePath, numberValue, type Evaluator } from './fact-path';
import { compileCall, compileCollection } from './compile-collections';
import { hoistPerDate, quietRefs, worthHoisting } from './hoist';
import type { FunctionRegistry } from './functions';
import { Interval } from './interval';
import { toJsonLoose } from './output-type';
import type { Parameter } from './parameter';
import { compileParam } from './compile-param';
import { compileDateAdd, compileDiv } from './compile-operations';
import { arith, asDecimal, compare, describe, kleene, minMax, unknownOf, unknownOf2 } from './value-ops';
import { isUnknown, Unknown, type Value } from './values';

export type { Evaluator } from './fact-path';

/**
 * What compiling an expression needs: the function registry, the policy's parameters and
 * sources, and a way to evaluate a named definition.
 *
 * @example
 * const env: CompileEnv = { functions: new Map(), parameters: {}, sources: [], definition: () => undefined };
 */
export interface CompileEnv {
  functions: FunctionRegistry;
  parameters: Readonly<Record<string, Parameter>>;
  sources: readonly SourceDocument[];
  /** The compiled, memoised definition of that name (undefined when there is none). */
  definition: (name: string) => Evaluator | undefined;
  /** A definition's expression (for dependency analysis); optional. */
  definitionExpr?: (name: string) => Expr | undefined;
}

/**
 * Compiles an expression to a closure, once; evaluation then walks no data structure.
 * Unknown inputs propagate as {@link Unknown} with the missing fact paths.
 *
 * @example
 * const ev = compileExpr({ kind: 'arith', op: '+', args: [{ kind: 'num', value: '0.1' }, { kind: 'num', value: '0.2' }] },
 *   { functions: new Map(), parameters: {}, sources: [], definition: () => undefined });
 * (ev(newContext({}, '2020-01-01', false)) as Decimal).toString(); // '0.3'
 */
export function compileExpr(e: Expr, env: CompileEnv): Evaluator {
  const ev = compileNode(e, env);
  return env.definitionExpr && worthHoisting(e, env.definitionExpr) ? hoistPerDate(ev, quietRefs(e)) : ev;
}

function compileNode(e: Expr, env: CompileEnv): Evaluator {
  const c = (x: Expr): Evaluator => compileExpr(x, env);
  switch (e.kind) {
    case 'num': {
      const d = new Decimal(e.value);
      return () => d;
    }
    case 'bool':
    case 'str':
    case 'date': {
      const v = e.value;
      return () => v;
    }
    case 'asOf':
      return (ctx) => ctx.asOf;
    case 'fact':
      return compilePath(e.path, c, (ctx) => ctx.facts, () => '');
    case 'item':
      return compilePath(e.path, c, (ctx) => ctx.items[ctx.items.length - 1]?.value, (ctx) => ctx.items[ctx.items.length - 1]?.path ?? '');
    case 'param':
      return compileParam(e.name, env);
    case 'ref': {
      const name = e.name;
      // resolved on first use (definitions may refer to ones compiled after them), then kept
      let resolved: Evaluator | undefined;
      return (ctx) => {
        const ev = resolved ?? (resolved = env.definition(name));
        if (!ev) throw new PolicyError(`unknown definition ${name}`);
        return ev(ctx);
      };
    }
    case 'arith': {
      const args = e.args.map(c);
      const op = e.op;
      if (args.length === 2) {
        const [x, y] = args as [Evaluator, Evaluator];
        return (ctx) => {
          const a = x(ctx);
          const b = y(ctx);
          return unknownOf2(a, b) ?? arith(op, [a, b]);
        };
      }
      return (ctx) => {
        const vs = args.map((a) => a(ctx));
        return unknownOf(vs) ?? arith(op, vs);
      };
    }
    case 'div':
      return compileDiv(c(e.num), c(e.den), c(e.ifZero));
    case 'round': {
      const arg = c(e.arg);
      const { scale, mode } = e;
      return (ctx) => {
        const v = arg(ctx);
        if (isUnknown(v)) return v;
        const d = asDecimal(v, 'round');
        const r = roundTo(d, scale, mode);
        if (ctx.frame) (ctx.frame.roundings ??= []).push({ before: d.toString(), scale, mode, after: r.toFixed(scale) });
        return r;
      };
    }
    case 'minmax': {
      const args = e.args.map(c);
      const op = e.op;
      return (ctx) => {
        const vs = args.map((a) => a(ctx));
        const u = unknownOf(vs);
        if (u) return u;
        const r = minMax(op, vs);
        if (ctx.frame) noteStep(ctx, op, { of: vs.map(toJsonLoose), value: toJsonLoose(r) });
        return r;
      };
    }
    case 'cmp': {
      const l = c(e.left);
      const r = c(e.right);
      const op = e.op;
      return (ctx) => {
        const a = l(ctx);
        const b = r(ctx);
        return unknownOf2(a, b) ?? compare(a, op, b);
      };
    }
    case 'and':
    case 'or': {
      const args = e.args.map(c);
      const op = e.kind;
      return (ctx) => kleene(op, args.map((a) => a(ctx)));
    }
    case 'not': {
      const a = c(e.arg);
      return (ctx) => {
        const v = a(ctx);
        if (isUnknown(v)) return v;
        if (typeof v !== 'boolean') throw new PolicyError(`not: expected a boolean, got ${describe(v)}`);
        return !v;
      };
    }
    case 'if': {
      const cond = c(e.cond);
      const th = c(e.then);
      const el = c(e.else);
      return (ctx) => {
        const v = cond(ctx);
        if (isUnknown(v)) return v;
        if (typeof v !== 'boolean') throw new PolicyError(`if: expected a boolean condition, got ${describe(v)}`);
        return v ? th(ctx) : el(ctx);
      };
    }
    case 'present': {
      const a = c(e.arg);
      return (ctx) => !isUnknown(a(ctx));
    }
    case 'coalesce': {
      const args = e.args.map(c);
      return (ctx) => {
        let first: Value | undefined;
        for (const a of args) {
          const v = a(ctx);
          if (!isUnknown(v)) return v;
          first ??= v;
        }
        return first as Value;
      };
    }
    case 'in': {
      const a = c(e.arg);
      const set = new Set(e.values);
      return (ctx) => {
        const v = a(ctx);
        if (isUnknown(v)) return v;
        return set.has(typeof v === 'string' ? v : String(toJsonLoose(v)));
      };
    }
    case 'dateAdd':
      return compileDateAdd(e.unit, c(e.date), c(e.n));
    case 'yearOf': {
      const a = c(e.arg);
      return (ctx) => {
        const v = a(ctx);
        if (isUnknown(v)) return v;
        if (!isPlainDate(v)) throw new PolicyError(`yearOf: expected a date, got ${describe(v)}`);
        return numberValue(calendarYearOf(v));
      };
    }
    case 'some':
    case 'every':
    case 'sumOver':
      return compileCollection(e, c);
    case 'interval': {
      const lo = c(e.lo);
      const hi = c(e.hi);
      return (ctx) => {
        const a = lo(ctx);
        const b = hi(ctx);
        return unknownOf2(a, b) ?? new Interval(asDecimal(a, 'interval'), asDecimal(b, 'interval'));
      };
    }
    case 'get': {
      const of = c(e.of);
      const keys = e.path;
      return (ctx) => {
        let v: unknown = of(ctx);
        if (isUnknown(v)) return v;
        for (const k of keys) v = v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<string, unknown>)[k] : undefined;
        if (v === undefined) throw new PolicyError(`get: no field ${keys.join('.')}`);
        return typeof v === 'number' ? new Decimal(v) : (v as Value);
      };
    }
    case 'call':
      return compileCall(e, c, env.functions);
  }
}
