/**
 * The boundary cases of the benchmark population: a firm passing everything, with one
 * figure moved exactly onto a threshold of DOMAIN.md §2 (or one fen, one person, one day
 * beside it), or onto a zero denominator. These are the records where float arithmetic
 * (json-rules-engine) can go wrong and exact arithmetic must not; the generator does not
 * decide the expected status: the implementations must agree with the policy on it.
 *
 * @module
 */
import { plusDays, plusYears } from '../src/models/plain-date';
import { scale, type FirmSpec, type YearFen } from './firm';
import type { Random } from './random';

/**
 * The kinds of boundary case.
 *
 * @example
 * BOUNDARY_KINDS.includes('rdRatioAtThreshold'); // true
 */
export const BOUNDARY_KINDS = [
  'rdRatioAtThreshold', 'salesAtBandEdge', 'staffRatioAtThreshold', 'domesticShareAtThreshold', 'hiTechShareAtThreshold',
  'scoreAtPassMark', 'zeroDenominator', 'registrationEdge', 'windowCut', 'incidentEdge',
] as const;

/**
 * A kind of boundary case.
 *
 * @example
 * const k: BoundaryKind = 'salesAtBandEdge';
 */
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

type Field = 'sales' | 'rd' | 'rdDomestic';
const sum = (ys: readonly YearFen[], f: Field): number => ys.reduce((s, y) => s + y[f], 0);

/** Makes the window sum of `f` a multiple of `d` by trimming year Y-3 (a few fen at most). */
function makeDivisible(f: FirmSpec, field: Field, d: number): number {
  f.years[0][field] -= sum(f.years, field) % d;
  return sum(f.years, field);
}

/** Splits `total` fen over the three years (about 30/33/37 %), keeping the exact total. */
function split(f: FirmSpec, field: Field, total: number): void {
  const a = scale(total, 0.3);
  const b = scale(total, 0.33);
  f.years[0][field] = a;
  f.years[1][field] = b;
  f.years[2][field] = total - a - b;
}

/** R&D over the window set to exactly `percent`% of sales (plus `delta` fen), all domestic. */
function rdAt(f: FirmSpec, percent: number, delta: number): void {
  const sales = makeDivisible(f, 'sales', 100);
  split(f, 'rd', (sales * percent) / 100 + delta);
  for (const y of f.years) y.rdDomestic = y.rd;
}

const bandPercent = (lastSalesFen: number): number => (lastSalesFen <= 5e9 ? 5 : lastSalesFen <= 2e10 ? 4 : 3);
const delta = (r: Random): number => r.pick([0, 0, 0, -1, 1]);

const TWEAKS: Record<BoundaryKind, (r: Random, f: FirmSpec, asOf: string) => void> = {
  rdRatioAtThreshold: (r, f) => rdAt(f, bandPercent(f.years[2].sales), delta(r)),
  salesAtBandEdge: (r, f) => {
    const last = r.pick([5e9, 5e9 + 1, 2e10, 2e10 + 1]);
    const y = f.years[2];
    y.sales = last;
    y.total = last + scale(last, 0.05);
    y.hiTech = scale(y.total, 0.8);
    rdAt(f, last <= 5e9 + 1 ? r.pick([4, 5]) : 3, r.pick([0, 0, -1]));
  },
  staffRatioAtThreshold: (r, f) => {
    const k = r.int(1, 150);
    f.employees = 10 * k;
    f.stStaff = k + delta(r);
  },
  domesticShareAtThreshold: (r, f) => {
    const rd = makeDivisible(f, 'rd', 5);
    const d = (rd * 3) / 5 + delta(r);
    const a = scale(f.years[0].rd, 0.6);
    const b = scale(f.years[1].rd, 0.6);
    [f.years[0].rdDomestic, f.years[1].rdDomestic, f.years[2].rdDomestic] = [a, b, d - a - b];
  },
  hiTechShareAtThreshold: (r, f) => {
    const y = f.years[2];
    y.total -= y.total % 5;
    y.hiTech = (y.total * 3) / 5 + delta(r);
  },
  scoreAtPassMark: (r, f) => {
    f.scoreHundredths = r.pick([7000, 7000, 7001, 7010, 7050, 6999, 6990]);
  },
  zeroDenominator: (r, f) => {
    const which = r.pick(['employees', 'sales', 'rd', 'total'] as const);
    if (which === 'employees') [f.employees, f.stStaff] = [0, 0];
    else if (which === 'total') [f.years[2].total, f.years[2].hiTech] = [0, 0];
    else for (const y of f.years) [y[which], y.rdDomestic] = [0, which === 'rd' ? 0 : y.rdDomestic];
  },
  registrationEdge: (r, f, asOf) => {
    const yearBefore = plusYears(asOf, -1);
    const y = Number(asOf.slice(0, 4)) - 1;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    f.registeredOn = r.pick([yearBefore, plusDays(yearBefore, 1), plusDays(yearBefore, 2), plusDays(yearBefore, -1), ...(leap ? [`${y}-02-29`] : [])]);
  },
  windowCut: (r, f, asOf) => {
    const y = Number(asOf.slice(0, 4));
    f.registeredOn = r.chance(0.5) ? `${y - 2}-0${r.int(1, 9)}-15` : plusDays(plusYears(asOf, -1), -r.int(0, 100));
    // years before registration are not in the window: were they counted, R&D would fall short
    const before = f.years.filter((yr) => yr.year < Number(f.registeredOn.slice(0, 4)));
    for (const yr of before) [yr.sales, yr.rd, yr.rdDomestic] = [yr.sales * 20, 0, 0];
  },
  incidentEdge: (r, f, asOf) => {
    const from = plusYears(asOf, -1);
    f.incidents = [{ kind: r.pick(['safety', 'quality', 'environmental', 'dishonesty'] as const), date: r.pick([from, asOf, plusDays(from, -1), plusDays(asOf, -1)]) }];
  },
};

/**
 * Moves a passing firm onto a boundary of the given kind (in place).
 *
 * @example
 * const f = passingFirm(random(3), 2020);
 * applyBoundary(random(4), f, 'staffRatioAtThreshold', '2020-06-01'); // f.employees % 10 === 0
 */
export function applyBoundary(r: Random, f: FirmSpec, kind: BoundaryKind, asOf: string): FirmSpec {
  TWEAKS[kind](r, f, asOf);
  return f;
}
