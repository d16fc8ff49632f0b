import { decline, safeMul } from './scaled';
import { Ratio, type FastValue } from './fast-value';
import { ownField } from '../own-field';

/**
 * The steps the generated decision kernels (`emitFastModule`) call on values of a known
 * static type that are not written in line: the exact order of two fractions, a fraction
 * boxed where any value is wanted, and the uncommon path step. Each is the
 * closures' step (`value-steps.ts`, `fast-value.ts`) restricted to known values; the
 * typed checks and the checked integer arithmetic are written in line by the emitter.
 *
 * @module
 */

/**
 * The sign of `n1/d1 - n2/d2` (denominators positive), by exact cross-multiplication: the
 * difference of two exact products keeps the exact sign. It returns -1, 0 or 1 (a small
 * integer: a difference of large products would be a heap number, allocated per call).
 *
 * @example
 * order(1500, 120, 10, 1); // 1 (0.125 > 0.10 at scale 2)
 */
export function order(n1: number, d1: number, n2: number, d2: number): number {
  const a = safeMul(n1, d2);
  const b = safeMul(n2, d1);
  return a > b ? 1 : a < b ? -1 : 0;
}

/**
 * {@link order} of a fraction and a known value (a scaled integer or a `Ratio`), or decline.
 *
 * @example
 * orderRD(1500, 120, 10) > 0; // true
 */
export function orderRD(n: number, d: number, v: FastValue): number {
  if (typeof v === 'number') return order(n, d, v, 1);
  return v instanceof Ratio ? order(n, d, v.n, v.d) : decline();
}

/**
 * {@link order} of a known value and a fraction, or decline.
 *
 * @example
 * orderDR(10, 1500, 120) < 0; // true
 */
export function orderDR(v: FastValue, n: number, d: number): number {
  if (typeof v === 'number') return order(v, 1, n, d);
  return v instanceof Ratio ? order(v.n, v.d, n, d) : decline();
}

/**
 * A fraction held in registers as the fast path's `Ratio` object (where a value of any type
 * is wanted).
 *
 * @example
 * box(1500, 120); // Ratio(1500, 120)
 */
export function box(n: number, d: number): Ratio {
  return new Ratio(n, d);
}

/**
 * A path step the kernel does not take in line: an own item of a list by its key, nothing
 * from a primitive (as the path functions step).
 *
 * @example
 * stepSlow(['a'], '0'); // 'a'
 * stepSlow(5, 'x'); // undefined
 */
export function stepSlow(v: unknown, key: string): unknown {
  return Array.isArray(v) ? ownField(v, key) : undefined;
}
