import { z } from 'zod';
import { Decimal, ZERO } from '../models/decimal';
import { toFen } from '../models/rounding';
import { clamp } from './caps';
import { MoneyStringSchema, NonNegativeDecimalStringSchema, fenAmount, nonNegative, type DecimalLike } from './decimal-input';

/**
 * An item award with its trace: the amount granted, the amount before the cap (already
 * rounded half-up to the fen), and the cap's label when the cap bound it (else null).
 *
 * @example
 * rateOfBase({ base: new Decimal('13000000'), rate: '0.08', minBase: '2000000', cap: '1000000' });
 * // { amount: 1000000, uncapped: 1040000, cappedBy: 'cap' }
 */
export interface ItemAward {
  readonly amount: Decimal;
  readonly uncapped: Decimal;
  readonly cappedBy: string | null;
}

/** An optional cap on an award and its label in the trace. @example const c: AwardCap = { cap: '300000', label: 'talentCap' }; */
export interface AwardCap {
  readonly cap?: DecimalLike;
  readonly label?: string;
}

function capped(uncapped: Decimal, cap: AwardCap): ItemAward {
  if (cap.cap === undefined) return { amount: uncapped, uncapped, cappedBy: null };
  const r = clamp(uncapped, { cap: fenAmount(cap.cap, 'cap'), label: cap.label ?? 'cap' });
  return { amount: r.value, uncapped, cappedBy: r.boundBy };
}

/**
 * A rate of a base amount: `base x rate` when `base >= minBase` (else 0), rounded half-up to
 * the fen, then capped. E.g. 8% of equipment investment from 2,000,000, at most 1,000,000.
 *
 * @example
 * rateOfBase({ base: new Decimal('2000000'), rate: '0.08', minBase: '2000000', cap: '1000000' }).amount.toFixed(2); // '160000.00'
 * rateOfBase({ base: new Decimal('1999999.99'), rate: '0.08', minBase: '2000000' }).amount.toFixed(2); // '0.00'
 */
export function rateOfBase(o: { readonly base: Decimal; readonly rate: DecimalLike; readonly minBase?: DecimalLike } & AwardCap): ItemAward {
  const base = nonNegative(o.base, 'base');
  const rate = nonNegative(o.rate, 'rate');
  const reached = o.minBase === undefined || base.gte(nonNegative(o.minBase, 'minBase'));
  return capped(reached ? toFen(base.times(rate)) : ZERO, o);
}

/**
 * A fixed amount per unit (talents, patents), then capped.
 *
 * @example
 * perUnit({ count: 11, amountEach: '30000', cap: '300000' });
 * // { amount: 300000, uncapped: 330000, cappedBy: 'cap' }
 */
export function perUnit(o: { readonly count: number; readonly amountEach: DecimalLike } & AwardCap): ItemAward {
  if (!Number.isInteger(o.count) || o.count < 0) throw new RangeError(`count must be a non-negative integer, got ${o.count}`);
  return capped(fenAmount(o.amountEach, 'amountEach').times(o.count), o);
}

/**
 * The amount of a stage (e.g. listing: shareholding reform, filing accepted, listed). An
 * unknown stage is a RangeError, never a silent 0.
 *
 * @example
 * staged({ stage: 'listed', amounts: { shareholdingReform: '500000', filingAccepted: '1000000', listed: '1500000' } }).amount.toFixed(2); // '1500000.00'
 */
export function staged<S extends string>(o: { readonly stage: S; readonly amounts: Readonly<Record<S, DecimalLike>> } & AwardCap): ItemAward {
  if (!Object.prototype.hasOwnProperty.call(o.amounts, o.stage)) {
    throw new RangeError(`unknown stage ${o.stage}; expected one of ${Object.keys(o.amounts).join(', ')}`);
  }
  return capped(fenAmount(o.amounts[o.stage], `amounts.${o.stage}`), o);
}

/**
 * A fixed amount when a condition holds, otherwise `otherwise` (default 0). E.g. high-tech
 * recognition: 200,000 the first time, 100,000 on renewal.
 *
 * @example
 * fixedIf({ condition: false, amount: '200000', otherwise: '100000' }).amount.toFixed(2); // '100000.00'
 */
export function fixedIf(o: { readonly condition: boolean; readonly amount: DecimalLike; readonly otherwise?: DecimalLike } & AwardCap): ItemAward {
  const chosen = o.condition ? o.amount : (o.otherwise ?? ZERO);
  return capped(fenAmount(chosen, o.condition ? 'amount' : 'otherwise'), o);
}

/**
 * Several parts of one item under one cap (e.g. IP: 10,000 per invention patent plus 1,000
 * per utility model, at most 200,000 together). Parts' own caps apply first.
 *
 * @example
 * combined([perUnit({ count: 20, amountEach: '10000' }), perUnit({ count: 1, amountEach: '1000' })], { cap: '200000' });
 * // { amount: 200000, uncapped: 201000, cappedBy: 'cap' }
 */
export function combined(parts: readonly ItemAward[], cap: AwardCap = {}): ItemAward {
  return capped(parts.reduce((s, p) => s.plus(p.amount), ZERO), cap);
}

const CapFields = { cap: MoneyStringSchema.optional(), label: z.string().min(1).optional() };

/**
 * Serialisable configuration of one item award rule (decimals as strings); the parsed data,
 * with the applicant's input added, is a valid argument of the matching function.
 *
 * @example
 * ItemAwardConfigSchema.safeParse({ kind: 'rateOfBase', rate: '0.08', minBase: '2000000', cap: '1000000' }).success; // true
 * ItemAwardConfigSchema.safeParse({ kind: 'staged', amounts: { listed: '1500000' } }).success; // true
 * ItemAwardConfigSchema.safeParse({ kind: 'rateOfBase', rate: 0.08 }).success; // false (decimals are strings)
 */
export const ItemAwardConfigSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rateOfBase'), rate: NonNegativeDecimalStringSchema, minBase: MoneyStringSchema.optional(), ...CapFields }),
  z.strictObject({ kind: z.literal('perUnit'), amountEach: MoneyStringSchema, ...CapFields }),
  z.strictObject({ kind: z.literal('staged'), amounts: z.record(z.string(), MoneyStringSchema), ...CapFields }),
  z.strictObject({ kind: z.literal('fixedIf'), amount: MoneyStringSchema, otherwise: MoneyStringSchema.optional(), ...CapFields }),
]);

/**
 * One item award rule as JSON data.
 *
 * @example
 * const c: ItemAwardConfig = { kind: 'perUnit', amountEach: '30000', cap: '300000' };
 */
export type ItemAwardConfig = z.infer<typeof ItemAwardConfigSchema>;
