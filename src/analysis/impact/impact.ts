import type { CompiledPolicy } from '../../engine/compile-policy';
import type { Policy } from '../../engine/policy';
import type { EvalResult, Status } from '../../engine/result';
import { compile } from '../../policies/compile';
import { IMPACT_STATUS_ORDER, type CriterionResult, type Flip, type ImpactReport, type StatusCounts, type Transition } from './impact-report';
import { moneyOutputs, moneySums, moneyTotals } from './money-totals';
import { diffPolicies } from './policy-diff';

/**
 * Options of {@link impact}: the evaluation date of each side (`asOfA`, `asOfB`, both
 * default to `asOf`; a record's own `asOf` still wins, as in every evaluation), and how
 * many flipped records to list (default 1000; `flipCount` always counts them all).
 *
 * @example
 * const o: ImpactOptions = { asOfA: '2015-06-01', asOfB: '2016-06-01', maxFlips: 50 };
 */
export interface ImpactOptions {
  asOf?: string;
  asOfA?: string;
  asOfB?: string;
  maxFlips?: number;
}

const compiled = (p: Policy | CompiledPolicy): CompiledPolicy => ('evaluate' in p && typeof p.evaluate === 'function' ? p : compile(p as Policy));

/**
 * The criteria of each side whose result differs from the other side's criterion of the
 * same id (ids only one side has always differ), in each side's order.
 *
 * @example
 * changedCriteria(rowA, rowB); // { a: [{ id: 'stStaffCollegeRatio', result: 'fail' }], b: [{ id: 'stStaffRatio', result: 'pass' }] }
 */
export function changedCriteria(a: EvalResult, b: EvalResult): { a: CriterionResult[]; b: CriterionResult[] } {
  const ra = new Map(a.criteria.map((c) => [c.id, c.result]));
  const rb = new Map(b.criteria.map((c) => [c.id, c.result]));
  return {
    a: a.criteria.filter((c) => rb.get(c.id) !== c.result).map((c) => ({ id: c.id, result: c.result })),
    b: b.criteria.filter((c) => ra.get(c.id) !== c.result).map((c) => ({ id: c.id, result: c.result })),
  };
}

const zeroCounts = (): StatusCounts => ({ eligible: 0, ineligible: 0, undetermined: 0, error: 0 });

/**
 * Runs two versions of a policy (data or compiled) over one population and reports the
 * impact: the structural diff of their data, status counts on each side, transitions,
 * the records that flip with the criteria that made them flip, and the totals of every
 * money output with the difference. Records stream through: memory holds the counts,
 * the sums and at most `maxFlips` flips.
 *
 * @example
 * const r = impact(hnte2008, hnte2016, firms, { asOfA: '2015-06-01', asOfB: '2016-06-01' });
 * r.transitions; // [{ from: 'ineligible', to: 'eligible', count: 12 }, ...]
 * renderImpact(r, 'en');
 */
export function impact(policyA: Policy | CompiledPolicy, policyB: Policy | CompiledPolicy, records: Iterable<unknown>, options: ImpactOptions = {}): ImpactReport {
  const ca = compiled(policyA);
  const cb = compiled(policyB);
  const asOfA = options.asOfA ?? options.asOf;
  const asOfB = options.asOfB ?? options.asOf;
  const maxFlips = options.maxFlips ?? 1000;
  const counts = { a: zeroCounts(), b: zeroCounts() };
  const moves = new Map<string, number>();
  const sumsA = moneySums(moneyOutputs(ca.policy));
  const sumsB = moneySums(moneyOutputs(cb.policy));
  const flips: Flip[] = [];
  let flipCount = 0;
  let index = 0;
  for (const record of records) {
    const ra = ca.evaluate(record, asOfA !== undefined ? { asOf: asOfA } : {});
    const rb = cb.evaluate(record, asOfB !== undefined ? { asOf: asOfB } : {});
    counts.a[ra.status]++;
    counts.b[rb.status]++;
    sumsA.add(ra.outputs);
    sumsB.add(rb.outputs);
    if (ra.status !== rb.status) {
      const key = `${ra.status}>${rb.status}`;
      moves.set(key, (moves.get(key) ?? 0) + 1);
      flipCount++;
      if (flips.length < maxFlips) {
        const id = ra.id ?? rb.id;
        flips.push({ index, ...(id !== undefined ? { id } : {}), a: ra.status, b: rb.status, criteria: changedCriteria(ra, rb) });
      }
    }
    index++;
  }
  const transitions: Transition[] = [];
  for (const from of IMPACT_STATUS_ORDER) {
    for (const to of IMPACT_STATUS_ORDER) {
      const count = moves.get(`${from}>${to}`);
      if (count) transitions.push({ from: from as Status, to: to as Status, count });
    }
  }
  const side = (c: CompiledPolicy, asOf: string | undefined) => ({ id: c.policy.id, title: c.policy.title, asOf: asOf ?? null });
  return {
    a: side(ca, asOfA),
    b: side(cb, asOfB),
    diff: diffPolicies(ca.policy, cb.policy),
    records: index,
    counts,
    transitions,
    flipCount,
    flips,
    money: moneyTotals(sumsA, sumsB, ca.policy, cb.policy),
  };
}
