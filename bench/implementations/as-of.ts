/**
 * The date side of the hand-written HNTE functions, on plain `YYYY-MM-DD` strings (which
 * compare correctly as strings): what each implementation computes once per evaluation
 * date, one calendar year after a registration date, and the major-incident window. The
 * same helpers serve every hand-written implementation, so they differ only in arithmetic.
 *
 * @module
 */

/**
 * What depends on the evaluation date only: `y` = year(asOf), `from` = asOf - 1 year.
 *
 * @example
 * asOfContext('2020-06-01'); // { asOf: '2020-06-01', y: 2020, from: '2019-06-01' }
 */
export interface AsOfContext {
  asOf: string;
  y: number;
  from: string;
}

/**
 * The same calendar day `n` years later (Feb 29 to Feb 28 when the target year is not leap).
 *
 * @example
 * yearsAfter('2016-02-29', 1); // '2017-02-28'
 * yearsAfter('2020-06-01', -1); // '2019-06-01'
 */
export function yearsAfter(date: string, n: number): string {
  const y = Number(date.slice(0, 4)) + n;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const md = date.slice(4);
  return `${String(y).padStart(4, '0')}${md === '-02-29' && !leap ? '-02-28' : md}`;
}

/**
 * The context of one evaluation date.
 *
 * @example
 * asOfContext('2021-02-28').from; // '2020-02-28'
 */
export function asOfContext(asOf: string): AsOfContext {
  return { asOf, y: Number(asOf.slice(0, 4)), from: yearsAfter(asOf, -1) };
}

/**
 * Art. 11(1): registered at least one calendar year before the application.
 *
 * @example
 * registeredOneYear('2019-06-01', asOfContext('2020-06-01')); // true
 * registeredOneYear('2019-06-02', asOfContext('2020-06-01')); // false
 */
export function registeredOneYear(registeredOn: string, c: AsOfContext): boolean {
  return c.asOf >= yearsAfter(registeredOn, 1);
}

/**
 * Art. 11(8): a safety, quality or environmental incident dated in `[asOf - 1 year, asOf)`.
 *
 * @example
 * majorIncidentInYear([{ kind: 'safety', date: '2019-06-01' }], asOfContext('2020-06-01')); // true
 * majorIncidentInYear([{ kind: 'dishonesty', date: '2019-08-01' }], asOfContext('2020-06-01')); // false
 */
export function majorIncidentInYear(incidents: readonly { kind: string; date: string }[], c: AsOfContext): boolean {
  for (const i of incidents) {
    const major = i.kind === 'safety' || i.kind === 'quality' || i.kind === 'environmental';
    if (major && i.date >= c.from && i.date < c.asOf) return true;
  }
  return false;
}

/**
 * The first year of the R&D window: Y-3, or the year of registration when later
 * ("实际经营期不满三年的按实际经营时间计算").
 *
 * @example
 * windowStart('2018-05-10', asOfContext('2020-06-01')); // 2018
 * windowStart('2001-05-10', asOfContext('2020-06-01')); // 2017
 */
export function windowStart(registeredOn: string, c: AsOfContext): number {
  return Math.max(c.y - 3, Number(registeredOn.slice(0, 4)));
}

/**
 * The verdict of a hand-written function (every fact is known in the benchmark).
 *
 * @example
 * const v: Verdict = 'eligible';
 */
export type Verdict = 'eligible' | 'ineligible';
