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

/** The first item whose `by` field reads as `want` (by {@link keyText}), without a closure per search. */
function findKeyed(list: readonly unknown[], by: string, want: string): unknown {
  for (let i = 0; i < list.length; i++) {
    const it = list[i];
    const kv = own(it, by);
    if (typeof kv === 'number' ? String(kv) === want : typeof kv === 'string' ? kv === want : keyText(kv) === want) return it;
  }
  return undefined;
}

/**
 * The key text of a keyed segment's value, remembering the last decimal seen: a key such
 * as `Y-1` is the same decimal object for every record of a date.
 */
function keyMemo(): (v: Value) => string {
  let last: Decimal | null = null;
  let lastText = '';
  return (v) => {
    if (v === last) return lastText;
    if (!isDecimal(v)) return keyText(v);
    last = v;
    lastText = v.toString();
    return lastText;
  };
}

const NO_KEYS: readonly string[] = [];

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
  const found = (ctx: EvalContext, cur: unknown, keys: readonly string[]): Value => {
    const v = factValue(cur);
    if (v === undefined) return new Unknown([text(ctx, keys)]);
    if (ctx.frame) noteFact(ctx, text(ctx, keys), toJsonLoose(v));
    return v;
  };
  if (keyed.length === 0) {
    const names = segs.map((s) => ('key' in s ? s.key : ''));
    if (names.length === 1) {
      const name = names[0] as string;
      return (ctx) => {
        const cur = own(root(ctx), name);
        return cur === undefined || cur === null ? new Unknown([text(ctx, NO_KEYS)]) : found(ctx, cur, NO_KEYS);
      };
    }
    return (ctx) => {
      let cur: unknown = root(ctx);
      for (let i = 0; i < names.length; i++) {
        cur = own(cur, names[i] as string);
        if (cur === undefined || cur === null) return new Unknown([text(ctx, NO_KEYS)]);
      }
      return found(ctx, cur, NO_KEYS);
    };
  }
  // one entry per segment: the field name, or null for a keyed segment (then its `by` field and key expression)
  const names = segs.map((s) => ('key' in s ? s.key : null));
  const bys = segs.map((s) => ('by' in s ? s.by : ''));
  const equals = keyed.map((s) => s.equals);
  const keyTexts = keyed.map(() => keyMemo());
  return (ctx) => {
    const keys: string[] = [];
    let unknowns: Unknown[] | null = null;
    for (let j = 0; j < equals.length; j++) {
      const v = (equals[j] as Evaluator)(ctx);
      if (isUnknown(v)) (unknowns ??= []).push(v);
      else keys.push((keyTexts[j] as (v: Value) => string)(v));
    }
    if (unknowns) return Unknown.merge(unknowns);
    let cur: unknown = root(ctx);
    let k = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name !== null) cur = own(cur, name as string);
      else cur = Array.isArray(cur) ? findKeyed(cur, bys[i] as string, keys[k++] as string) : undefined;
      if (cur === undefined || cur === null) return new Unknown([text(ctx, keys)]);
    }
    return found(ctx, cur, keys);
  };
}
