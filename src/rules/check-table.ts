import { Decimal } from '../models/decimal';
import { Interval } from '../engine/interval';
import { formatYield, yieldValue, type Band, type BandTable } from './band-table';
import { toDecimal } from './decimal-input';
import {
  compareLower,
  compareUpper,
  formatRange,
  intersectRanges,
  isNonEmptyRange,
  type Bound,
  type Range,
} from './range';

/**
 * A stretch of the domain no band covers (a point such as "exactly 1", or a range).
 *
 * @example
 * const g: TableGap = { lo: { value: '1', inclusive: true }, hi: { value: '1', inclusive: true }, description: 'no band covers exactly 1' };
 */
export interface TableGap extends Range {
  description: string;
}

/**
 * Two bands that both contain some values (their common part, within the domain).
 *
 * @example
 * const one = { value: '1', inclusive: true };
 * const o: TableOverlap = { bands: [0, 1], lo: one, hi: one, description: 'bands #0 [0, 1] and #1 [1, 2] overlap at exactly 1' };
 */
export interface TableOverlap extends Range {
  bands: [number, number];
  description: string;
}

/**
 * Two neighbouring bands (in order along the line) whose yields break the asked monotonicity.
 *
 * @example
 * const n: TableNonMonotonic = { bands: [1, 0], description: 'not increasing: ...' };
 */
export interface TableNonMonotonic {
  bands: [number, number];
  description: string;
}

/**
 * What {@link checkTable} found; every list is sorted by position along the line.
 *
 * @example
 * const ok: TableCheck = { gaps: [], overlaps: [], nonMonotonic: [] };
 */
export interface TableCheck {
  gaps: TableGap[];
  overlaps: TableOverlap[];
  nonMonotonic: TableNonMonotonic[];
}

/**
 * Options of {@link checkTable}: a closed domain `[lo, hi]` to check within (each end
 * optional; default the whole real line) and the monotonicity the yields should have.
 *
 * @example
 * const opts: CheckTableOptions = { domain: { lo: '0' }, monotonic: 'increasing' };
 */
export interface CheckTableOptions {
  domain?: { lo?: Decimal | string; hi?: Decimal | string };
  monotonic?: 'increasing' | 'decreasing';
}

interface Piece extends Range {
  covered: number;
}

const pointRange = (v: string): Range => ({ lo: { value: v, inclusive: true }, hi: { value: v, inclusive: true } });

/** The line cut at every end value: open stretches and single points, in order. */
function elementaryPieces(ranges: Range[]): Range[] {
  const byValue = new Map<string, string>();
  for (const r of ranges) {
    for (const b of [r.lo, r.hi]) if (b) byValue.set(toDecimal(b.value).toString(), b.value);
  }
  const points = [...byValue.entries()]
    .sort(([a], [b]) => new Decimal(a).comparedTo(new Decimal(b)))
    .map(([, text]) => text);
  const pieces: Range[] = [];
  let prev: Bound | undefined;
  for (const p of points) {
    pieces.push({ lo: prev, hi: { value: p, inclusive: false } }, pointRange(p));
    prev = { value: p, inclusive: false };
  }
  pieces.push({ lo: prev, hi: undefined });
  return pieces;
}

/** True when `outer` contains the whole of `inner` (ends compared with their flags). */
function rangeCovers(outer: Range, inner: Range): boolean {
  return compareLower(outer.lo, inner.lo) <= 0 && compareUpper(outer.hi, inner.hi) >= 0;
}

function domainRange(domain: CheckTableOptions['domain']): Range {
  const end = (v: Decimal | string | undefined): Bound | undefined => {
    if (v === undefined) return undefined;
    if (typeof v === 'string') toDecimal(v); // throws on a malformed domain end
    return { value: typeof v === 'string' ? v : v.toString(), inclusive: true };
  };
  return { lo: end(domain?.lo), hi: end(domain?.hi) };
}

function findGaps(bands: Band[], domain: Range): TableGap[] {
  const pieces: Piece[] = elementaryPieces([domain, ...bands])
    .filter((p) => rangeCovers(domain, p))
    .map((p) => ({ ...p, covered: bands.filter((b) => rangeCovers(b, p)).length }));
  const gaps: TableGap[] = [];
  let open: Range | null = null;
  for (const p of pieces) {
    if (p.covered === 0) {
      open = open ? { lo: open.lo, hi: p.hi } : { lo: p.lo, hi: p.hi };
    } else if (open) {
      gaps.push({ ...open, description: `no band covers ${formatRange(open)}` });
      open = null;
    }
  }
  if (open) gaps.push({ ...open, description: `no band covers ${formatRange(open)}` });
  return gaps;
}

const label = (bands: Band[], i: number): string => `#${i} ${formatRange(bands[i] as Band)}`;

function findOverlaps(bands: Band[], domain: Range): TableOverlap[] {
  const found: TableOverlap[] = [];
  bands.forEach((a, i) => {
    bands.slice(i + 1).forEach((b, k) => {
      const j = i + 1 + k;
      const common = intersectRanges(intersectRanges(a, b), domain);
      if (!isNonEmptyRange(common)) return;
      const where = formatRange(common);
      const how = where.startsWith('exactly') ? `at ${where}` : `on ${where}`;
      const description = `bands ${label(bands, i)} and ${label(bands, j)} overlap ${how}`;
      found.push({ bands: [i, j], lo: common.lo, hi: common.hi, description });
    });
  });
  return found.sort(
    (x, y) => compareLower(x.lo, y.lo) || compareUpper(x.hi, y.hi) || x.bands[0] - y.bands[0] || x.bands[1] - y.bands[1],
  );
}

const asInterval = (band: Band): Interval => {
  const v = yieldValue(band.yields);
  return v instanceof Interval ? v : Interval.point(v);
};

function findNonMonotonic(bands: Band[], domain: Range, direction: 'increasing' | 'decreasing'): TableNonMonotonic[] {
  const order = bands
    .map((band, index) => ({ band, index }))
    .filter(({ band }) => isNonEmptyRange(intersectRanges(band, domain)))
    .sort((x, y) => compareLower(x.band.lo, y.band.lo) || compareUpper(x.band.hi, y.band.hi) || x.index - y.index);
  const found: TableNonMonotonic[] = [];
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1] as { band: Band; index: number };
    const next = order[k] as { band: Band; index: number };
    const a = asInterval(prev.band);
    const b = asInterval(next.band);
    const broken = direction === 'increasing' ? b.lo.lt(a.hi) : b.hi.gt(a.lo);
    if (!broken) continue;
    found.push({
      bands: [prev.index, next.index],
      description:
        `not ${direction}: band ${label(bands, prev.index)} yields ${formatYield(prev.band.yields)}` +
        ` but the next band ${label(bands, next.index)} yields ${formatYield(next.band.yields)}`,
    });
  }
  return found;
}

/**
 * Static check of a band table over the real line (or `domain`): the gaps no band covers,
 * the overlaps of every pair of bands, and, when `monotonic` is asked, each pair of
 * neighbouring bands whose yields go the wrong way. Ends are exact: `[0, 1)` and `(1, 2]`
 * leave a gap at exactly 1; `[0, 1]` and `[1, 2]` overlap at exactly 1. Monotonicity is
 * weak and, for expert ranges, strict about the ranges: "increasing" needs every value of
 * the higher band to be >= every value of the lower one (`1..2` then `3..4` is fine,
 * `1..6` then `5..8` is not).
 *
 * @example
 * const t: BandTable = { kind: 'bands', bands: [
 *   { lo: { value: '0', inclusive: true }, hi: { value: '1', inclusive: false }, yields: '1' },
 *   { lo: { value: '1', inclusive: false }, hi: { value: '2', inclusive: true }, yields: '2' } ] };
 * checkTable(t, { domain: { lo: '0', hi: '2' } }).gaps.map((g) => g.description); // ['no band covers exactly 1']
 */
export function checkTable(table: BandTable, options: CheckTableOptions = {}): TableCheck {
  const domain = domainRange(options.domain);
  if (!isNonEmptyRange(domain)) throw new RangeError(`empty domain ${formatRange(domain)}`);
  return {
    gaps: findGaps(table.bands, domain),
    overlaps: findOverlaps(table.bands, domain),
    nonMonotonic: options.monotonic ? findNonMonotonic(table.bands, domain, options.monotonic) : [],
  };
}

/**
 * True when every value of the domain falls in exactly one band (no gap, no overlap).
 *
 * @example
 * isPartition(atLeastBands([['0.10', '4']], { below: '0' })); // true
 */
export function isPartition(table: BandTable, domain?: CheckTableOptions['domain']): boolean {
  const check = checkTable(table, domain ? { domain } : {});
  return check.gaps.length === 0 && check.overlaps.length === 0;
}
