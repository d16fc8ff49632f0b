import { isPlainDate, plusDays, plusMonths, plusYears } from '../../models/plain-date';
import { decline, safeMul } from './scaled';
import { UNKNOWN, type FastEvaluator, type FastValue } from './fast-value';

/**
 * The operations of the fast path that need more than a line: typed reads that decline,
 * Kleene logic in the general evaluator's order, dates, and `some`/`every` over a list.
 *
 * @module
 */

/**
 * A known number (a scaled integer), or decline.
 *
 * @example
 * num(1500); // 1500
 * num('1500'); // throws DECLINE (the general path reads decimal text)
 */
export function num(v: FastValue): number {
  return typeof v === 'number' ? v : decline();
}

/**
 * A known boolean, or decline.
 *
 * @example
 * bool(true); // true
 */
export function bool(v: FastValue): boolean {
  return typeof v === 'boolean' ? v : decline();
}

/**
 * `isPlainDate` as a type guard on fast values.
 *
 * @example
 * isDate('2020-02-29'); // true
 * isDate('2019-02-29'); // false
 */
export function isDate(v: FastValue): v is string {
  return isPlainDate(v);
}

/**
 * `dateAdd` at scale `S` on evaluated operands: a plain date plus a whole number of days,
 * months (month-end clamped) or years. A count that is not whole declines; a date outside
 * the calendar throws, and the general path makes it the error row. Each adder remembers
 * its sums for the last count it was given (usually a constant: "one year after
 * registration"), by date, and its last sum apart.
 *
 * @example
 * dateAddOf('years', 100)('2016-02-29', 100); // '2017-02-28'
 */
export function dateAddOf(unit: 'days' | 'months' | 'years', S: number): (d: FastValue, k: FastValue) => FastValue {
  const add = unit === 'days' ? plusDays : unit === 'months' ? plusMonths : plusYears;
  let memoBy = Number.NaN;
  const memo = new Map<string, string>();
  // the last sum, for the same date asked again within a record (a test and its reported value)
  let lastDate: string | undefined;
  let lastSum = '';
  return (d, k) => {
    if (d === UNKNOWN || k === UNKNOWN) return UNKNOWN;
    if (typeof d !== 'string' || num(k) % S !== 0) return decline();
    const by = (k as number) / S;
    if (by !== memoBy) {
      memo.clear();
      memoBy = by;
      lastDate = undefined;
    } else if (d === lastDate) return lastSum;
    let hit = memo.get(d);
    if (hit === undefined) {
      if (!isDate(d)) return decline();
      hit = add(d, by);
      if (memo.size >= 50_000) memo.clear();
      memo.set(d, hit);
    }
    lastDate = d;
    lastSum = hit;
    return hit;
  };
}

/**
 * Compiles `dateAdd` at scale `S` (see {@link dateAddOf}).
 *
 * @example
 * fastDateAdd('years', () => '2016-02-29', () => 100, 100)(ctx); // '2017-02-28'
 */
export function fastDateAdd(unit: 'days' | 'months' | 'years', date: FastEvaluator, n: FastEvaluator, S: number): FastEvaluator {
  const add = dateAddOf(unit, S);
  return (ctx) => add(date(ctx), n(ctx));
}

/**
 * `yearOf` at scale `S` on an evaluated operand: the calendar year of a plain date, scaled.
 *
 * @example
 * yearOfValue('2019-06-01', 100); // 201900
 */
export function yearOfValue(v: FastValue, S: number): FastValue {
  if (v === UNKNOWN) return v;
  if (!isDate(v)) return decline();
  // a real date's year is its first four digits (what `calendarYearOf` reads once it has checked the date)
  const year = (v.charCodeAt(0) - 48) * 1000 + (v.charCodeAt(1) - 48) * 100 + (v.charCodeAt(2) - 48) * 10 + (v.charCodeAt(3) - 48);
  return safeMul(year, S);
}

/**
 * Compiles `yearOf` at scale `S` (see {@link yearOfValue}).
 *
 * @example
 * fastYearOf(() => '2019-06-01', 100)(ctx); // 201900
 */
export function fastYearOf(arg: FastEvaluator, S: number): FastEvaluator {
  return (ctx) => yearOfValue(arg(ctx), S);
}

/**
 * Compiles `some` (`decisive` true) or `every` (false) over a list fact: `where` is
 * evaluated on every item (as the general path does), then Kleene logic in order.
 *
 * @example
 * fastSomeEvery(() => [{ kind: 'safety' }], (ctx) => (ctx.items[0] as { kind: string }).kind === 'safety', true)(ctx); // true
 */
export function fastSomeEvery(list: FastEvaluator, where: FastEvaluator, decisive: boolean): FastEvaluator {
  return (ctx) => {
    const arr = list(ctx);
    if (arr === UNKNOWN) return UNKNOWN;
    if (!Array.isArray(arr)) return decline();
    let unknown = false;
    let decided = false;
    for (const it of arr) {
      ctx.items.push(it);
      const v = where(ctx);
      ctx.items.pop();
      if (decided) continue;
      if (v === UNKNOWN) unknown = true;
      else if (bool(v) === decisive) decided = true;
    }
    return decided ? decisive : unknown ? UNKNOWN : !decisive;
  };
}
