import { Decimal, isDecimal } from '../models/decimal';
import { noteFact, type EvalContext } from './context';
import type { Expr, PathSegment } from './expr';
import { toJsonLoose } from './output-type';
import { isUnknown, Unknown, type Value } from './values';

/**
 * A compiled sub-expression, as {@link compileExpr} produces.
 *
 * @example
 * const ev: Evaluator = () => true;
 */
export type Evaluator = (ctx: EvalContext) => Value;

type Seg = { key: string } | { by: string; equals: Evaluator };

/**
 * Renders a key value for a path: `2019` for a decimal or number, the text otherwise.
 *
 * @example
 * keyText(new Decimal(2019)); // '2019'
 */
export function keyText(v: unknown): string {
  return isDecimal(v) ? v.toString() : String(v);
}

const SMALL_INTEGERS: Decimal[] = [];

/**
 * The decimal of a finite JS number; small whole numbers (head counts, years) come from a
 * shared cache, since decimals are immutable.
 *
 * @example
 * numberValue(15) === numberValue(15); // true
 */
export function numberValue(n: number): Decimal {
  // (not -0: JSON.parse('-0') is -0, and a cached negative zero would be handed out for every later 0)
  if (Number.isInteger(n) && n >= 0 && n < 4096 && !Object.is(n, -0)) return (SMALL_INTEGERS[n] ??= new Decimal(n));
  return new Decimal(n);
}

/**
 * Normalises a raw fact: JS numbers become exact decimals; null/undefined are absent.
 *
 * @example
 * (factValue(15) as Decimal).toString(); // '15'
 */
export function factValue(raw: unknown): Value | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? numberValue(raw) : undefined;
  return raw as Value;
}

function own(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  return (obj as Record<string, unknown>)[key];
}

/**
 * Compiles a path reader starting from a root chosen at run time (the record, or the
 * current array item). A missing step yields {@link Unknown} naming the full path, with
 * array items shown by key: `financials[2019].salesRevenue`.
 *
 * @example
 * const read = compilePath(['ip', 'ownsCoreIp'], (e) => () => null, (ctx) => ctx.facts, () => '');
 */
export function compilePath(
  path: readonly PathSegment[],
  compile: (e: Expr) => Evaluator,
  root: (ctx: EvalContext) => unknown,
  prefix: (ctx: EvalContext) => string,
): Evaluator {
  const segs: Seg[] = path.map((s) => (typeof s === 'string' ? { key: s } : { by: s.key, equals: compile(s.equals) }));
  const keyed = segs.filter((s): s is { by: string; equals: Evaluator } => 'by' in s);
  // The path text (`financials[2019].salesRevenue`) is built only when it is reported:
  // when the fact is missing, or read while tracing.
  const text = (ctx: EvalContext, keys: readonly string[]): string => {
    let out = prefix(ctx);
    let k = 0;
    for (const s of segs) out = 'key' in s ? (out ? `${out}.${s.key}` : s.key) : `${out}[${keys[k++] ?? '?'}]`;
    return out;
  };
  const NO_KEYS: string[] = [];
  return (ctx) => {
    let keys = NO_KEYS;
    if (keyed.length) {
      keys = [];
      let unknowns: Unknown[] | null = null;
      for (const s of keyed) {
        const v = s.equals(ctx);
        if (isUnknown(v)) (unknowns ??= []).push(v);
        else keys.push(keyText(v));
      }
      if (unknowns) return Unknown.merge(unknowns);
    }
    let cur: unknown = root(ctx);
    let k = 0;
    for (const s of segs) {
      if ('key' in s) cur = own(cur, s.key);
      else {
        const want = keys[k++] as string;
        cur = Array.isArray(cur) ? cur.find((it) => keyText(own(it, s.by)) === want) : undefined;
      }
      if (cur === undefined || cur === null) return new Unknown([text(ctx, keys)]);
    }
    const v = factValue(cur);
    if (v === undefined) return new Unknown([text(ctx, keys)]);
    if (ctx.frame) noteFact(ctx, text(ctx, keys), toJsonLoose(v));
    return v;
  };
}
