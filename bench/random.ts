/**
 * A seeded pseudo-random source for the benchmark population (mulberry32): the same seed
 * gives the same records on every machine, so figures and disagreement counts can be
 * compared between runs.
 *
 * @module
 */

/**
 * A seeded random source with the few draws the population generator needs.
 *
 * @example
 * const r = random(7);
 * r.int(1, 6); // a whole number in 1..6, the same for seed 7 every time
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in `lo..hi` (both inclusive). */
  int(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Mulberry32 seeded with `seed` (any 32-bit integer).
 *
 * @example
 * random(1).next() === random(1).next(); // true
 */
export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      return items[int(0, items.length - 1)] as T;
    },
  };
}
