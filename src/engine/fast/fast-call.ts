import type { Expr } from '../expr';
import type { FunctionRegistry } from '../functions';
import { decline } from './scaled';
import { Ratio, UNKNOWN, type FastEvaluator, type FastValue } from './fast-value';

/**
 * Compiles a building-block call for the fast path when the block has an exact fast
 * implementation for its configuration (`PolicyFunction.fast`), else `null` (the call then
 * declines). As in the general path, an unknown required argument makes the result
 * unknown and an unknown optional one arrives as `undefined`. With `scaledLayout` (facts in
 * the compact layout), an argument that is fact data (a list, a record) declines: a block
 * would read its numbers as raw ones.
 *
 * @example
 * compileFastCall({ kind: 'call', fn: 'band.lookup', args: { x: { kind: 'fact', path: ['sales'] } }, config: table }, compile, STDLIB, 2); // an evaluator
 */
export function compileFastCall(
  e: Extract<Expr, { kind: 'call' }>,
  c: (x: Expr) => FastEvaluator,
  functions: FunctionRegistry,
  k: number,
  scaledLayout = false,
): FastEvaluator | null {
  const fn = functions.get(e.fn);
  const impl = fn?.fast?.(e.config, k) ?? null;
  if (!fn || !impl) return null;
  const spec = fn.argsOf(e.config);
  const args = Object.entries(e.args).map(([name, x]) => ({ name, ev: c(x), required: spec[name] === 'required' }));
  return (ctx) => {
    const vals: Record<string, FastValue | undefined> = {};
    let unknown = false;
    for (const a of args) {
      const v = a.ev(ctx);
      if (v === UNKNOWN) {
        if (a.required) unknown = true;
        else vals[a.name] = undefined;
      } else if (scaledLayout && typeof v === 'object' && v !== null && !(v instanceof Ratio)) return decline();
      else vals[a.name] = v;
    }
    return unknown ? UNKNOWN : impl(vals);
  };
}
