/**
 * `cn.hnte.2016` written by hand with decimal.js (the project's Decimal, precision 40):
 * what a careful developer writes without zone-policy. It reads the records parsed by the
 * Enterprise model (money already Decimals) and answers eligible/ineligible, stopping at
 * the first failed criterion. Ratios are divided as the text states them; at 40
 * significant digits a quotient of two amounts below 1e20 yuan (at the fen) cannot round
 * across a threshold, so the comparisons are exact.
 *
 * @module
 */
import { Decimal, ZERO } from '../../src/models/decimal';
import type { Enterprise } from '../../src/models/enterprise';
import type { FinancialYear } from '../../src/models/financial-year';
import { asOfContext, majorIncidentInYear, registeredOneYear, windowStart, type AsOfContext, type Verdict } from './as-of';

const P10 = new Decimal('0.10');
const P60 = new Decimal('0.60');
const SALES_50M = new Decimal('50000000');
const SALES_200M = new Decimal('200000000');
const T5 = new Decimal('0.05');
const T4 = new Decimal('0.04');
const T3 = new Decimal('0.03');
const PASS_MARK = new Decimal('70');

function yearOf(e: Enterprise, year: number): FinancialYear {
  for (const f of e.financials ?? []) if (f.year === year) return f;
  throw new Error(`${e.id}: financials[${year}] absent (the benchmark gives complete records)`);
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`${what} absent (the benchmark gives complete records)`);
  return v;
}

/**
 * The HNTE 2016 verdict of a complete parsed enterprise.
 *
 * @example
 * hnteDecimal(parsedFirm, asOfContext('2020-06-01')); // 'eligible'
 */
export function hnteDecimal(e: Enterprise, c: AsOfContext): Verdict {
  const registeredOn = need(e.registeredOn, 'registeredOn');
  if (!registeredOneYear(registeredOn, c)) return 'ineligible';
  if (e.ip?.ownsCoreIp !== true || e.inKeyTechField !== true) return 'ineligible';
  const employees = need(e.employees, 'employees');
  if (employees === 0 || new Decimal(need(e.stStaff, 'stStaff')).div(employees).lt(P10)) return 'ineligible';
  const start = windowStart(registeredOn, c);
  let rd = ZERO;
  let domestic = ZERO;
  let sales = ZERO;
  for (let year = start; year <= c.y - 1; year++) {
    const f = yearOf(e, year);
    rd = rd.plus(need(f.rdExpense, 'rdExpense'));
    domestic = domestic.plus(need(f.rdExpenseDomestic, 'rdExpenseDomestic'));
    sales = sales.plus(need(f.salesRevenue, 'salesRevenue'));
  }
  const last = start <= c.y - 1 ? need(yearOf(e, c.y - 1).salesRevenue, 'salesRevenue') : ZERO;
  const threshold = last.lte(SALES_50M) ? T5 : last.lte(SALES_200M) ? T4 : T3;
  if (sales.isZero() || rd.div(sales).lt(threshold)) return 'ineligible';
  if (rd.isZero() || domestic.div(rd).lt(P60)) return 'ineligible';
  const lastYear = yearOf(e, c.y - 1);
  const total = need(lastYear.totalRevenue, 'totalRevenue');
  if (total.isZero() || need(lastYear.hiTechRevenue, 'hiTechRevenue').div(total).lt(P60)) return 'ineligible';
  if (!need(e.innovationScore, 'innovationScore').gt(PASS_MARK)) return 'ineligible';
  return majorIncidentInYear(need(e.incidents, 'incidents'), c) ? 'ineligible' : 'eligible';
}

/**
 * A prepared run of {@link hnteDecimal} over parsed enterprises.
 *
 * @example
 * const run = decimalRunner(parsed, '2020-06-01'); run(out); // out[i] is each verdict
 */
export function decimalRunner(inputs: readonly Enterprise[], asOf: string): (out: string[]) => void {
  const c = asOfContext(asOf);
  return (out) => {
    for (let i = 0; i < inputs.length; i++) out[i] = hnteDecimal(inputs[i] as Enterprise, c);
  };
}
