import type { Decision } from './fast/fast-policy';
import type { Kernel } from './fast/kernel-report';
import { toScaledFacts } from './fast/scaled-facts';

/** How many records the moving share of finished results remembers, roughly. */
const WINDOW = 32;
/**
 * Below this share of records finished, converting each record costs more than the kernel
 * saves: a finished result saves about three times what a declined attempt (the conversion
 * and the kernel's first steps) wastes.
 */
const WORTH = 0.25;
/** Below {@link WORTH}, one record in this many is still offered, to notice a rising share. */
const SAMPLE = 8;

/**
 * What a policy's generated kernel gives at the policy's scale `k` (`-1`: no fast path):
 * full results without trace (`full`, the default) or decisions. `of(facts, asOf, layout)`
 * asks it on a prepared layout, or (`layout` undefined) on the facts converted on the spot;
 * `null` where the kernel declines or there is none (`layout` null). A kernel that finishes
 * few of the records converted for it (a policy it cannot finish, such as one that rounds,
 * or records that mostly miss facts) is then offered one record in eight until its share
 * rises again, so the conversions are not wasted; the results are the general evaluator's
 * either way.
 *
 * @example
 * const full = kernelResults<KernelResult>(lazyKernel(policy, STDLIB, PRECOMPILED[policy.id]), fastScaleOf(policy));
 * full.of(facts, '2020-06-01', undefined)?.criteria.length; // 9 for cn.hnte.2016, or null
 * const decisions = kernelResults<Decision>(lazyKernel(policy, STDLIB, PRECOMPILED[policy.id]), fastScaleOf(policy), false);
 */
export function kernelResults<R extends Decision>(kernelOf: () => Kernel | null, k: number, full = true): { k: number; of(facts: unknown, asOf: string, layout: unknown): R | null } {
  let share = 1;
  let tick = 0;
  return {
    k,
    of(facts, asOf, layout) {
      if (layout === null || k < 0) return null;
      const kernel = kernelOf();
      if (!kernel) return null;
      if (layout !== undefined) return kernel(layout, asOf, full) as R | null;
      if (share < WORTH && ++tick % SAMPLE !== 0) return null;
      // converted for this evaluation only: its texts are not kept in the shared table
      const r = kernel(toScaledFacts(facts, k, false), asOf, full) as R | null;
      share += ((r ? 1 : 0) - share) / WINDOW;
      return r;
    },
  };
}
