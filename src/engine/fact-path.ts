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

/** The number whose `String` is `text`, or NaN when there is none: number fields then compare without being formatted. */
function numberOfText(text: string): number {
  const n = Number(text);
  return n === n && String(n) === text ? n : Number.NaN;
}

/**
 * The first item whose `by` field reads as `want` (by {@link keyText}), without a closure
 * per search. `wantNum` is {@link numberOfText} of `want`: a number field `kv` reads as
 * `want` exactly when `kv === wantNum` (`String` is one-to-one on numbers other than NaN,
 * and -0 and 0 both read "0"); NaN itself is compared by its text.
 */
function findKeyed(list: readonly unknown[], by: string, want: string, wantNum: number): unknown {
  for (let i = 0; i < list.length; i++) {
    const it = list[i];
    const kv = own(it, by);
    const match =
      typeof kv === 'number' ? (wantNum === wantNum ? kv === wantNum : String(kv) === want) : typeof kv === 'string' ? kv === want : keyText(kv) === want;
    if (match) return it;
  }
  return undefined;
}

/**
 * The key of a keyed segment as text and number, remembering the last decimal seen: a key
 * such as `Y-1` is the same decimal object for every record of a date.
 */
class KeyMemo {
  private last: Decimal | null = null;
  text = '';
  num = Number.NaN;
  set(v: Value): void {
    if (v === this.last) return;
    if (isDecimal(v)) {
      this.last = v;
      this.text = v.toString();
    } else {
      this.last = null;
      this.text = keyText(v);
    }
    this.num = numberOfText(this.text);
  }
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
  const memos = keyed.map(() => new KeyMemo());
  if (keyed.length === 1) {
    // one keyed segment (`financials[year = Y-1].salesRevenue`): no list of keys unless the path is reported
    const eq = equals[0] as Evaluator;
    const memo = memos[0] as KeyMemo;
    return (ctx) => {
      const v = eq(ctx);
      if (isUnknown(v)) return v;
      memo.set(v);
      let cur: unknown = root(ctx);
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        cur = name !== null ? own(cur, name as string) : Array.isArray(cur) ? findKeyed(cur, bys[i] as string, memo.text, memo.num) : undefined;
        if (cur === undefined || cur === null) return new Unknown([text(ctx, [memo.text])]);
      }
      const fv = factValue(cur);
      if (fv === undefined) return new Unknown([text(ctx, [memo.text])]);
      if (ctx.frame) noteFact(ctx, text(ctx, [memo.text]), toJsonLoose(fv));
      return fv;
    };
  }
  return (ctx) => {
    const keys: string[] = [];
    const nums: number[] = [];
    let unknowns: Unknown[] | null = null;
    for (let j = 0; j < equals.length; j++) {
      const v = (equals[j] as Evaluator)(ctx);
      if (isUnknown(v)) (unknowns ??= []).push(v);
      else {
        const memo = memos[j] as KeyMemo;
        memo.set(v);
        keys.push(memo.text);
        nums.push(memo.num);
      }
    }
    if (unknowns) return Unknown.merge(unknowns);
    let cur: unknown = root(ctx);
    let k = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name !== null) cur = own(cur, name as string);
      else if (Array.isArray(cur)) {
        cur = findKeyed(cur, bys[i] as string, keys[k] as string, nums[k] as number);
        k++;
      } else cur = undefined;
      if (cur === undefined || cur === null) return new Unknown([text(ctx, keys)]);
    }
    return found(ctx, cur, keys);
  };
}
