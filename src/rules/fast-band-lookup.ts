import { decline, literalToScaled } from '../engine/fast/scaled';
import type { FastImpl } from '../engine/functions';
import type { BandTable } from './band-table';
import type { Bound } from './range';

interface ScaledBound {
  value: number;
  inclusive: boolean;
}

function scaledBound(b: Bound | undefined, k: number): ScaledBound | undefined | null {
  if (!b) return undefined;
  const value = literalToScaled(b.value, k);
  return value === null ? null : { value, inclusive: b.inclusive };
}

/**
 * `band.lookup` on the decision fast path: the table's bounds and single-amount yields
 * scaled to integers once, the value located by integer comparisons (first band that
 * contains it, as `lookupBand` does). An interval yield, a value in a gap of the table or a
 * value that is not a scaled integer declines (the general path then reports it); a table
 * with a bound finer than the scale has no fast implementation (`null`).
 *
 * @example
 * const impl = fastBandLookup(atMostBands([['50000000', '0.05']], { above: '0.03' }), 2);
 * impl?.({ x: 5_000_000_000 }); // 5 (0.05 at scale 2)
 */
export function fastBandLookup(table: BandTable, k: number): FastImpl | null {
  const bands = table.bands.map((b) => ({ lo: scaledBound(b.lo, k), hi: scaledBound(b.hi, k), yields: typeof b.yields === 'string' ? literalToScaled(b.yields, k) : null }));
  if (bands.some((b) => b.lo === null || b.hi === null)) return null;
  return (args) => {
    const x = args['x'];
    if (typeof x !== 'number') return decline();
    for (const b of bands) {
      if (b.lo && (x < b.lo.value || (x === b.lo.value && !b.lo.inclusive))) continue;
      if (b.hi && (x > b.hi.value || (x === b.hi.value && !b.hi.inclusive))) continue;
      return b.yields ?? decline();
    }
    return decline();
  };
}
