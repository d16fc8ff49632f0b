import { z } from 'zod';
import { Decimal } from '../models/decimal';
import { MoneyStringSchema, fenAmount } from './decimal-input';

/**
 * Serialisable configuration of a budget (money as a string).
 *
 * @example
 * BudgetConfigSchema.parse({ budget: '16500000' }); // { budget: '16500000' }
 */
export const BudgetConfigSchema = z.strictObject({ budget: MoneyStringSchema });

/**
 * A budget as JSON data.
 *
 * @example
 * const b: BudgetConfig = { budget: '16500000' };
 */
export type BudgetConfig = z.infer<typeof BudgetConfigSchema>;

/**
 * The result of {@link allocateBudget}. `allocations` are in input order, at the fen, and
 * sum exactly to `allocated = min(budget, total)`. `factor` is `budget / total` (1 when
 * not scaled) to 40 significant digits, for the trace only: shares are computed exactly.
 * `leftoverFen` is the number of fen handed out by largest remainder, `receivedLeftover`
 * marks who got one.
 *
 * @example
 * const r: BudgetAllocation = allocateBudget([new Decimal(100)], new Decimal(50));
 * r.allocations[0]?.toFixed(2); // '50.00'
 */
export interface BudgetAllocation {
  readonly allocations: readonly Decimal[];
  readonly total: Decimal;
  readonly budget: Decimal;
  readonly allocated: Decimal;
  readonly scaled: boolean;
  readonly factor: Decimal;
  readonly leftoverFen: number;
  readonly receivedLeftover: readonly boolean[];
}

const toFenInt = (x: Decimal): bigint => BigInt(x.times(100).toFixed(0));
const fromFenInt = (n: bigint): Decimal => new Decimal(n.toString()).div(100);

/**
 * Shares a budget among awards (money at the fen, >= 0). If the total fits, everyone gets
 * their award. Otherwise each gets `award x budget / total` truncated to the fen, and the
 * fen left over go one by one to the largest truncated remainders (ties: input order).
 * Guarantees: the sum is exactly `min(budget, total)`; no one gets more than their award;
 * a larger award never gets a smaller share. Computed in integer fen, so it is exact.
 *
 * @example
 * allocateBudget([new Decimal(100), new Decimal(200), new Decimal(300)], new Decimal(300)).allocations.map((a) => a.toFixed(2));
 * // ['50.00', '100.00', '150.00']
 * allocateBudget([new Decimal(1), new Decimal(1), new Decimal(1)], new Decimal(2)).allocations.map((a) => a.toFixed(2));
 * // ['0.67', '0.67', '0.66']  (leftover 2 fen to the first two: equal remainders, input order)
 */
export function allocateBudget(awards: readonly Decimal[], budget: Decimal): BudgetAllocation {
  const budgetFen = toFenInt(fenAmount(budget, 'budget'));
  const fen = awards.map((a, i) => toFenInt(fenAmount(a, `awards[${i}]`)));
  const totalFen = fen.reduce((s, a) => s + a, 0n);
  const total = fromFenInt(totalFen);
  if (totalFen <= budgetFen) {
    return {
      allocations: awards.map((a) => fenAmount(a)),
      total,
      budget: fromFenInt(budgetFen),
      allocated: total,
      scaled: false,
      factor: new Decimal(1),
      leftoverFen: 0,
      receivedLeftover: awards.map(() => false),
    };
  }
  const shares = fen.map((a) => (a * budgetFen) / totalFen); // bigint division truncates
  const remainders = fen.map((a, i) => a * budgetFen - (shares[i] as bigint) * totalFen);
  const leftover = budgetFen - shares.reduce((s, a) => s + a, 0n); // < awards.length
  const byRemainder = remainders
    .map((r, i) => ({ r, i }))
    .sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  const receivedLeftover = awards.map(() => false);
  for (const { i } of byRemainder.slice(0, Number(leftover))) {
    shares[i] = (shares[i] as bigint) + 1n;
    receivedLeftover[i] = true;
  }
  return {
    allocations: shares.map(fromFenInt),
    total,
    budget: fromFenInt(budgetFen),
    allocated: fromFenInt(budgetFen),
    scaled: true,
    factor: fromFenInt(budgetFen).div(total), // total > budget >= 0 here
    leftoverFen: Number(leftover),
    receivedLeftover,
  };
}
