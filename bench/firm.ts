/**
 * A benchmark firm as exact integers (money in fen, scores in hundredths) and its raw JSON
 * record for the Enterprise model: money as decimal strings in yuan, the score as a JSON
 * number. Integers keep the generator exact; the record is what a user would send.
 *
 * @module
 */
import { plusDays } from '../src/models/plain-date';
import type { Random } from './random';

/** One fiscal year's figures in fen (netAssets may be negative). */
export interface YearFen {
  year: number;
  sales: number;
  total: number;
  rd: number;
  rdDomestic: number;
  hiTech: number;
  netAssets: number;
  costs: number;
}

/** Incident kinds of the Enterprise model. */
export type IncidentKind = 'safety' | 'quality' | 'environmental' | 'dishonesty';

/**
 * A firm as the generator builds it: `years` are Y-3, Y-2, Y-1 in that order.
 *
 * @example
 * const f: FirmSpec = passingFirm(random(1), 2020); // f.years.length === 3
 */
export interface FirmSpec {
  registeredOn: string;
  employees: number;
  stStaff: number;
  years: [YearFen, YearFen, YearFen];
  ownsCoreIp: boolean;
  inKeyTechField: boolean;
  /** The innovation total in hundredths (7050 = 70.5). */
  scoreHundredths: number;
  incidents: { kind: IncidentKind; date: string }[];
}

/** A raw financial year as JSON (money in yuan, decimal strings). */
export interface RawYear {
  year: number;
  salesRevenue: string;
  totalRevenue: string;
  rdExpense: string;
  rdExpenseDomestic: string;
  hiTechRevenue: string;
  netAssets: string;
  costsAndExpenses: string;
}

/**
 * A raw enterprise record as JSON, valid for `MODELS.enterprise`.
 *
 * @example
 * const raw: RawFirm = toRaw('B1', passingFirm(random(1), 2020)); // raw.financials[2].year === 2019
 */
export interface RawFirm {
  id: string;
  registeredOn: string;
  employees: number;
  stStaff: number;
  financials: RawYear[];
  ip: { ownsCoreIp: boolean; classI: number; classII: number };
  inKeyTechField: boolean;
  innovationScore: number;
  incidents: { kind: IncidentKind; date: string }[];
}

/**
 * Fen as a yuan decimal string.
 *
 * @example
 * yuan(5000000001); // '50000000.01'
 * yuan(-5); // '-0.05'
 */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** `x * f` rounded to a whole number (a count or fen amount derived by the generator). */
export const scale = (x: number, f: number): number => Math.round(x * f);

const uniform = (r: Random, lo: number, hi: number): number => lo + (hi - lo) * r.next();

function year(r: Random, y: number, sales: number, rdRatio: number, domestic: number, hiTech: number): YearFen {
  const total = sales + scale(sales, uniform(r, 0, 0.15));
  const rd = scale(sales, rdRatio * uniform(r, 0.9, 1.1));
  return {
    year: y, sales, total, rd, rdDomestic: scale(rd, domestic), hiTech: scale(total, hiTech),
    netAssets: scale(sales, uniform(r, -0.05, 0.6)), costs: scale(sales, uniform(r, 0.7, 1)),
  };
}

/** The ratios a firm is drawn around. */
interface Profile { staff: [number, number]; rd: [number, number]; domestic: [number, number]; hiTech: [number, number]; score: [number, number] }

const TYPICAL: Profile = { staff: [0.07, 0.4], rd: [0.025, 0.12], domestic: [0.5, 1], hiTech: [0.5, 0.98], score: [600, 950] };
const PASSING: Profile = { staff: [0.15, 0.4], rd: [0.065, 0.12], domestic: [0.75, 1], hiTech: [0.7, 0.98], score: [750, 950] };

function draw(r: Random, y: number, p: Profile, registeredOn: string, incidents: FirmSpec['incidents']): FirmSpec {
  const employees = r.int(10, 1500);
  const last = Math.round(Math.exp(uniform(r, Math.log(2e8), Math.log(8e10)))); // 2M..800M yuan, in fen
  const rd = uniform(r, ...p.rd);
  const domestic = uniform(r, ...p.domestic);
  const hiTech = uniform(r, ...p.hiTech);
  const sales = [scale(last, uniform(r, 0.6, 1.1)), scale(last, uniform(r, 0.7, 1.1)), last];
  return {
    registeredOn,
    employees,
    stStaff: scale(employees, uniform(r, ...p.staff)),
    years: [0, 1, 2].map((i) => year(r, y - 3 + i, sales[i] as number, rd, domestic, hiTech)) as FirmSpec['years'],
    ownsCoreIp: p === PASSING || r.chance(0.95),
    inKeyTechField: p === PASSING || r.chance(0.95),
    scoreHundredths: r.int(...p.score) * 10,
    incidents,
  };
}

/**
 * A firm drawn broadly: registered 2000..Y-1 (so some are too young and some have a short
 * R&D window), each criterion passing for most firms; incidents on about one firm in seven.
 *
 * @example
 * typicalFirm(random(1), 2020).years[2].year; // 2019
 */
export function typicalFirm(r: Random, y: number): FirmSpec {
  const registeredOn = plusDays(`${r.int(2000, y - 1)}-01-01`, r.int(0, 364));
  const kinds: IncidentKind[] = ['safety', 'quality', 'environmental', 'dishonesty'];
  const incidents = r.chance(0.86) ? [] : Array.from({ length: r.int(1, 2) }, () => ({ kind: r.pick(kinds), date: plusDays(`${y - 2}-01-01`, r.int(0, 1000)) }));
  return draw(r, y, TYPICAL, registeredOn, incidents);
}

/**
 * A firm passing every criterion with room to spare (registered before Y-3, no incident):
 * the base of the boundary cases, which then move one figure to a threshold.
 *
 * @example
 * passingFirm(random(1), 2020).incidents; // []
 */
export function passingFirm(r: Random, y: number): FirmSpec {
  return draw(r, y, PASSING, plusDays(`${r.int(2000, y - 4)}-01-01`, r.int(0, 364)), []);
}

/**
 * The raw JSON record of a firm.
 *
 * @example
 * toRaw('E1', passingFirm(random(1), 2020)).financials.length; // 3
 */
export function toRaw(id: string, f: FirmSpec): RawFirm {
  return {
    id,
    registeredOn: f.registeredOn,
    employees: f.employees,
    stStaff: f.stStaff,
    financials: f.years.map((y) => ({
      year: y.year, salesRevenue: yuan(y.sales), totalRevenue: yuan(y.total), rdExpense: yuan(y.rd), rdExpenseDomestic: yuan(y.rdDomestic),
      hiTechRevenue: yuan(y.hiTech), netAssets: yuan(y.netAssets), costsAndExpenses: yuan(y.costs),
    })),
    ip: { ownsCoreIp: f.ownsCoreIp, classI: f.ownsCoreIp ? 1 : 0, classII: 3 },
    inKeyTechField: f.inKeyTechField,
    innovationScore: f.scoreHundredths / 100,
    incidents: f.incidents,
  };
}
