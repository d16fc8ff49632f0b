import { z } from 'zod';
import { Decimal, ZERO } from '../models/decimal';
import { MoneyStringSchema, fenAmount } from './decimal-input';

/**
 * What happens to a request that no longer fits in full:
 * - `partial`: it gets what remains of the budget, and every later request gets 0;
 * - `skip`: it gets 0, and later requests that still fit in full are granted (skip and continue);
 * - `stop`: it gets 0, and so does every later request.
 *
 * @example
 * const m: WhenShort = 'skip';
 */
export type WhenShort = 'partial' | 'skip' | 'stop';

/**
 * How one request fared: granted in `full`, `partial`ly, or not at all (`none`).
 *
 * @example
 * const s: GrantStatus = 'partial';
 */
export type GrantStatus = 'full' | 'partial' | 'none';

/**
 * Serialisable configuration of a first-come, first-served allocation.
 *
 * @example
 * PriorityConfigSchema.parse({ budget: '1000000', whenShort: 'partial' }); // same object
 */
export const PriorityConfigSchema = z.strictObject({
  budget: MoneyStringSchema,
  whenShort: z.enum(['partial', 'skip', 'stop']),
});

/**
 * A first-come, first-served allocation as JSON data.
 *
 * @example
 * const c: PriorityConfig = { budget: '1000000', whenShort: 'stop' };
 */
export type PriorityConfig = z.infer<typeof PriorityConfigSchema>;

/**
 * The result of {@link allocateByPriority}: grants in input order (sum <= budget), each
 * request's status, and the budget left.
 *
 * @example
 * const r: PriorityAllocation = allocateByPriority([new Decimal(5)], new Decimal(3));
 * r.statuses; // ['partial']
 */
export interface PriorityAllocation {
  readonly allocations: readonly Decimal[];
  readonly statuses: readonly GrantStatus[];
  readonly requested: Decimal;
  readonly allocated: Decimal;
  readonly remaining: Decimal;
  readonly budget: Decimal;
  readonly whenShort: WhenShort;
}

/**
 * First come, first served: requests (money at the fen, >= 0) are granted in input order
 * until the budget runs out; the request that crosses the budget is handled by `whenShort`
 * (default `partial`: it gets the remainder). The grants never sum above the budget.
 *
 * @example
 * const req = [new Decimal(400), new Decimal(400), new Decimal(100)];
 * allocateByPriority(req, new Decimal(500)).allocations.map(String); // ['400', '100', '0']
 * allocateByPriority(req, new Decimal(500), { whenShort: 'skip' }).allocations.map(String); // ['400', '0', '100']
 * allocateByPriority(req, new Decimal(500), { whenShort: 'stop' }).allocations.map(String); // ['400', '0', '0']
 */
export function allocateByPriority(
  requests: readonly Decimal[],
  budget: Decimal,
  options: { readonly whenShort?: WhenShort } = {},
): PriorityAllocation {
  const whenShort = options.whenShort ?? 'partial';
  const total = fenAmount(budget, 'budget');
  let remaining = total;
  let stopped = false;
  const allocations: Decimal[] = [];
  const statuses: GrantStatus[] = [];
  let requested = ZERO;
  requests.forEach((raw, i) => {
    const request = fenAmount(raw, `requests[${i}]`);
    requested = requested.plus(request);
    let grant = ZERO;
    let status: GrantStatus = 'none';
    if (!stopped && request.lte(remaining)) {
      grant = request;
      status = 'full';
    } else if (!stopped) {
      if (whenShort === 'partial' && remaining.gt(0)) [grant, status] = [remaining, 'partial'];
      if (whenShort !== 'skip') stopped = true;
    }
    remaining = remaining.minus(grant);
    allocations.push(grant);
    statuses.push(status);
  });
  return { allocations, statuses, requested, allocated: total.minus(remaining), remaining, budget: total, whenShort };
}
