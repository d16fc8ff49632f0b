import { z } from 'zod';
import { integerSchema } from './count';
import { fact } from './fact';
import { MoneySchema, SignedMoneySchema } from './money';

/**
 * A fiscal (calendar) year, 1900..2200.
 *
 * @example
 * FiscalYearSchema.parse('2019'); // 2019
 */
export const FiscalYearSchema = /*@__PURE__*/ integerSchema({
  what: 'year',
  min: 1900,
  max: 2200,
  description: 'fiscal (calendar) year',
});

/**
 * One fiscal year's figures, in yuan. `year` is required (it keys the row); every figure
 * is an optional fact (absent or null = unknown). All are non-negative except `netAssets`.
 *
 * @example
 * FinancialYearSchema.parse({ year: 2019, salesRevenue: '30000000' }).salesRevenue?.toString(); // '30000000'
 */
export const FinancialYearSchema = /*@__PURE__*/ z.strictObject({
  year: FiscalYearSchema,
  salesRevenue: fact(MoneySchema),
  totalRevenue: fact(MoneySchema),
  rdExpense: fact(MoneySchema),
  rdExpenseDomestic: fact(MoneySchema),
  hiTechRevenue: fact(MoneySchema),
  netAssets: fact(SignedMoneySchema),
  costsAndExpenses: fact(MoneySchema),
});

/**
 * A parsed fiscal year.
 *
 * @example
 * const fy: FinancialYear = { year: 2019 };
 */
export type FinancialYear = z.output<typeof FinancialYearSchema>;

/**
 * An enterprise's financial years, in any order, each year at most once: a duplicate is
 * reported at its `year` ("duplicate year 2019, already given at financials[0]").
 *
 * @example
 * FinancialsSchema.safeParse([{ year: 2019 }, { year: 2019 }]).success; // false
 */
export const FinancialsSchema = /*@__PURE__*/ z.array(FinancialYearSchema).superRefine((rows, ctx) => {
  const seen = new Map<number, number>();
  rows.forEach((row, i) => {
    const first = seen.get(row.year);
    if (first === undefined) seen.set(row.year, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [i, 'year'],
        message: `duplicate year ${row.year}, already given at financials[${first}]`,
        input: row.year,
      });
  });
});
