import { Decimal, isDecimal } from '../models/decimal';
import { isPlainDate, plusDays, plusMonths, plusYears } from '../models/plain-date';
import { noteStep } from './context';
import { decimalText } from './decimal-text';
import { InputError, PolicyError } from './errors';
import type { Evaluator } from './fact-path';
import { Interval } from './interval';
import { toJsonLoose } from './output-type';
import { asDecimal, describe, unknownOf2 } from './value-ops';

/**
 * Compiles a division with its value for a zero denominator: the exact quotient (to the
 * configured 40 digits), an interval numerator divided bound by bound, and the step noted
 * in the trace (numerator, denominator, value, or the division by zero).
 *
 * @example
 * const ev = compileDiv(() => new Decimal(1), () => new Decimal(4), () => new Decimal(0));
 * (ev(newContext({}, '2020-06-01', false)) as Decimal).toString(); // '0.25'
 */
export function compileDiv(num: Evaluator, den: Evaluator, ifZero: Evaluator): Evaluator {
  return (ctx) => {
    const a = num(ctx);
    const b = den(ctx);
    const u = unknownOf2(a, b);
    if (u) return u;
    const d = asDecimal(b, 'div');
    if (d.isZero()) {
      const z = ifZero(ctx);
      if (ctx.frame) noteStep(ctx, 'div', { num: toJsonLoose(a), den: '0', divisionByZero: true, value: toJsonLoose(z) });
      return z;
    }
    if (a instanceof Interval) return a.times(new Decimal(1).div(d));
    const r = asDecimal(a, 'div').div(d);
    if (ctx.frame) noteStep(ctx, 'div', { num: toJsonLoose(a), den: decimalText(d), value: decimalText(r) });
    return r;
  };
}

/**
 * Compiles `dateAdd`: a plain date plus a whole number of days, months (month-end clamped)
 * or years (Feb 29 to Feb 28); a sum outside the calendar is an input error of the record.
 *
 * @example
 * const ev = compileDateAdd('years', () => '2016-02-29', () => new Decimal(1));
 * ev(newContext({}, '2020-06-01', false)); // '2017-02-28'
 */
export function compileDateAdd(unit: 'days' | 'months' | 'years', date: Evaluator, n: Evaluator): Evaluator {
  const add = unit === 'days' ? plusDays : unit === 'months' ? plusMonths : plusYears;
  return (ctx) => {
    const d = date(ctx);
    const k = n(ctx);
    const u = unknownOf2(d, k);
    if (u) return u;
    if (!isPlainDate(d)) throw new PolicyError(`dateAdd: expected a date, got ${describe(d)}`);
    if (!isDecimal(k) || !k.isInteger()) throw new PolicyError(`dateAdd: expected a whole number of ${unit}, got ${describe(k)}`);
    try {
      return add(d, k.toNumber());
    } catch (e) {
      // e.g. registered on 9999-12-31 plus a year: an error row, never a wrong comparison
      const message = `${d} plus ${k.toString()} ${unit} is outside the calendar (0001-01-01 to 9999-12-31)`;
      throw e instanceof RangeError ? new InputError('DATE_OUT_OF_RANGE', message, [{ path: '(date)', message }]) : e;
    }
  };
}
