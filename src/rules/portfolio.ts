import { z } from 'zod';
import { Decimal, ZERO } from '../models/decimal';
import { NonNegativeDecimalStringSchema, ShareStringSchema, nonNegative, type DecimalLike } from './decimal-input';

/**
 * Serialisable portfolio targets of a policy: the highest amount-weighted average fee rate
 * and the lowest shares by amount (e.g. 支小支农 >= 0.8).
 *
 * @example
 * PortfolioTargetConfigSchema.safeParse({ maxAverageRate: '0.01', minShares: { smallAndAgri: '0.8' } }).success; // true
 * PortfolioTargetConfigSchema.safeParse({ maxAverageRate: '-0.01' }).success; // false (a rate is non-negative)
 */
export const PortfolioTargetConfigSchema = z.strictObject({
  maxAverageRate: NonNegativeDecimalStringSchema.optional(),
  minShares: z.record(z.string(), ShareStringSchema).optional(),
});

/**
 * Portfolio targets as JSON data.
 *
 * @example
 * const t: PortfolioTargetConfig = { maxAverageRate: '0.01' };
 */
export type PortfolioTargetConfig = z.infer<typeof PortfolioTargetConfigSchema>;

/**
 * The amount-weighted average rate of a batch, with the exact comparison to its target.
 * `value` is `weightedSum / totalAmount` to 40 significant digits; `withinTarget` is decided
 * without division (`weightedSum <= target x totalAmount`), so it is exact.
 *
 * @example
 * const r: WeightedRateResult | null = weightedAverageRate([{ amount: new Decimal(1), rate: new Decimal('0.01') }]);
 */
export interface WeightedRateResult {
  readonly value: Decimal;
  readonly weightedSum: Decimal;
  readonly totalAmount: Decimal;
  readonly count: number;
  readonly target: Decimal | null;
  /** `value <= target`, or null when no target was given. */
  readonly withinTarget: boolean | null;
}

/**
 * Amount-weighted average rate: `sum(amount x rate) / sum(amount)`. An empty batch (or one
 * whose amounts are all zero) has no average: the result is `null`, never NaN.
 *
 * @example
 * const r = weightedAverageRate(
 *   [{ amount: new Decimal('3000000'), rate: new Decimal('0.01') }, { amount: new Decimal('1000000'), rate: new Decimal('0.005') }],
 *   { maxAverageRate: '0.01' },
 * );
 * r?.value.toString(); // '0.00875'
 * r?.withinTarget; // true
 * weightedAverageRate([]); // null
 */
export function weightedAverageRate<T extends { readonly amount: Decimal; readonly rate: Decimal }>(
  batch: readonly T[],
  options: { readonly maxAverageRate?: DecimalLike } = {},
): WeightedRateResult | null {
  let weightedSum = ZERO;
  let totalAmount = ZERO;
  for (const item of batch) {
    const amount = nonNegative(item.amount, 'amount');
    weightedSum = weightedSum.plus(amount.times(nonNegative(item.rate, 'rate')));
    totalAmount = totalAmount.plus(amount);
  }
  if (totalAmount.isZero()) return null;
  const target = options.maxAverageRate === undefined ? null : nonNegative(options.maxAverageRate, 'maxAverageRate');
  return {
    value: weightedSum.div(totalAmount),
    weightedSum,
    totalAmount,
    count: batch.length,
    target,
    withinTarget: target === null ? null : weightedSum.lte(target.times(totalAmount)),
  };
}

/**
 * The share by amount of the items matching a predicate, with the exact comparison to a
 * minimum. `value` is `matchedAmount / totalAmount` to 40 significant digits;
 * `meetsMinimum` is decided as `matchedAmount >= atLeast x totalAmount`, exactly.
 *
 * @example
 * const s: ShareResult | null = shareOf([{ amount: new Decimal(1) }], () => true);
 */
export interface ShareResult {
  readonly value: Decimal;
  readonly matchedAmount: Decimal;
  readonly totalAmount: Decimal;
  readonly matchedCount: number;
  readonly count: number;
  readonly atLeast: Decimal | null;
  /** `value >= atLeast`, or null when no minimum was given. */
  readonly meetsMinimum: boolean | null;
}

/**
 * Share by amount of the batch items for which `predicate` holds (e.g. "支小支农 >= 80%").
 * An empty batch (or zero total amount) has no share: `null`. For a share of a share
 * ("those <= 5,000,000 are >= 50% of that"), filter the batch first.
 *
 * @example
 * const batch = [{ amount: new Decimal('4000000'), agri: true }, { amount: new Decimal('1000000'), agri: false }];
 * shareOf(batch, (g) => g.agri, { atLeast: '0.8' });
 * // { value: 0.8, matchedAmount: 4000000, totalAmount: 5000000, matchedCount: 1, count: 2, atLeast: 0.8, meetsMinimum: true }
 */
export function shareOf<T extends { readonly amount: Decimal }>(
  batch: readonly T[],
  predicate: (item: T, index: number) => boolean,
  options: { readonly atLeast?: DecimalLike } = {},
): ShareResult | null {
  let matchedAmount = ZERO;
  let totalAmount = ZERO;
  let matchedCount = 0;
  batch.forEach((item, i) => {
    const amount = nonNegative(item.amount, 'amount');
    totalAmount = totalAmount.plus(amount);
    if (predicate(item, i)) {
      matchedAmount = matchedAmount.plus(amount);
      matchedCount += 1;
    }
  });
  if (totalAmount.isZero()) return null;
  const atLeast = options.atLeast === undefined ? null : nonNegative(options.atLeast, 'atLeast');
  return {
    value: matchedAmount.div(totalAmount),
    matchedAmount,
    totalAmount,
    matchedCount,
    count: batch.length,
    atLeast,
    meetsMinimum: atLeast === null ? null : matchedAmount.gte(atLeast.times(totalAmount)),
  };
}
