import { z } from 'zod';
import type { BatchFunction } from '../../engine/batch';
import { formatDecimal, type Json } from '../../engine/output-type';
import type { EvalResult } from '../../engine/result';
import { Decimal, ZERO } from '../../models/decimal';
import { formatMoney } from '../../models/rounding';
import { NonNegativeDecimalStringSchema, ShareStringSchema } from '../decimal-input';
import { shareOf, weightedAverageRate, type ShareResult } from '../portfolio';
import { configIssues, outputBoolean, outputDecimal, RowFilterSchema, rowCounted } from './batch-rows';

const FIELD = z.string().min(1);

/**
 * Configuration of `portfolio.guarantees`: the portfolio targets (all optional), the rows
 * counted (default every evaluated row: the whole book, small firms or not) and the row
 * outputs read (defaults: `loanAmount`, `rate`, `smallMicroAgri`, `withinSmallLimit`).
 *
 * @example
 * GuaranteePortfolioConfigSchema.safeParse({ rateTarget: '0.01', smallMicroShareTarget: '0.8', smallLimitShareTarget: '0.5' }).success; // true
 * GuaranteePortfolioConfigSchema.safeParse({ smallMicroShareTarget: '1.2' }).success; // false (a share is between 0 and 1)
 */
export const GuaranteePortfolioConfigSchema = z.strictObject({
  rateTarget: NonNegativeDecimalStringSchema.optional(),
  smallMicroShareTarget: ShareStringSchema.optional(),
  smallLimitShareTarget: ShareStringSchema.optional(),
  include: RowFilterSchema.optional(),
  fields: z.strictObject({ amount: FIELD, rate: FIELD, smallMicroAgri: FIELD, withinSmallLimit: FIELD }).partial().optional(),
});

/**
 * `portfolio.guarantees` configuration as data.
 *
 * @example
 * const c: GuaranteePortfolioConfig = { rateTarget: '0.01' };
 */
export type GuaranteePortfolioConfig = z.infer<typeof GuaranteePortfolioConfigSchema>;

interface Entry {
  amount: Decimal;
  rate: Decimal | null;
  smallMicroAgri: boolean | null;
  withinSmallLimit: boolean | null;
}

const ratio = (d: Decimal): string => formatDecimal(d, 4, 10);

function shareJson(s: ShareResult | null, unknownRows: number): Json {
  if (!s) return { value: null, amount: '0.00', count: 0, of: '0.00', atLeast: null, meetsMinimum: null, unknownRows };
  return {
    value: ratio(s.value),
    amount: formatMoney(s.matchedAmount),
    count: s.matchedCount,
    of: formatMoney(s.totalAmount),
    atLeast: s.atLeast ? s.atLeast.toString() : null,
    meetsMinimum: unknownRows > 0 ? null : s.meetsMinimum,
    unknownRows,
  };
}

/**
 * The portfolio figures of a batch of guarantees (国办发〔2019〕6号): count and total amount;
 * the amount-weighted average fee rate against its target; the share by amount of 支小支农
 * guarantees, and among those the share of single guarantees up to 5,000,000. Every
 * comparison is exact. A row whose figure is unknown cannot be placed: it is counted in
 * `unknownRows` and the target's verdict is null (three-valued, never a guess).
 *
 * @example
 * summarizeGuarantees([{ policy: 'p', asOf: '2020-03-01', status: 'eligible', criteria: [], failed: [], missing: [],
 *   outputs: { loanAmount: '3000000.00', rate: '0.01', smallMicroAgri: true, withinSmallLimit: true } }], { rateTarget: '0.01' });
 * // { count: 1, errorRows: 0, totalAmount: '3000000.00', averageRate: { value: '0.0100', target: '0.01', withinTarget: true, unknownRows: 0 }, ... }
 */
export function summarizeGuarantees(rows: readonly EvalResult[], config: GuaranteePortfolioConfig): Json {
  const tally = guaranteeTally(config);
  for (const row of rows) tally.add(row);
  return tally.summary();
}

function guaranteeTally(config: GuaranteePortfolioConfig): { add: (row: EvalResult) => void; summary: () => Json } {
  const f = { amount: 'loanAmount', rate: 'rate', smallMicroAgri: 'smallMicroAgri', withinSmallLimit: 'withinSmallLimit', ...config.fields };
  const include = config.include ?? 'all';
  const entries: Entry[] = [];
  let errorRows = 0;
  let count = 0;
  let unknownAmount = 0;
  const add = (row: EvalResult): void => {
    if (row.status === 'error') errorRows++;
    if (!rowCounted(row.status, include)) return;
    count++;
    const amount = outputDecimal(row, f.amount);
    if (amount === null) unknownAmount++;
    else entries.push({ amount, rate: outputDecimal(row, f.rate), smallMicroAgri: outputBoolean(row, f.smallMicroAgri), withinSmallLimit: outputBoolean(row, f.withinSmallLimit) });
  };
  return { add, summary: () => summarize(entries, { count, errorRows, unknownAmount }, config) };
}

function summarize(entries: readonly Entry[], n: { count: number; errorRows: number; unknownAmount: number }, config: GuaranteePortfolioConfig): Json {
  const { count, errorRows, unknownAmount } = n;
  const totalAmount = entries.reduce((s, e) => s.plus(e.amount), ZERO);

  const rated = entries.filter((e) => e.rate !== null).map((e) => ({ amount: e.amount, rate: e.rate as Decimal }));
  const rateUnknown = unknownAmount + entries.length - rated.length;
  const avg = weightedAverageRate(rated, config.rateTarget === undefined ? {} : { maxAverageRate: config.rateTarget });
  const averageRate = {
    value: avg ? ratio(avg.value) : null,
    target: config.rateTarget ?? null,
    withinTarget: avg && rateUnknown === 0 ? avg.withinTarget : null,
    unknownRows: rateUnknown,
  };

  const flagged = entries.filter((e) => e.smallMicroAgri !== null);
  const smallUnknown = unknownAmount + entries.length - flagged.length;
  const smallMicro = shareOf(flagged, (e) => e.smallMicroAgri === true, config.smallMicroShareTarget === undefined ? {} : { atLeast: config.smallMicroShareTarget });
  const ofSmall = flagged.filter((e) => e.smallMicroAgri === true);
  const limited = ofSmall.filter((e) => e.withinSmallLimit !== null);
  const limitUnknown = smallUnknown + ofSmall.length - limited.length;
  const withinLimit = shareOf(limited, (e) => e.withinSmallLimit === true, config.smallLimitShareTarget === undefined ? {} : { atLeast: config.smallLimitShareTarget });

  return {
    count,
    errorRows,
    totalAmount: formatMoney(totalAmount),
    averageRate,
    smallMicroAgriShare: shareJson(smallMicro, smallUnknown),
    smallLimitShare: shareJson(withinLimit, limitUnknown),
  };
}

/**
 * `portfolio.guarantees`: the batch summary of {@link summarizeGuarantees}, for
 * `batch: [{ fn: 'portfolio.guarantees', config }]` in a guarantee policy. Adds no row
 * outputs.
 *
 * @example
 * const { summaries } = evaluateBatch(compile(govGuaranteeFee2019), guarantees, { asOf: '2020-03-01' });
 * summaries[0]?.values; // { count, totalAmount, averageRate, smallMicroAgriShare, smallLimitShare, ... }
 */
export const guaranteePortfolioBatch: BatchFunction = {
  name: 'portfolio.guarantees',
  label: { zh: '担保组合指标', en: 'Guarantee portfolio targets' },
  check: (config) => configIssues(GuaranteePortfolioConfigSchema, config ?? {}),
  start: (raw) => {
    const tally = guaranteeTally(GuaranteePortfolioConfigSchema.parse(raw ?? {}));
    return {
      add: (r) => tally.add(r),
      finish: () => ({ fn: 'portfolio.guarantees', label: guaranteePortfolioBatch.label, values: tally.summary(), rowOutputs: new Map() }),
    };
  },
};
