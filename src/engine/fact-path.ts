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

/**
 * Normalises a raw fact: JS numbers become exact decimals; null/undefined are absent.
 *
 * @example
 * (factValue(15) as Decimal).toString(); // '15'
 */
export function factValue(raw: unknown): Value | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? new Decimal(raw) : undefined;
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
  const allKeys = segs.every((s) => 'key' in s);
  const staticText = allKeys ? segs.map((s) => (s as { key: string }).key).join('.') : '';
  return (ctx) => {
    let text = prefix(ctx);
    let keys: string[] | null = null;
    if (!allKeys) {
      keys = [];
      const unknowns: Unknown[] = [];
      for (const s of segs) {
        if ('key' in s) continue;
        const v = s.equals(ctx);
        if (isUnknown(v)) unknowns.push(v);
        else keys.push(keyText(v));
      }
      if (unknowns.length) return Unknown.merge(unknowns);
    }
    let cur: unknown = root(ctx);
    let k = 0;
    for (const s of segs) {
      if ('key' in s) {
        text = text ? `${text}.${s.key}` : s.key;
        cur = own(cur, s.key);
      } else {
        const want = (keys as string[])[k++] as string;
        text = `${text}[${want}]`;
        cur = Array.isArray(cur) ? cur.find((it) => keyText(own(it, s.by)) === want) : undefined;
      }
      if (cur === undefined || cur === null) {
        if (allKeys) return new Unknown([prefix(ctx) ? `${prefix(ctx)}.${staticText}` : staticText]);
        return new Unknown([restText(text, segs, keys as string[], k, s)]);
      }
    }
    const v = factValue(cur);
    if (v === undefined) return new Unknown([text]);
    if (ctx.frame) noteFact(ctx, text, toJsonLoose(v));
    return v;
  };
}

function restText(text: string, segs: readonly Seg[], keys: readonly string[], k: number, at: Seg): string {
  let out = text;
  let started = false;
  let ki = k;
  for (const s of segs) {
    if (!started) {
      started = s === at;
      continue;
    }
    out = 'key' in s ? `${out}.${s.key}` : `${out}[${keys[ki++] ?? '?'}]`;
  }
  return out;
}
