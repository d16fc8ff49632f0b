/**
 * Agreement of each implementation with zone-policy's verdicts, record by record, with the
 * disagreements broken down by boundary kind ("typical" for records that are not boundary
 * cases).
 *
 * @module
 */
import type { BoundaryKind } from './boundary-cases';

/**
 * The disagreements of one implementation with the reference.
 *
 * @example
 * const d: Disagreements = { count: 2, onBoundary: 2, byKind: { rdRatioAtThreshold: 2 }, firstIndexes: [17, 503] };
 */
export interface Disagreements {
  count: number;
  /** How many of them are boundary cases. */
  onBoundary: number;
  byKind: Record<string, number>;
  /** Up to five record indexes, to look at. */
  firstIndexes: number[];
}

/**
 * Compares verdicts with the reference.
 *
 * @example
 * disagreements(['eligible', 'ineligible'], ['eligible', 'eligible'], [null, 'scoreAtPassMark']).byKind; // { scoreAtPassMark: 1 }
 */
export function disagreements(reference: readonly string[], other: readonly string[], boundary: readonly (BoundaryKind | null)[]): Disagreements {
  const d: Disagreements = { count: 0, onBoundary: 0, byKind: {}, firstIndexes: [] };
  for (let i = 0; i < reference.length; i++) {
    if (reference[i] === other[i]) continue;
    const kind = boundary[i] ?? 'typical';
    d.count++;
    if (boundary[i]) d.onBoundary++;
    d.byKind[kind] = (d.byKind[kind] ?? 0) + 1;
    if (d.firstIndexes.length < 5) d.firstIndexes.push(i);
  }
  return d;
}

/**
 * Counts of each verdict (to show the population's mix, and that nothing was undetermined).
 *
 * @example
 * tally(['eligible', 'ineligible', 'eligible']); // { eligible: 2, ineligible: 1 }
 */
export function tally(verdicts: readonly string[]): Record<string, number> {
  const t: Record<string, number> = {};
  for (const v of verdicts) t[v] = (t[v] ?? 0) + 1;
  return t;
}
