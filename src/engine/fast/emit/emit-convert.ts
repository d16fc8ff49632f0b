import type { KernelType } from './emit-types';

/**
 * An emitted expression of the decision kernel: JS code and its static type. For a
 * `ratio`, `code` evaluates to the numerator and `den` reads the denominator register,
 * valid right after `code` ran.
 *
 * @example
 * const c: Code = { code: 'd3()', type: 'ratio', den: 'd3d' };
 */
export interface Code {
  code: string;
  type: KernelType;
  den?: string;
  /** For a fact read: the value as read, possibly `undefined`, `null` or unrepresentable (`code` checks it). */
  raw?: string;
}

/** The largest safe integer, written into generated checks. */
export const MAX_SAFE = '9007199254740991';

/**
 * A known fact value from a raw read: declines when missing or unrepresentable (`K`).
 *
 * @example
 * known('F.a'); // '((t = F.a) === undefined || t === null || t === UNREP ? rt.decline() : t)'
 */
export function known(raw: string): string {
  return `((t = ${raw}) === undefined || t === null || t === UNREP ? rt.decline() : t)`;
}

/**
 * A checked integer operation: the result when it is a safe integer, else decline.
 *
 * @example
 * checked('a + b'); // '((t = a + b) <= 9007199254740991 && t >= -9007199254740991 ? t : rt.decline())'
 */
export function checked(op: string): string {
  return `((t = ${op}) <= ${MAX_SAFE} && t >= -${MAX_SAFE} ? t : rt.decline())`;
}

/**
 * The code as a scaled integer: checked when `dyn`, a decline for other types (the fast
 * path's arithmetic takes numbers only).
 *
 * @example
 * asNum({ code: 'p0(CTX)', type: 'dyn' }); // "(typeof (t = p0(CTX)) === 'number' ? t : rt.decline())"
 */
export function asNum(c: Code): string {
  if (c.type === 'num') return c.code;
  if (c.type === 'dyn') return `(typeof (t = ${c.raw ?? c.code}) === 'number' ? t : rt.decline())`;
  return `(${c.code}, rt.decline())`;
}

/**
 * The code as a boolean: checked when `dyn`, a decline for other types.
 *
 * @example
 * asBool({ code: 'p0(CTX)', type: 'dyn' }); // "(typeof (t = p0(CTX)) === 'boolean' ? t : rt.decline())"
 */
export function asBool(c: Code): string {
  if (c.type === 'bool') return c.code;
  if (c.type === 'dyn') return `(typeof (t = ${c.raw ?? c.code}) === 'boolean' ? t : rt.decline())`;
  return `(${c.code}, rt.decline())`;
}

/**
 * The code as any fast value: a `ratio` becomes a `Ratio` object.
 *
 * @example
 * asDyn({ code: 'd3()', type: 'ratio', den: 'd3d' }); // 'rt.box(d3(), d3d)'
 */
export function asDyn(c: Code): string {
  return c.type === 'ratio' ? `rt.box(${c.code}, ${c.den as string})` : c.code;
}

/**
 * The code as a value of type `t` (a definition's declared type, which is its expression's
 * type but for a definition in a reference cycle, declared `dyn`): unchanged when the types
 * agree, boxed when `dyn` is wanted, else a decline.
 *
 * @example
 * asType({ code: '(100)', type: 'num' }, 'num'); // '(100)'
 */
export function asType(c: Code, t: KernelType): string {
  if (t === 'dyn') return asDyn(c);
  return c.type === t ? c.code : `(${c.code}, rt.decline())`;
}

/**
 * Whether the code only reads a local (a strict definition already computed): evaluating it
 * again does nothing.
 *
 * @example
 * isLocal({ code: 'd9n', type: 'ratio', den: 'd9q' }); // true
 */
export function isLocal(c: Code): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(c.code);
}
