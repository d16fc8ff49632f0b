/**
 * A seeded pseudo-random generator (mulberry32): the seed data are the same on every run,
 * on every machine, whatever the clock says.
 *
 * @example
 * const r = prng(2020);
 * r.int(1, 6); // the same number every run
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/**
 * A {@link Prng} from a 32-bit seed.
 *
 * @example
 * prng(7).int(0, 9) === prng(7).int(0, 9); // true
 */
export function prng(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => {
      const x = xs[int(0, xs.length - 1)];
      if (x === undefined) throw new RangeError('pick from an empty list');
      return x;
    },
    chance: (p) => next() < p,
  };
}

/**
 * Splits a whole `total` into `n` whole parts between `lo` and `hi` that sum to it exactly:
 * each part starts at `lo`, then units of `step` go one at a time to parts picked with
 * seeded weights (so the parts vary in size); a remainder below `step` goes to one part.
 *
 * @example
 * splitTotal(prng(1), 4750, 8, 200, 1200, 50).reduce((a, b) => a + b, 0); // 4750
 */
export function splitTotal(r: Prng, total: number, n: number, lo: number, hi: number, step: number): number[] {
  const parts = Array.from({ length: n }, () => lo);
  const weights = parts.map(() => 0.05 + r.next() ** 2);
  let rest = total - n * lo;
  if (rest < 0 || rest > n * (hi - lo)) throw new RangeError(`cannot split ${total} into ${n} parts in [${lo}, ${hi}]`);
  const open = (i: number, by: number): boolean => (parts[i] as number) + by <= hi;
  const give = (by: number): void => {
    const candidates = parts.map((_, i) => i).filter((i) => open(i, by));
    if (candidates.length === 0) throw new RangeError(`cannot place ${by} within [${lo}, ${hi}]`);
    let x = r.next() * candidates.reduce((a, i) => a + (weights[i] as number), 0);
    const pick = candidates.find((i) => (x -= weights[i] as number) < 0) ?? (candidates[candidates.length - 1] as number);
    parts[pick] = (parts[pick] as number) + by;
  };
  for (; rest >= step; rest -= step) give(step);
  if (rest > 0) give(rest);
  return parts;
}
