import type { CompareOp } from '../interval';
import { bool, num } from './fast-ops';
import { decline, safeAdd, safeMul, safeSub } from './scaled';
import { fastCompare, Ratio, UNKNOWN, type FastValue } from './fast-value';

/**
 * The value step of each expression of the decision fast path, on operands already
 * evaluated, as the closures (`compileFastExpr`) take it. The kernels generated ahead of
 * time (`emitFastModule`) call the same steps where they do not write a typed version in
 * line (division into a `Ratio`, `in`, `min`/`max`); `test/engine/fast-aot.test.ts` holds
 * the two to the same decisions.
 *
 * @module
 */

/**
 * `a + b`, `a - b` or `a x b` at scale `S` as the fast `arith` folds its operands: an
 * unknown accumulated value stays unknown (later operands are not checked), otherwise both
 * must be scaled integers; a product must stay at the scale.
 *
 * @example
 * arithStep('+', 150, 250, 100); // 400
 * arithStep('*', 150, 200, 100); // 300 (1.5 x 2 = 3)
 */
export function arithStep(op: '+' | '-' | '*', acc: FastValue, v: FastValue, S: number): FastValue {
  if (acc === UNKNOWN) return UNKNOWN;
  const a = num(acc);
  if (v === UNKNOWN) return UNKNOWN;
  const b = num(v);
  if (op === '+') return safeAdd(a, b);
  if (op === '-') return safeSub(a, b);
  const p = safeMul(a, b);
  return p % S === 0 ? p / S : decline();
}

/**
 * The first operand of an `arith`: unknown, or a scaled integer.
 *
 * @example
 * arithFirst(150); // 150
 */
export function arithFirst(v: FastValue): FastValue {
  return v === UNKNOWN ? UNKNOWN : num(v);
}

/**
 * Returned by {@link divide} when the denominator is zero: the caller evaluates `ifZero`.
 *
 * @example
 * divide(100, 0, 100) === ZERO_DENOMINATOR; // true
 */
export const ZERO_DENOMINATOR: { readonly zeroDenominator: true } = Object.freeze({ zeroDenominator: true as const });

/**
 * `a / b` at scale `S` as the fast `div`: unknown when either is, {@link ZERO_DENOMINATOR}
 * for a zero denominator, else an exact {@link Ratio}.
 *
 * @example
 * divide(100, 400, 100); // Ratio(10000, 400): 0.25
 */
export function divide(a: FastValue, b: FastValue, S: number): FastValue {
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  const den = num(b);
  if (den === 0) return ZERO_DENOMINATOR;
  return a instanceof Ratio ? new Ratio(safeMul(a.n, S), safeMul(a.d, den)) : new Ratio(safeMul(num(a), S), den);
}

/**
 * `min`/`max` of evaluated operands as the fast `minmax`.
 *
 * @example
 * minMax('min', [300, 200]); // 200
 */
export function minMax(op: 'min' | 'max', vs: readonly FastValue[]): FastValue {
  if (vs.includes(UNKNOWN)) return UNKNOWN;
  const cmp = op === 'min' ? '<' : '>';
  let best = vs[0] as FastValue;
  if (typeof best !== 'number' && !(best instanceof Ratio)) return decline();
  for (let i = 1; i < vs.length; i++) {
    const x = vs[i] as FastValue;
    if (typeof x !== 'number' && !(x instanceof Ratio)) return decline();
    if (fastCompare(x, cmp, best)) best = x;
  }
  return best;
}

/**
 * A comparison of evaluated operands as the fast `cmp`.
 *
 * @example
 * compareValues(1500, '>=', 1000); // true
 */
export function compareValues(a: FastValue, op: CompareOp, b: FastValue): FastValue {
  return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : fastCompare(a, op, b);
}

/**
 * One step of Kleene `or` (`decisive` true) or `and` (false) over operands in order, the
 * state being the result so far: `decisive` once decided (later operands unchecked),
 * `UNKNOWN` after an unknown one, `!decisive` otherwise. Start from `!decisive`.
 *
 * @example
 * kleeneStep(false, kleeneStep(false, true, UNKNOWN), true); // UNKNOWN (and: not decided)
 */
export function kleeneStep(decisive: boolean, acc: FastValue, v: FastValue): FastValue {
  if (acc === decisive) return acc;
  if (v === UNKNOWN) return UNKNOWN;
  return bool(v) === decisive ? decisive : acc;
}

/**
 * Kleene `not`.
 *
 * @example
 * notValue(true); // false
 */
export function notValue(v: FastValue): FastValue {
  return v === UNKNOWN ? v : !bool(v);
}

/**
 * `in`: a known text in a set of codes.
 *
 * @example
 * inSet('small', new Set(['micro', 'small'])); // true
 */
export function inSet(v: FastValue, set: ReadonlySet<string>): FastValue {
  return v === UNKNOWN ? v : typeof v === 'string' ? set.has(v) : decline();
}

