/**
 * The smallest whole number of units `k` in `[1, limit]` with `passes(k)`, assuming
 * `passes(0)` is false and `passes` is monotone (false, then true): exponential probes
 * 1, 2, 4, ... up to `limit`, then a binary search between the last failing and the first
 * passing probe. The answer always satisfies `passes(k)` and `!passes(k - 1)` (both were
 * evaluated), whether or not `passes` is monotone. Undefined when no probe passes.
 * Integers only (`limit` at most 2^53 - 1): no floating point is involved.
 *
 * @example
 * smallestPassingStep((k) => k * 7 >= 100, 1e15); // 15
 * smallestPassingStep(() => false, 1000); // undefined
 */
export function smallestPassingStep(passes: (k: number) => boolean, limit: number): number | undefined {
  if (!Number.isSafeInteger(limit) || limit < 1) return undefined;
  let fail = 0;
  let probe = 1;
  for (;;) {
    const k = Math.min(probe, limit);
    if (passes(k)) return bisect(passes, fail, k);
    if (k === limit) return undefined;
    fail = k;
    probe = k * 2;
  }
}

function bisect(passes: (k: number) => boolean, fail: number, pass: number): number {
  let lo = fail;
  let hi = pass;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (passes(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
