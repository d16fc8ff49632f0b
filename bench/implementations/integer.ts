/**
 * `cn.hnte.2016` written by hand over exact integers: money in fen, the score in
 * hundredths, every ratio test cross-multiplied (`rd * 100 >= 5 * sales` for "R&D / sales
 * >= 0.05"), so no division and no rounding. This is the speed limit of the benchmark:
 * nothing a rules engine can do is cheaper. Exact while every amount is at most
 * {@link MAX_FEN} (10^13 fen, 100 billion yuan): window sums times 100 stay below 2^53.
 *
 * @module
 */
import type { Decimal } from '../../src/models/decimal';
import type { Enterprise } from '../../src/models/enterprise';
import { asOfContext, majorIncidentInYear, registeredOneYear, windowStart, type AsOfContext, type Verdict } from './as-of';

/** The largest amount the integer function accepts, in fen. */
export const MAX_FEN = 1e13;

/** A fiscal year's figures in fen. */
export interface FenYear {
  year: number;
  sales: number;
  total: number;
  rd: number;
  rdDomestic: number;
  hiTech: number;
}

/**
 * The input of the integer function: a complete firm in whole numbers.
 *
 * @example
 * const f: FenFirm = toFenFirm(parsedFirm); // f.years[0].sales === 4000000000 (40,000,000.00 yuan)
 */
export interface FenFirm {
  registeredOn: string;
  employees: number;
  stStaff: number;
  years: FenYear[];
  ownsCoreIp: boolean;
  inKeyTechField: boolean;
  scoreHundredths: number;
  incidents: readonly { kind: string; date: string }[];
}

/** `d * 10^places` as a safe integer, or an error (the benchmark gives at most 2 decimals). */
function scaled(d: Decimal | undefined, places: number, what: string): number {
  if (d === undefined) throw new Error(`${what} absent (the benchmark gives complete records)`);
  const n = d.times(10 ** places);
  if (!n.isInteger() || n.abs().gt(MAX_FEN)) throw new Error(`${what} ${d.toString()} is not a whole number of 1/${10 ** places} within ${MAX_FEN}`);
  return n.toNumber();
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`${what} absent (the benchmark gives complete records)`);
  return v;
}

/**
 * Converts a parsed enterprise to whole numbers (done before timing, like parsing).
 *
 * @example
 * toFenFirm(parsedFirm).scoreHundredths; // 7800 for a score of 78
 */
export function toFenFirm(e: Enterprise): FenFirm {
  return {
    registeredOn: need(e.registeredOn, 'registeredOn'),
    employees: need(e.employees, 'employees'),
    stStaff: need(e.stStaff, 'stStaff'),
    years: need(e.financials, 'financials').map((f) => ({
      year: f.year, sales: scaled(f.salesRevenue, 2, 'salesRevenue'), total: scaled(f.totalRevenue, 2, 'totalRevenue'),
      rd: scaled(f.rdExpense, 2, 'rdExpense'), rdDomestic: scaled(f.rdExpenseDomestic, 2, 'rdExpenseDomestic'), hiTech: scaled(f.hiTechRevenue, 2, 'hiTechRevenue'),
    })),
    ownsCoreIp: need(e.ip?.ownsCoreIp, 'ip.ownsCoreIp'),
    inKeyTechField: need(e.inKeyTechField, 'inKeyTechField'),
    scoreHundredths: scaled(e.innovationScore, 2, 'innovationScore'),
    incidents: need(e.incidents, 'incidents'),
  };
}

function yearOf(f: FenFirm, year: number): FenYear {
  for (const y of f.years) if (y.year === year) return y;
  throw new Error(`financials[${year}] absent (the benchmark gives complete records)`);
}

/** 5_000_000_000 fen = 50,000,000 yuan; 20_000_000_000 fen = 200,000,000 yuan. */
const SALES_50M = 5_000_000_000;
const SALES_200M = 20_000_000_000;

/**
 * The HNTE 2016 verdict of a complete firm in whole numbers.
 *
 * @example
 * hnteInteger(toFenFirm(parsedFirm), asOfContext('2020-06-01')); // 'eligible'
 */
export function hnteInteger(f: FenFirm, c: AsOfContext): Verdict {
  if (!registeredOneYear(f.registeredOn, c) || !f.ownsCoreIp || !f.inKeyTechField) return 'ineligible';
  if (f.employees === 0 || f.stStaff * 10 < f.employees) return 'ineligible'; // stStaff / employees >= 0.10
  const start = windowStart(f.registeredOn, c);
  let rd = 0;
  let domestic = 0;
  let sales = 0;
  for (let year = start; year <= c.y - 1; year++) {
    const y = yearOf(f, year);
    rd += y.rd;
    domestic += y.rdDomestic;
    sales += y.sales;
  }
  const last = start <= c.y - 1 ? yearOf(f, c.y - 1).sales : 0;
  const percent = last <= SALES_50M ? 5 : last <= SALES_200M ? 4 : 3;
  if (sales === 0 || rd * 100 < percent * sales) return 'ineligible'; // rd / sales >= percent / 100
  if (rd === 0 || domestic * 10 < rd * 6) return 'ineligible'; // domestic / rd >= 0.60
  const lastYear = yearOf(f, c.y - 1);
  if (lastYear.total === 0 || lastYear.hiTech * 10 < lastYear.total * 6) return 'ineligible'; // hiTech / total >= 0.60
  if (f.scoreHundredths <= 7000) return 'ineligible'; // score > 70
  return majorIncidentInYear(f.incidents, c) ? 'ineligible' : 'eligible';
}

/**
 * A prepared run of {@link hnteInteger}.
 *
 * @example
 * const run = integerRunner(firms, '2020-06-01'); run(out);
 */
export function integerRunner(inputs: readonly FenFirm[], asOf: string): (out: string[]) => void {
  const c = asOfContext(asOf);
  return (out) => {
    for (let i = 0; i < inputs.length; i++) out[i] = hnteInteger(inputs[i] as FenFirm, c);
  };
}
