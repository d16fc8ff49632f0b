import { z } from 'zod';
import type { BatchFunction } from '../../engine/batch';
import type { Json } from '../../engine/output-type';
import type { EvalResult } from '../../engine/result';
import { Decimal, ZERO } from '../../models/decimal';
import { formatMoney } from '../../models/rounding';
import { configIssues, outputDecimal, outputString, RowFilterSchema, rowCounted } from './batch-rows';

const FIELD = z.string().min(1);

/**
 * Configuration of `portfolio.totals`: the money output counted as each row's amount
 * (default `loanAmount`), an optional text output to group by (e.g. `kind`) with the groups
 * always listed (even when empty, in that order), the money outputs to total (e.g.
 * `['fee', 'waived', 'subsidy']`) and the rows counted (default `notIneligible`).
 *
 * @example
 * PortfolioTotalsConfigSchema.safeParse({ groupBy: 'kind', groups: ['new', 'renewal', 'extension'], sums: ['waived'] }).success; // true
 * PortfolioTotalsConfigSchema.safeParse({ sum: ['waived'] }).success; // false (unknown key: a typo is an error)
 */
export const PortfolioTotalsConfigSchema = z.strictObject({
  amount: FIELD.optional(),
  groupBy: FIELD.optional(),
  groups: z.array(FIELD).optional(),
  sums: z.array(FIELD).optional(),
  include: RowFilterSchema.optional(),
});

/**
 * `portfolio.totals` configuration as data.
 *
 * @example
 * const c: PortfolioTotalsConfig = { groupBy: 'kind' };
 */
export type PortfolioTotalsConfig = z.infer<typeof PortfolioTotalsConfigSchema>;

interface Tally {
  count: number;
  amount: Decimal;
}

/**
 * A running tally of `portfolio.totals`: feed it rows, read the summary at any time.
 * Amounts are exact sums of fen amounts. A total is null when some counted row's value is
 * unknown (`unknownRows` says how many): a partial sum is never passed off as the total.
 *
 * @example
 * const t = totalsTally({ groupBy: 'kind', sums: ['waived'] });
 * t.add({ policy: 'p', asOf: '2020-03-31', status: 'eligible', criteria: [], failed: [], missing: [], outputs: { kind: 'new', loanAmount: '1000000.00', waived: '10000.00' } });
 * t.summary(); // { count: 1, totalAmount: '1000000.00', byGroup: { new: { count: 1, amount: '1000000.00' } }, ungrouped: 0, totals: { waived: '10000.00' }, unknownRows: { amount: 0, waived: 0 }, skipped: { error: 0, ineligible: 0, undetermined: 0 } }
 */
export function totalsTally(config: PortfolioTotalsConfig): {
  /** Counts one row. */
  add: (row: EvalResult) => void;
  /** The totals so far. */
  summary: () => Json;
} {
  const amountField = config.amount ?? 'loanAmount';
  const include = config.include ?? 'notIneligible';
  const groups = new Map<string, Tally>((config.groups ?? []).map((g) => [g, { count: 0, amount: ZERO }]));
  const sums = new Map<string, { total: Decimal; unknown: number }>((config.sums ?? []).map((s) => [s, { total: ZERO, unknown: 0 }]));
  const skipped = { error: 0, ineligible: 0, undetermined: 0 };
  let count = 0;
  let ungrouped = 0;
  let amountUnknown = 0;
  let total = ZERO;

  const add = (row: EvalResult): void => {
    if (!rowCounted(row.status, include)) {
      if (row.status !== 'eligible') skipped[row.status]++;
      return;
    }
    count++;
    const amount = outputDecimal(row, amountField);
    if (amount === null) amountUnknown++;
    else total = total.plus(amount);
    if (config.groupBy !== undefined) {
      const key = outputString(row, config.groupBy);
      if (key === null) ungrouped++;
      else {
        const g = groups.get(key) ?? { count: 0, amount: ZERO };
        g.count++;
        if (amount !== null) g.amount = g.amount.plus(amount);
        groups.set(key, g);
      }
    }
    for (const [name, s] of sums) {
      const v = outputDecimal(row, name);
      if (v === null) s.unknown++;
      else s.total = s.total.plus(v);
    }
  };

  const summary = (): Json => {
    const byGroup: Record<string, Json> = {};
    for (const [k, g] of groups) byGroup[k] = { count: g.count, amount: formatMoney(g.amount) };
    const totals: Record<string, Json> = {};
    const unknownRows: Record<string, Json> = { amount: amountUnknown };
    for (const [name, s] of sums) {
      totals[name] = s.unknown > 0 ? null : formatMoney(s.total);
      unknownRows[name] = s.unknown;
    }
    return {
      count,
      totalAmount: amountUnknown > 0 ? null : formatMoney(total),
      ...(config.groupBy !== undefined ? { byGroup, ungrouped } : {}),
      totals,
      unknownRows,
      skipped,
    };
  };
  return { add, summary };
}

/**
 * `portfolio.totals`: counts and amounts of a batch of contracts, by group (e.g. new loans,
 * renewals, extensions), with totals of chosen money outputs (fees waived, subsidies).
 * Adds no row outputs.
 *
 * @example
 * // batch: [{ fn: 'portfolio.totals', config: { groupBy: 'kind', groups: ['new', 'renewal', 'extension'], sums: ['fee', 'waived', 'subsidy', 'payable'] } }]
 */
export const portfolioTotalsBatch: BatchFunction = {
  name: 'portfolio.totals',
  label: { zh: '业务汇总', en: 'Portfolio totals' },
  check: (config) => configIssues(PortfolioTotalsConfigSchema, config ?? {}),
  start: (raw) => {
    const tally = totalsTally(PortfolioTotalsConfigSchema.parse(raw ?? {}));
    return {
      add: (r) => tally.add(r),
      finish: () => ({ fn: 'portfolio.totals', label: portfolioTotalsBatch.label, values: tally.summary(), rowOutputs: new Map() }),
    };
  },
};
