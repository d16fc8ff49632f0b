import { z } from 'zod';
import { Decimal, ZERO } from '../models/decimal';
import { toFen } from '../models/rounding';
import { NonNegativeDecimalStringSchema, nonNegative, type DecimalLike } from './decimal-input';

/**
 * A rate-cap band by loan amount: applies when `amount <= upTo` (`inclusive: true`, the
 * reading of "（含）以下") or `amount < upTo` (`inclusive: false`); no `upTo` = every amount.
 * Bands are tried in order; their `upTo` must increase and only the last may omit it.
 *
 * @example
 * const bands: FeeBand[] = [{ upTo: '5000000', inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.015' }];
 */
export interface FeeBand {
  readonly upTo?: DecimalLike;
  readonly inclusive: boolean;
  readonly cap: DecimalLike;
}

/**
 * A fee rule: an overall rate cap, amount bands of caps (both optional; when both apply
 * the lower one binds), and the loan kinds charged a zero rate (e.g. `['extension']`).
 *
 * @example
 * const rule: FeeRule = { rateCap: '0.01', zeroRateKinds: ['extension'] };
 */
export interface FeeRule {
  readonly rateCap?: DecimalLike;
  readonly bands?: readonly FeeBand[];
  readonly zeroRateKinds?: readonly string[];
}

const FeeBandSchema = z.strictObject({
  upTo: NonNegativeDecimalStringSchema.optional(),
  inclusive: z.boolean(),
  cap: NonNegativeDecimalStringSchema,
});

/**
 * Serialisable configuration of a {@link FeeRule} (decimals as strings); parsed data is a
 * valid `FeeRule` as is. Band order is checked: increasing `upTo`, only the last open.
 *
 * @example
 * FeeRuleConfigSchema.parse({ rateCap: '0.01', zeroRateKinds: ['extension'] }); // same object
 * FeeRuleConfigSchema.parse({ bands: [{ upTo: '5000000', inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.015' }] });
 */
export const FeeRuleConfigSchema = z
  .strictObject({
    rateCap: NonNegativeDecimalStringSchema.optional(),
    bands: z.array(FeeBandSchema).min(1).optional(),
    zeroRateKinds: z.array(z.string().min(1)).optional(),
  })
  .superRefine((rule, ctx) => {
    const problem = rule.bands ? bandOrderProblem(rule.bands) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['bands'], message: problem });
  });

/**
 * A fee rule as JSON data.
 *
 * @example
 * const c: FeeRuleConfig = { rateCap: '0.01' };
 */
export type FeeRuleConfig = z.infer<typeof FeeRuleConfigSchema>;

/**
 * One guarantee (or loan) to price: the base amount, the contract's annual fee rate, the
 * term in whole months, its kind (for zero-rate overrides) and the share of the fee the
 * treasury pays (0..1, default 0).
 *
 * @example
 * const g: FeeInput = { base: new Decimal('3000000'), contractRate: new Decimal('0.015'), termMonths: 12 };
 */
export interface FeeInput {
  readonly base: Decimal;
  readonly contractRate: Decimal;
  readonly termMonths: number;
  readonly kind?: string;
  readonly subsidyShare?: DecimalLike;
}

/**
 * What decided the charged rate: `null` (the contract rate, at or under every cap),
 * `'zeroRate'` (a zero-rate kind), `'cap'` (the overall cap) or `'band'` (an amount band).
 *
 * @example
 * const by: RateCappedBy = 'band';
 */
export type RateCappedBy = null | 'zeroRate' | 'cap' | 'band';

/**
 * A priced fee with its trace. Money is at the fen; `subsidy + payable = fee`,
 * `waived = feeAtContract - fee`, and nothing is negative.
 *
 * @example
 * guaranteeFee({ base: new Decimal('3000000'), contractRate: new Decimal('0.015'), termMonths: 12 }, { rateCap: '0.01' }).waived.toFixed(2); // '15000.00'
 */
export interface FeeResult {
  readonly rate: Decimal;
  readonly fee: Decimal;
  readonly feeAtContract: Decimal;
  readonly waived: Decimal;
  readonly subsidy: Decimal;
  readonly payable: Decimal;
  readonly rateCappedBy: RateCappedBy;
  /** The cap that applied to this amount (lowest of `rateCap` and the band), or null. */
  readonly cap: Decimal | null;
  /** Index of the amount band that matched, or null when the rule has no bands. */
  readonly band: number | null;
  readonly subsidyShare: Decimal;
}

/**
 * Fee for a period: `base x annualRate x termMonths / 12`, rounded half-up to the fen.
 * Exact: the numerator is an exact product, and a quotient by 12 either terminates or ends
 * in a repeating 3 or 6, so it can never be mistaken for a half-fen tie.
 *
 * @example
 * periodFee(new Decimal('3000000'), new Decimal('0.01'), 12).toFixed(2); // '30000.00'
 * periodFee(new Decimal('1000000'), new Decimal('0.01'), 7).toFixed(2); // '5833.33'
 */
export function periodFee(base: Decimal, annualRate: Decimal, termMonths: number): Decimal {
  if (!Number.isInteger(termMonths) || termMonths < 0) {
    throw new RangeError(`termMonths must be a non-negative integer, got ${termMonths}`);
  }
  return toFen(base.times(annualRate).times(termMonths).div(12));
}

/**
 * The band matching `amount`, or a RangeError when no band covers it (never a silent
 * "no cap").
 *
 * @example
 * bandFor(new Decimal('5000000'), [{ upTo: '5000000', inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.015' }]); // 0
 */
export function bandFor(amount: Decimal, bands: readonly FeeBand[]): number {
  const problem = bandOrderProblem(bands);
  if (problem) throw new RangeError(problem);
  const i = bands.findIndex((b) => {
    if (b.upTo === undefined) return true;
    const upTo = nonNegative(b.upTo, 'band upTo');
    return b.inclusive ? amount.lte(upTo) : amount.lt(upTo);
  });
  if (i < 0) throw new RangeError(`no fee band covers amount ${amount.toString()}`);
  return i;
}

function bandOrderProblem(bands: readonly FeeBand[]): string | null {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as FeeBand;
    if (b.upTo === undefined && i < bands.length - 1) return `band ${i} has no upTo but is not the last band`;
    const prev = i > 0 ? bands[i - 1]?.upTo : undefined;
    if (b.upTo !== undefined && prev !== undefined && !nonNegative(prev).lt(nonNegative(b.upTo))) {
      return `band ${i}: upTo must be greater than the previous band's upTo`;
    }
  }
  return null;
}

/**
 * Prices a guarantee under a fee rule: rate = min(contractRate, cap) (zero for a zero-rate
 * kind), fee at that rate, the fee at the contract rate, the waiver between them, and the
 * split between the treasury (`subsidy = fee x share`, half-up to the fen) and the firm.
 *
 * @example
 * const r = guaranteeFee(
 *   { base: new Decimal('6000000'), contractRate: new Decimal('0.02'), termMonths: 12 },
 *   { bands: [{ upTo: '5000000', inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.015' }] },
 * );
 * r.rate.toString(); // '0.015'
 * r.fee.toFixed(2); // '90000.00'
 * r.waived.toFixed(2); // '30000.00'
 * r.rateCappedBy; // 'band'
 */
export function guaranteeFee(input: FeeInput, rule: FeeRule): FeeResult {
  const base = nonNegative(input.base, 'base');
  const contractRate = nonNegative(input.contractRate, 'contractRate');
  const share = nonNegative(input.subsidyShare ?? ZERO, 'subsidyShare');
  if (share.gt(1)) throw new RangeError(`subsidyShare must be between 0 and 1, got ${share.toString()}`);

  const overall = rule.rateCap === undefined ? null : nonNegative(rule.rateCap, 'rateCap');
  const band = rule.bands === undefined ? null : bandFor(base, rule.bands);
  const bandCap = band === null ? null : nonNegative((rule.bands?.[band] as FeeBand).cap, 'band cap');
  const cap = lowest(overall, bandCap);
  const capSource: RateCappedBy = cap === null ? null : overall !== null && cap.eq(overall) ? 'cap' : 'band';

  const zeroRate = input.kind !== undefined && (rule.zeroRateKinds ?? []).includes(input.kind);
  let rate = contractRate;
  let rateCappedBy: RateCappedBy = null;
  if (zeroRate) {
    rate = ZERO;
    rateCappedBy = 'zeroRate';
  } else if (cap !== null && contractRate.gt(cap)) {
    rate = cap;
    rateCappedBy = capSource;
  }

  const fee = periodFee(base, rate, input.termMonths);
  const feeAtContract = periodFee(base, contractRate, input.termMonths);
  const subsidy = toFen(fee.times(share));
  return {
    rate,
    fee,
    feeAtContract,
    waived: feeAtContract.minus(fee),
    subsidy,
    payable: fee.minus(subsidy),
    rateCappedBy,
    cap,
    band,
    subsidyShare: share,
  };
}

function lowest(a: Decimal | null, b: Decimal | null): Decimal | null {
  if (a === null) return b;
  if (b === null) return a;
  return Decimal.min(a, b);
}
