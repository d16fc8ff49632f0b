import { UTCDate } from '@date-fns/utc';
// one module per function: the package's index loads all of date-fns's ~250 modules
// (about 200 ms and 20 MB at startup in Node, in every worker thread of the CLI too)
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';

/**
 * A calendar day as `YYYY-MM-DD`, with no time and no time zone. Plain dates compare
 * correctly as strings, and every operation here gives the same answer under any `TZ`
 * (date-fns runs on {@link UTCDate}).
 *
 * @example
 * const d: PlainDate = '2020-02-29';
 */
export type PlainDate = string;

/** The digit at `i` of `s` (0-9), or -1 when it is not an ASCII digit. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * True when `s` is a real calendar day in `YYYY-MM-DD` form (2019-02-29 is not).
 *
 * @example
 * isPlainDate('2020-02-29'); // true
 * isPlainDate('2019-02-29'); // false
 */
export function isPlainDate(s: unknown): s is PlainDate {
  // /^(\d{4})-(\d{2})-(\d{2})$/ read character by character (it runs for every date read)
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const d0 = digitAt(s, 0), d1 = digitAt(s, 1), d2 = digitAt(s, 2), d3 = digitAt(s, 3);
  const m0 = digitAt(s, 5), m1 = digitAt(s, 6), a0 = digitAt(s, 8), a1 = digitAt(s, 9);
  if ((d0 | d1 | d2 | d3 | m0 | m1 | a0 | a1) < 0) return false;
  const y = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const mo = m0 * 10 + m1;
  const d = a0 * 10 + a1;
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

/**
 * Date arithmetic is pure and its arguments repeat across records (the evaluation date,
 * registration dates): results are memoised in a bounded cache.
 */
function memo(f: (d: PlainDate, n: number) => PlainDate): (d: PlainDate, n: number) => PlainDate {
  const cache = new Map<string, PlainDate>();
  return (d, n) => {
    const key = `${d}|${n}`;
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = f(d, n);
      if (cache.size >= 10_000) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };
}

function toUtc(d: PlainDate): UTCDate {
  if (!isPlainDate(d)) throw new RangeError(`not a plain date: ${String(d)}`);
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const u = new UTCDate(Date.UTC(y, m - 1, day));
  if (y < 100) u.setUTCFullYear(y);
  return u;
}

function fromUtc(u: Date): PlainDate {
  const y = u.getUTCFullYear();
  // years past 9999 would need five digits and break string order; before 0001 a sign
  if (!isValid(u) || y < 1 || y > 9999) throw new RangeError('date out of range (0001-01-01 to 9999-12-31)');
  const m = u.getUTCMonth() + 1;
  const d = u.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Adds whole days (negative to go back).
 *
 * @example
 * plusDays('2020-02-28', 1); // '2020-02-29'
 */
export const plusDays: (d: PlainDate, n: number) => PlainDate = /*@__PURE__*/ memo((d, n) => fromUtc(addDays(toUtc(d), n)));

/**
 * Adds calendar months, clamping to the month's end: Nov 30 + 3 months is Feb 29 in a
 * leap year and Feb 28 otherwise.
 *
 * @example
 * plusMonths('2019-11-30', 3); // '2020-02-29'
 * plusMonths('2020-11-30', 3); // '2021-02-28'
 */
export const plusMonths: (d: PlainDate, n: number) => PlainDate = /*@__PURE__*/ memo((d, n) => fromUtc(addMonths(toUtc(d), n)));

/**
 * Adds calendar years; Feb 29 + 1 year is Feb 28 (date-fns `addYears` on the UTC day, done
 * on the text: only the year changes, and Feb 29 when the new year has none).
 *
 * @example
 * plusYears('2016-02-29', 1); // '2017-02-28'
 */
export function plusYears(d: PlainDate, n: number): PlainDate {
  if (!isPlainDate(d)) throw new RangeError(`not a plain date: ${String(d)}`);
  if (!Number.isInteger(n)) return fromUtc(addYears(toUtc(d), n)); // date-fns truncates a fraction
  const y = Number(d.slice(0, 4)) + n;
  if (y < 1 || y > 9999) throw new RangeError('date out of range (0001-01-01 to 9999-12-31)');
  const md = d.slice(4);
  return `${String(y).padStart(4, '0')}${md === '-02-29' && daysInMonth(y, 2) === 28 ? '-02-28' : md}`;
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later): the day count of
 * ACT/360 interest.
 *
 * @example
 * daysBetween('2019-11-20', '2020-02-20'); // 92
 */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/**
 * The calendar year of a plain date.
 *
 * @example
 * calendarYearOf('2020-06-01'); // 2020
 */
export function calendarYearOf(d: PlainDate): number {
  if (!isPlainDate(d)) throw new RangeError(`not a plain date: ${String(d)}`);
  return Number(d.slice(0, 4));
}

/**
 * Compares two plain dates: negative, zero or positive.
 *
 * @example
 * compareDates('2020-01-01', '2020-06-30') < 0; // true
 */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
