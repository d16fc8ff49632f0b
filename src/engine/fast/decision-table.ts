import type { Status } from '../result';
import type { Decision } from './fast-policy';

/**
 * How many distinct rule ids a generated kernel may hold as bits of one mask (the failed
 * criteria of a record). A policy with more keeps collecting them in a list.
 *
 * @example
 * MASK_IDS; // 28
 */
export const MASK_IDS = 28;

/** How many decisions one table keeps; past it, a decision is built (frozen) each time. */
const KEPT = 4096;

const STATUS_INDEX: Readonly<Record<Status, number>> = { eligible: 0, ineligible: 1, undetermined: 2, error: 3 };
const NONE: readonly string[] = Object.freeze([]);

/**
 * The decisions a generated kernel gives, by status and failed criteria (bit `i` of the
 * mask: the rule id `ids[i]` failed). The same frozen decision is returned for the same
 * status and failed criteria, so a decision allocates nothing once its combination has been
 * seen; `failed` lists the ids sorted (as `Array.prototype.sort` orders them, the order of
 * the general evaluator's `failed`).
 *
 * @example
 * const t = decisionTable(['b', 'a']);
 * t.decision('ineligible', 0b11).failed; // ['a', 'b'] (frozen; the same object next time)
 * t.failed(0b10); // ['a'] (a new array)
 */
export interface DecisionTable {
  decision(status: Status, mask: number): Decision;
  failed(mask: number): string[];
}

/**
 * The decision table of a kernel whose rule ids are `ids` (at most {@link MASK_IDS}).
 *
 * @example
 * decisionTable(['coreIp', 'rdRatio']).decision('eligible', 0); // { status: 'eligible', failed: [], missing: [] }
 */
export function decisionTable(ids: readonly string[]): DecisionTable {
  if (ids.length > MASK_IDS) throw new RangeError(`a decision table holds at most ${MASK_IDS} rule ids, not ${ids.length}`);
  const order = ids.map((id, bit) => ({ id, bit })).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const kept: Decision[] = [];
  let count = 0;
  const failed = (mask: number): string[] => {
    const out: string[] = [];
    for (const { id, bit } of order) if ((mask >>> bit) & 1) out.push(id);
    return out;
  };
  return {
    failed,
    decision(status, mask) {
      const at = mask * 4 + STATUS_INDEX[status];
      const hit = kept[at];
      if (hit !== undefined) return hit;
      const d: Decision = Object.freeze({ status, failed: mask === 0 ? NONE : Object.freeze(failed(mask)), missing: NONE });
      if (count < KEPT) {
        kept[at] = d;
        count++;
      }
      return d;
    },
  };
}
