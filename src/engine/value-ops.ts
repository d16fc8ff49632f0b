import { Decimal, isDecimal } from '../models/decimal';
import { compareDecimals, compareIntervals, Interval, orderHolds, type CompareOp } from './interval';
import { PolicyError } from './errors';
import { isUnknown, Unknown, type Value } from './values';

/**
 * Collects the unknowns among values; `null` when every value is known.
 *
 * @example
 * unknownOf([new Decimal(1), new Unknown(['a'])])?.missing; // ['a']
 */
export function unknownOf(vs: readonly Value[]): Unknown | null {
  let found: Unknown[] | null = null;
  for (const v of vs) if (isUnknown(v)) (found ??= []).push(v);
  return found ? Unknown.merge(found) : null;
}

/**
 * {@link unknownOf} of two values, without building a list: `null` when both are known.
 *
 * @example
 * unknownOf2(new Decimal(1), new Unknown(['a']))?.missing; // ['a']
 */
export function unknownOf2(a: Value, b: Value): Unknown | null {
  if (isUnknown(a)) return isUnknown(b) ? Unknown.merge([a, b]) : a;
  return isUnknown(b) ? b : null;
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * The value as a decimal (a decimal string, as untyped JSON facts carry money, counts too), or a policy type error naming what was expected.
 *
 * @example
 * asDecimal(new Decimal(2), 'x').toString(); // '2'
 */
export function asDecimal(v: Value, what: string): Decimal {
  if (isDecimal(v)) return v;
  if (typeof v === 'string' && DECIMAL_TEXT.test(v)) return new Decimal(v);
  throw new PolicyError(`${what}: expected a number, got ${describe(v)}`);
}

/**
 * The value as an interval (a decimal becomes a point interval).
 *
 * @example
 * asInterval(new Decimal(3), 'x').toString(); // '3..3'
 */
export function asInterval(v: Value, what: string): Interval {
  if (v instanceof Interval) return v;
  return Interval.point(asDecimal(v, what));
}

/**
 * A short description of a value for error messages.
 *
 * @example
 * describe(true); // 'boolean true'
 */
export function describe(v: unknown): string {
  if (isDecimal(v)) return `number ${v.toString()}`;
  if (v instanceof Interval) return `interval ${v.toString()}`;
  if (Array.isArray(v)) return 'list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'record' : `${typeof v} ${String(v)}`;
}

/**
 * Adds, subtracts or multiplies known values; intervals carry through `+` and `-`, and
 * through `*` by a number.
 *
 * @example
 * (arith('+', [new Decimal('0.1'), new Decimal('0.2')]) as Decimal).toString(); // '0.3'
 */
export function arith(op: '+' | '-' | '*', vs: readonly Value[]): Value {
  const anyInterval = vs.some((v) => v instanceof Interval);
  if (!anyInterval) {
    let acc = asDecimal(vs[0] as Value, op);
    for (let i = 1; i < vs.length; i++) {
      const x = asDecimal(vs[i] as Value, op);
      acc = op === '+' ? acc.plus(x) : op === '-' ? acc.minus(x) : acc.times(x);
    }
    return acc;
  }
  let acc = asInterval(vs[0] as Value, op);
  for (let i = 1; i < vs.length; i++) {
    const v = vs[i] as Value;
    if (op === '*') {
      if (v instanceof Interval && !acc.isPoint()) throw new PolicyError('interval times interval is not supported');
      acc = v instanceof Interval ? v.times(acc.lo) : acc.times(asDecimal(v, op));
    } else {
      const x = asInterval(v, op);
      acc = op === '+' ? acc.plus(x) : acc.minus(x);
    }
  }
  return acc.isPoint() ? acc.lo : acc;
}

/**
 * Compares two known values: numbers (exactly), intervals (three-valued: an
 * {@link Unknown} with a reason when the answer depends on the expert's pick), dates and
 * text (`=`/`!=` and order), booleans (`=`/`!=`).
 *
 * @example
 * compare(new Decimal('0.10'), '>=', new Decimal('0.1')); // true
 */
export function compare(a: Value, op: CompareOp, b: Value): Value {
  if (a instanceof Interval || b instanceof Interval) {
    const r = compareIntervals(asInterval(a, op), op, asInterval(b, op));
    return r === null ? new Unknown([], "within the experts' band: the outcome depends on the value chosen within the interval") : r;
  }
  if (isDecimal(a) && isDecimal(b)) return compareDecimals(a, op, b);
  if ((isDecimal(a) && typeof b === 'string' && DECIMAL_TEXT.test(b)) || (isDecimal(b) && typeof a === 'string' && DECIMAL_TEXT.test(a))) {
    return compareDecimals(asDecimal(a, op), op, asDecimal(b, op));
  }
  if (typeof a === 'string' && typeof b === 'string') return orderHolds(a < b ? -1 : a > b ? 1 : 0, op);
  if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '=' || op === '!=')) return op === '=' ? a === b : a !== b;
  throw new PolicyError(`cannot compare ${describe(a)} ${op} ${describe(b)}`);
}


/**
 * Kleene conjunction/disjunction of already-evaluated operands.
 *
 * @example
 * kleene('and', [false, new Unknown(['x'])]); // false
 */
export function kleene(op: 'and' | 'or', vs: readonly Value[]): Value {
  const decisive = op === 'or';
  const unknowns: Unknown[] = [];
  for (const v of vs) {
    if (isUnknown(v)) unknowns.push(v);
    else if (typeof v !== 'boolean') throw new PolicyError(`${op}: expected a boolean, got ${describe(v)}`);
    else if (v === decisive) return decisive;
  }
  return unknowns.length ? Unknown.merge(unknowns) : !decisive;
}

/**
 * The smallest or largest of known numbers.
 *
 * @example
 * (minMax('min', [new Decimal(3), new Decimal(2)]) as Decimal).toString(); // '2'
 */
export function minMax(op: 'min' | 'max', vs: readonly Value[]): Value {
  let best = asDecimal(vs[0] as Value, op);
  for (let i = 1; i < vs.length; i++) {
    const x = asDecimal(vs[i] as Value, op);
    if (op === 'min' ? x.lt(best) : x.gt(best)) best = x;
  }
  return best;
}

/** Decimal one, shared. @example ONE.toString(); // '1' */
export const ONE = new Decimal(1);
