import { z } from 'zod';
import type { BatchFunction } from '../../engine/batch';
import { formatDecimal, type Json } from '../../engine/output-type';
import type { EvalResult } from '../../engine/result';
import { Decimal, ZERO } from '../../models/decimal';
import { formatMoney } from '../../models/rounding';
import { allocateBudget } from '../budget-allocation';
import { MoneyStringSchema } from '../decimal-input';
import { configIssues, outputDecimal } from './batch-rows';

const FIELD = z.string().min(1);

/**
 * Configuration of `budget.allocate`: the budget (yuan, at the fen; the run option
 * `budget` overrides it), the row output holding each award (default `award`) and the row
 * output written with each share (default `allocated`).
 *
 * @example
 * BudgetAllocateConfigSchema.safeParse({ budget: '16500000' }).success; // true
 * BudgetAllocateConfigSchema.safeParse({ budget: '16500000.001' }).success; // false (money has at most two decimals)
 */
export const BudgetAllocateConfigSchema = z.strictObject({
  budget: MoneyStringSchema,
  award: FIELD.optional(),
  allocated: FIELD.optional(),
});

/**
 * `budget.allocate` configuration as data.
 *
 * @example
 * const c: BudgetAllocateConfig = { budget: '16500000' };
 */
export type BudgetAllocateConfig = z.infer<typeof BudgetAllocateConfigSchema>;

/**
 * The budget of a run: the run option `budget` when given (money in yuan, at most two
 * decimals), else the configured one. A malformed option is a RangeError (a usage error,
 * reported before any row is evaluated).
 *
 * @example
 * runBudget({ budget: '16500000' }, { budget: '1000000.50' }).toFixed(2); // '1000000.50'
 * runBudget({ budget: '16500000' }, {}).toFixed(2); // '16500000.00'
 */
export function runBudget(config: BudgetAllocateConfig, options: Readonly<Record<string, string>>): Decimal {
  const raw = Object.prototype.hasOwnProperty.call(options, 'budget') ? options['budget'] : undefined;
  if (raw === undefined) return new Decimal(config.budget);
  if (!MoneyStringSchema.safeParse(raw).success) throw new RangeError(`budget must be money in yuan with at most two decimals, e.g. 16500000, got ${JSON.stringify(raw)}`);
  return new Decimal(raw);
}

/**
 * `budget.allocate`: shares a budget among the eligible rows' awards (an approved
 * application's award): everyone gets their award when the total fits; otherwise shares
 * are scaled by budget/total, truncated to the fen, and the leftover fen go to the largest
 * remainders (ties: input order), so they add up to the budget exactly and none exceeds
 * its award. Adds the output `allocated` to every row that is not an error: the share for
 * eligible rows, 0.00 for ineligible ones, null for undetermined ones (not decided, so not
 * funded in this run; the summary counts them as `pending`).
 *
 * @example
 * const { rows, summaries } = evaluateBatch(compile(ankangAwards2019), applications, { asOf: '2020-04-20', batch: { budget: '16500000' } });
 * rows[0]?.outputs['allocated']; // '1000000.00'
 * summaries[0]?.values; // { budget: '16500000.00', totalApproved: '...', allocated: '...', scaled: false, recipients: 98, ... }
 */
export const budgetAllocateBatch: BatchFunction = {
  name: 'budget.allocate',
  label: { zh: '预算分配', en: 'Budget allocation' },
  check: (config) => configIssues(BudgetAllocateConfigSchema, config),
  start: (raw, options) => {
    const config = BudgetAllocateConfigSchema.parse(raw);
    const budget = runBudget(config, options);
    const awardField = config.award ?? 'award';
    const allocatedField = config.allocated ?? 'allocated';
    const funded: { index: number; award: Decimal }[] = [];
    const others: { index: number; value: Json }[] = [];
    const counts = { eligible: 0, ineligible: 0, pending: 0, errors: 0 };
    return {
      add: (row: EvalResult, index: number) => {
        if (row.status === 'error') counts.errors++;
        else if (row.status === 'ineligible') {
          counts.ineligible++;
          others.push({ index, value: formatMoney(ZERO) });
        } else if (row.status === 'undetermined') {
          counts.pending++;
          others.push({ index, value: null });
        } else {
          const award = outputDecimal(row, awardField);
          if (award === null) throw new TypeError(`budget.allocate: eligible row ${row.id ?? index} has no ${awardField}`);
          counts.eligible++;
          funded.push({ index, award });
        }
      },
      finish: () => {
        const a = allocateBudget(funded.map((f) => f.award), budget);
        const rowOutputs = new Map<number, Record<string, Json>>();
        funded.forEach((f, i) => rowOutputs.set(f.index, { [allocatedField]: formatMoney(a.allocations[i] as Decimal) }));
        for (const o of others) rowOutputs.set(o.index, { [allocatedField]: o.value });
        const values: Json = {
          budget: formatMoney(a.budget),
          totalApproved: formatMoney(a.total),
          allocated: formatMoney(a.allocated),
          unallocated: formatMoney(a.budget.minus(a.allocated)),
          scaled: a.scaled,
          factor: formatDecimal(a.factor, 0, 10),
          leftoverFen: a.leftoverFen,
          recipients: a.allocations.filter((x) => x.gt(0)).length,
          ...counts,
        };
        return { fn: 'budget.allocate', label: budgetAllocateBatch.label, values, rowOutputs };
      },
    };
  },
};
