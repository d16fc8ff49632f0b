import { z } from 'zod';
import { Decimal, ZERO } from '../models/decimal';
import { DecimalStringSchema, toDecimal, type DecimalLike } from './decimal-input';

/**
 * What bound a value: `null` when nothing did (a value exactly at the cap is not bound),
 * `'floor'`, or the cap's label (`'cap'` unless a label names it, e.g. `'applicantAnnualCap'`).
 *
 * @example
 * const b: BoundBy = 'applicantAnnualCap';
 */
export type BoundBy = null | 'cap' | 'floor' | (string & {});

/**
 * The result of a cap or floor, with its trace: the value before and after, and what bound it.
 * `value` and `after` are the same number (`after` reads better in a trace).
 *
 * @example
 * const r: CapResult = clamp(new Decimal(5), { cap: '3' });
 * r.boundBy; // 'cap'
 */
export interface CapResult {
  readonly value: Decimal;
  readonly before: Decimal;
  readonly after: Decimal;
  readonly boundBy: BoundBy;
}

/**
 * Options of {@link clamp}: an optional floor, an optional cap, and the cap's label.
 *
 * @example
 * const o: ClampOptions = { floor: '0', cap: '1000000', label: 'itemCap' };
 */
export interface ClampOptions {
  readonly floor?: DecimalLike;
  readonly cap?: DecimalLike;
  readonly label?: string;
}

/**
 * Serialisable configuration of a cap/floor (decimals as strings). Parsed data can be
 * passed to {@link clamp} as is.
 *
 * @example
 * CapConfigSchema.parse({ cap: '2000000', label: 'applicantAnnualCap' }); // { cap: '2000000', label: 'applicantAnnualCap' }
 */
export const CapConfigSchema = z
  .strictObject({
    floor: DecimalStringSchema.optional(),
    cap: DecimalStringSchema.optional(),
    label: z.string().min(1).optional(),
  })
  .refine((c) => c.floor === undefined || c.cap === undefined || new Decimal(c.floor).lte(c.cap), {
    message: 'floor must not exceed cap',
  });

/**
 * A cap configuration as JSON data.
 *
 * @example
 * const c: CapConfig = { cap: '300000' };
 */
export type CapConfig = z.infer<typeof CapConfigSchema>;

/**
 * Bounds `x` to `[floor, cap]` (either side optional). A value equal to a bound is not
 * "bound by" it. A floor above the cap is a RangeError.
 *
 * @example
 * clamp(new Decimal('1040000'), { cap: '1000000', label: 'itemCap' });
 * // { value: 1000000, before: 1040000, after: 1000000, boundBy: 'itemCap' }
 * clamp(new Decimal('-5'), { floor: '0' }).boundBy; // 'floor'
 * clamp(new Decimal('1000000'), { cap: '1000000' }).boundBy; // null
 */
export function clamp(x: Decimal, options: ClampOptions): CapResult {
  const floor = options.floor === undefined ? undefined : toDecimal(options.floor, 'floor');
  const cap = options.cap === undefined ? undefined : toDecimal(options.cap, 'cap');
  if (floor && cap && floor.gt(cap)) {
    throw new RangeError(`floor ${floor.toString()} exceeds cap ${cap.toString()}`);
  }
  if (cap && x.gt(cap)) return { value: cap, before: x, after: cap, boundBy: options.label ?? 'cap' };
  if (floor && x.lt(floor)) return { value: floor, before: x, after: floor, boundBy: 'floor' };
  return { value: x, before: x, after: x, boundBy: null };
}

/**
 * The result of {@link capEach}: the per-item results, and the totals before and after.
 * `boundBy` is the cap's label when at least one item was capped.
 *
 * @example
 * capEach([new Decimal(5), new Decimal(1)], '3').items[0]?.boundBy; // 'cap'
 */
export interface CapEachResult extends CapResult {
  readonly items: readonly CapResult[];
}

/**
 * Caps every item separately at the same cap (e.g. each item award at its own maximum).
 *
 * @example
 * const r = capEach([new Decimal(5), new Decimal(1)], '3');
 * r.items.map((i) => i.value.toString()); // ['3', '1']
 * r.before.toString(); // '6'
 * r.after.toString(); // '4'
 */
export function capEach(items: readonly Decimal[], cap: DecimalLike, label?: string): CapEachResult {
  const capValue = toDecimal(cap, 'cap');
  const results = items.map((x) => clamp(x, { cap: capValue, label: label ?? 'cap' }));
  const before = results.reduce((s, r) => s.plus(r.before), ZERO);
  const after = results.reduce((s, r) => s.plus(r.after), ZERO);
  const boundBy = results.some((r) => r.boundBy !== null) ? (label ?? 'cap') : null;
  return { value: after, before, after, boundBy, items: results };
}

/**
 * The result of {@link capSum}: the capped total, and the parts it was summed from.
 *
 * @example
 * capSum([new Decimal(2), new Decimal(2)], '3').parts.length; // 2
 */
export interface CapSumResult extends CapResult {
  readonly parts: readonly Decimal[];
}

/**
 * Caps the sum of parts (e.g. the per-applicant annual cap over item awards): the total
 * when it is at or under the cap, otherwise the cap.
 *
 * @example
 * capSum([new Decimal('1000000'), new Decimal('1500000')], '2000000', 'applicantAnnualCap');
 * // { value: 2000000, before: 2500000, after: 2000000, boundBy: 'applicantAnnualCap', parts: [...] }
 * capSum([new Decimal('1'), new Decimal('2')], '3').boundBy; // null
 */
export function capSum(parts: readonly Decimal[], cap: DecimalLike, label?: string): CapSumResult {
  const sum = parts.reduce((s, p) => s.plus(p), ZERO);
  const result = clamp(sum, { cap, label: label ?? 'cap' });
  return { ...result, parts: [...parts] };
}
