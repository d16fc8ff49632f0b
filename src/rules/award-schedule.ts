import { z } from 'zod';
import { Decimal, isDecimal, ZERO } from '../models/decimal';
import { capSum, clamp } from './caps';
import { MoneyStringSchema, fenAmount } from './decimal-input';
import { combined, fixedIf, ItemAwardConfigSchema, perUnit, rateOfBase, staged, type ItemAward, type ItemAwardConfig } from './item-award';

const FIELD = z.string().min(1);
const LABEL = z.string().min(1);

/**
 * One row of an award schedule: the parts of the item (each reads one field of the claim:
 * a base amount, a count, a stage or a yes/no), the item's cap (shared by every claim of
 * that kind in one application, so splitting a claim cannot dodge it), and `once` for what
 * is paid once only (`per: ['stage']`: once per stage; `per: []`: once per application).
 *
 * @example
 * ScheduleEntrySchema.safeParse({ parts: [{ field: 'talents', rule: { kind: 'perUnit', amountEach: '30000' } }], cap: '300000' }).success; // true
 * ScheduleEntrySchema.safeParse({ parts: [], cap: '300000' }).success; // false (at least one part)
 */
export const ScheduleEntrySchema = z.strictObject({
  parts: z.array(z.strictObject({ field: FIELD, rule: ItemAwardConfigSchema })).min(1),
  cap: MoneyStringSchema.optional(),
  capLabel: LABEL.optional(),
  once: z.strictObject({ per: z.array(FIELD), label: LABEL.optional() }).optional(),
});

/**
 * An award schedule as data (the policy's schedule of rates and caps, not code): one
 * entry per item kind, and the cap on an applicant's total.
 *
 * @example
 * AwardScheduleSchema.safeParse({ items: { newProduct: { parts: [{ field: 'rdExpense', rule: { kind: 'rateOfBase', rate: '0.10' } }], cap: '500000' } },
 *   applicantCap: { cap: '2000000', label: 'applicantAnnualCap' } }).success; // true
 * AwardScheduleSchema.safeParse({ items: { newProduct: { parts: [{ field: 'rdExpense', rule: { kind: 'perYear', rate: '0.10' } }], cap: '500000' } } }).success;
 * // false (rule kinds: rateOfBase, perUnit, staged, fixedIf)
 */
export const AwardScheduleSchema = z.strictObject({
  items: z.record(FIELD, ScheduleEntrySchema),
  applicantCap: z.strictObject({ cap: MoneyStringSchema, label: LABEL.optional() }).optional(),
});

/**
 * An award schedule.
 *
 * @example
 * const s: AwardSchedule = { items: {} };
 */
export type AwardSchedule = z.infer<typeof AwardScheduleSchema>;

/**
 * A claim of the application: its kind and its verified figures by field name (money as
 * decimals, counts as whole numbers, a stage as text, yes/no as booleans).
 *
 * @example
 * const c: AwardClaim = { kind: 'talent', talents: 3 };
 */
export type AwardClaim = { readonly kind: string } & Readonly<Record<string, unknown>>;

/**
 * A claim the schedule cannot price (a kind it does not list, a figure missing or of the
 * wrong type), with the path of the offending field (`items[2].stage`).
 *
 * @example
 * new AwardClaimError('items[0].kind', 'no award for kind lottery').path; // 'items[0].kind'
 */
export class AwardClaimError extends RangeError {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'AwardClaimError';
  }
}

/**
 * One claim's award: its kind, the amount granted, the amount the schedule gave before the
 * item cap (already at the fen), and what bound it: null, the cap's label (`itemCap`
 * unless named), or the `once` label (`once` unless named) for a repeated claim.
 *
 * @example
 * const a: ClaimAward = { kind: 'talent', amount: new Decimal('300000'), uncapped: new Decimal('330000'), cappedBy: 'itemCap' };
 */
export interface ClaimAward {
  readonly kind: string;
  readonly amount: Decimal;
  readonly uncapped: Decimal;
  readonly cappedBy: string | null;
}

/**
 * The result of {@link applySchedule}: each claim's award in input order, their sum, and
 * the award after the applicant cap with the cap's label when it bound (else null).
 *
 * @example
 * applySchedule([], { items: {} }).award.toFixed(2); // '0.00'
 */
export interface AwardScheduleResult {
  readonly items: readonly ClaimAward[];
  readonly itemsTotal: Decimal;
  readonly award: Decimal;
  readonly cappedBy: string | null;
}

function partAward(claim: AwardClaim, path: string, field: string, rule: ItemAwardConfig): ItemAward {
  const v = claim[field];
  const bad = (what: string) => new AwardClaimError(`${path}.${field}`, `expected ${what}, got ${v === undefined ? 'nothing' : JSON.stringify(String(v))}`);
  switch (rule.kind) {
    case 'rateOfBase':
      if (!isDecimal(v)) throw bad('an amount');
      return rateOfBase({ ...rule, base: v });
    case 'perUnit': {
      const n = isDecimal(v) && v.isInteger() ? v.toNumber() : v;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw bad('a whole number');
      return perUnit({ ...rule, count: n });
    }
    case 'staged':
      if (typeof v !== 'string' || !Object.prototype.hasOwnProperty.call(rule.amounts, v)) throw bad(`one of ${Object.keys(rule.amounts).join(', ')}`);
      return staged({ ...rule, stage: v });
    case 'fixedIf':
      if (typeof v !== 'boolean') throw bad('true or false');
      return fixedIf({ ...rule, condition: v });
  }
}

/**
 * Prices an application's claims under a schedule. Each part is computed by its item-award
 * rule (a rate of a base is rounded half-up to the fen first), the parts are added, then
 * the item cap applies to what is left of it for that kind in this application; a claim
 * repeating a `once` key (e.g. a listing stage already claimed) gets 0. Finally the
 * applicant's total is capped. Exact; every amount is at the fen.
 *
 * @example
 * const r = applySchedule(
 *   [{ kind: 'talent', talents: 6 }, { kind: 'talent', talents: 6 }],
 *   { items: { talent: { parts: [{ field: 'talents', rule: { kind: 'perUnit', amountEach: '30000' } }], cap: '300000' } } },
 * );
 * r.items.map((i) => `${i.amount.toFixed(2)} ${i.cappedBy}`); // ['180000.00 null', '120000.00 itemCap']
 * r.award.toFixed(2); // '300000.00'
 */
export function applySchedule(claims: readonly AwardClaim[], schedule: AwardSchedule): AwardScheduleResult {
  const grantedByKind = new Map<string, Decimal>();
  const seen = new Set<string>();
  const items = claims.map((claim, i): ClaimAward => {
    const path = `items[${i}]`;
    const entry = Object.prototype.hasOwnProperty.call(schedule.items, claim.kind) ? schedule.items[claim.kind] : undefined;
    if (!entry) throw new AwardClaimError(`${path}.kind`, `the schedule has no award for kind ${claim.kind}`);
    const parts = entry.parts.map((p) => partAward(claim, path, p.field, p.rule));
    const sum = combined(parts);
    const partCap = parts.find((p) => p.cappedBy !== null)?.cappedBy ?? null;
    if (entry.once) {
      const key = JSON.stringify([claim.kind, ...entry.once.per.map((f) => String(claim[f]))]);
      if (seen.has(key)) return { kind: claim.kind, amount: ZERO, uncapped: sum.amount, cappedBy: entry.once.label ?? 'once' };
      seen.add(key);
    }
    let amount = sum.amount;
    let cappedBy = partCap;
    if (entry.cap !== undefined) {
      const granted = grantedByKind.get(claim.kind) ?? ZERO;
      const room = Decimal.max(ZERO, fenAmount(entry.cap, 'cap').minus(granted));
      const r = clamp(amount, { cap: room, label: entry.capLabel ?? 'itemCap' });
      amount = r.value;
      cappedBy = r.boundBy ?? cappedBy;
    }
    grantedByKind.set(claim.kind, (grantedByKind.get(claim.kind) ?? ZERO).plus(amount));
    return { kind: claim.kind, amount, uncapped: sum.amount, cappedBy };
  });
  const amounts = items.map((x) => x.amount);
  const itemsTotal = amounts.reduce((s, a) => s.plus(a), ZERO);
  if (!schedule.applicantCap) return { items, itemsTotal, award: itemsTotal, cappedBy: null };
  const capped = capSum(amounts, schedule.applicantCap.cap, schedule.applicantCap.label ?? 'applicantCap');
  return { items, itemsTotal, award: capped.value, cappedBy: capped.boundBy };
}
