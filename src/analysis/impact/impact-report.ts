import type { Label } from '../../engine/citation';
import type { Status } from '../../engine/result';
import type { Outcome } from '../../engine/values';
import type { PolicyDiff } from './policy-diff';

/**
 * Every status, in report order.
 *
 * @example
 * IMPACT_STATUS_ORDER[0]; // 'eligible'
 */
export const IMPACT_STATUS_ORDER: readonly Status[] = ['eligible', 'ineligible', 'undetermined', 'error'];

/**
 * How many records got each status.
 *
 * @example
 * const c: StatusCounts = { eligible: 2, ineligible: 1, undetermined: 0, error: 0 };
 */
export type StatusCounts = Record<Status, number>;

/**
 * A criterion's result on one side of a flip.
 *
 * @example
 * const c: CriterionResult = { id: 'stStaffCollegeRatio', result: 'fail' };
 */
export interface CriterionResult {
  id: string;
  result: Outcome;
}

/**
 * A record whose status differs between the versions, and the criteria that made it flip:
 * on each side, the criteria whose result differs from the other side's criterion of the
 * same id (a criterion only one version has always differs), so renamed or split
 * criteria appear on their own side.
 *
 * @example
 * const f: Flip = { index: 3, id: 'E4', a: 'ineligible', b: 'eligible',
 *   criteria: { a: [{ id: 'stStaffCollegeRatio', result: 'fail' }, { id: 'rdStaffRatio', result: 'pass' }], b: [{ id: 'stStaffRatio', result: 'pass' }] } };
 */
export interface Flip {
  index: number;
  id?: string;
  a: Status;
  b: Status;
  criteria: { a: CriterionResult[]; b: CriterionResult[] };
}

/**
 * How many records went from one status to another (only pairs that differ, count > 0).
 *
 * @example
 * const t: Transition = { from: 'ineligible', to: 'eligible', count: 12 };
 */
export interface Transition {
  from: Status;
  to: Status;
  count: number;
}

/**
 * A money output summed over the records on one side: the total (two decimals) and how
 * many records had a value.
 *
 * @example
 * const s: MoneySide = { total: '293340.00', rows: 38 };
 */
export interface MoneySide {
  total: string;
  rows: number;
}

/**
 * One money output across the versions: each side's total (null when that version has no
 * such money output) and the difference new - old when both have it.
 *
 * @example
 * const m: MoneyTotal = { output: 'fee', a: { total: '1000.00', rows: 2 }, b: { total: '800.00', rows: 2 }, difference: '-200.00' };
 */
export interface MoneyTotal {
  output: string;
  label?: Label;
  a: MoneySide | null;
  b: MoneySide | null;
  difference: string | null;
}

/**
 * Which policy a side of the report is, and the date it was evaluated at (records that
 * carry their own `asOf` use theirs).
 *
 * @example
 * const s: ImpactSide = { id: 'cn.hnte.2016', title: { zh: '高新技术企业认定', en: 'HNTE recognition' }, asOf: '2016-06-01' };
 */
export interface ImpactSide {
  id: string;
  title: Label;
  asOf: string | null;
}

/**
 * The impact of moving a population from policy A to policy B: the structural diff of the
 * two policies, status counts on each side, transitions, the records that flip (the first
 * `maxFlips` of `flipCount`), and money totals with their difference.
 *
 * @example
 * const r = impact(hnte2008, hnte2016, firms, { asOfA: '2015-06-01', asOfB: '2016-06-01' });
 * r.counts.b.eligible - r.counts.a.eligible; // the firms the reform let in, net
 */
export interface ImpactReport {
  a: ImpactSide;
  b: ImpactSide;
  diff: PolicyDiff;
  records: number;
  counts: { a: StatusCounts; b: StatusCounts };
  transitions: Transition[];
  flipCount: number;
  flips: Flip[];
  money: MoneyTotal[];
}
