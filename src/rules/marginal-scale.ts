import { z } from 'zod';
import { Decimal } from '../models/decimal';
import { roundTo, type RoundingMode } from '../models/rounding';
import { DecimalStringSchema, toDecimal } from './decimal-input';

/** The decimal a string denotes, or null: schema refinements may see unvalidated strings. */
const tryDecimal = (s: string): Decimal | null => (DecimalStringSchema.safeParse(s).success ? new Decimal(s) : null);

const MODES = ['half-up', 'half-even', 'down', 'up', 'floor', 'ceil'] as const satisfies readonly RoundingMode[];

/**
 * A rounding rule as data: the scale (decimal places) and the mode.
 *
 * @example
 * RoundingSchema.parse({ scale: 2, mode: 'half-up' }); // { scale: 2, mode: 'half-up' }
 */
export const RoundingSchema = z.strictObject({ scale: z.int().min(0).max(20), mode: z.enum(MODES) });

/**
 * A marginal scale as plain JSON data, like a progressive tax: the base is cut into slices
 * `(0, upTo₁], (upTo₁, upTo₂], ..., (upToₙ, ∞)` and each slice is charged at its own rate.
 * Every slice but the last names its `upTo` (strictly increasing, > 0); the last is open
 * (a capped scale ends with an open slice at rate "0"). Exact unless `round` is given.
 *
 * @example
 * MarginalScaleSchema.parse({ kind: 'marginal', slices: [{ upTo: '1000000', rate: '0.05' }, { rate: '0.03' }] }).slices.length; // 2
 */
export const MarginalScaleSchema = z
  .strictObject({
    kind: z.literal('marginal'),
    slices: z.array(z.strictObject({ upTo: DecimalStringSchema.optional(), rate: DecimalStringSchema })).min(1),
    round: RoundingSchema.optional(),
  })
  .superRefine((scale, ctx) => {
    let prev = new Decimal(0);
    scale.slices.forEach((slice, i) => {
      const last = i === scale.slices.length - 1;
      if (last !== (slice.upTo === undefined)) {
        const message = last ? 'the last slice is open: no upTo' : 'only the last slice may omit upTo';
        ctx.addIssue({ code: 'custom', path: ['slices', i, 'upTo'], message });
        return;
      }
      const upTo = slice.upTo === undefined ? null : tryDecimal(slice.upTo);
      if (upTo === null) return;
      if (!upTo.gt(prev)) {
        ctx.addIssue({ code: 'custom', path: ['slices', i, 'upTo'], message: `upTo must be above ${prev.toString()}` });
      }
      prev = upTo;
    });
  });

/**
 * A marginal scale (see {@link MarginalScaleSchema}).
 *
 * @example
 * const scale: MarginalScale = { kind: 'marginal', slices: [{ upTo: '1000000', rate: '0.05' }, { rate: '0.03' }] };
 */
export type MarginalScale = z.infer<typeof MarginalScaleSchema>;

/**
 * One slice of the base that a scale charged: the part `(from, to]` at `rate`.
 *
 * @example
 * const s: MarginalSlice = { from: new Decimal(0), to: new Decimal(1000000), rate: new Decimal('0.05'), amount: new Decimal(50000) };
 */
export interface MarginalSlice {
  from: Decimal;
  to: Decimal;
  rate: Decimal;
  amount: Decimal;
}

/**
 * The result of {@link applyMarginal}: the total (rounded only if the scale says so), the
 * exact sum before that rounding, and the slices the base reached.
 *
 * @example
 * const r: MarginalResult = { total: new Decimal(0), exact: new Decimal(0), slices: [] };
 */
export interface MarginalResult {
  total: Decimal;
  exact: Decimal;
  slices: MarginalSlice[];
}

/**
 * Applies a marginal scale to a base (>= 0): each slice of the base at its own rate,
 * summed exactly. The scale's `round`, if any, applies once, to the total; the slice
 * amounts stay exact, so `exact` is their sum. A base of 0 touches no slice.
 *
 * @example
 * const scale: MarginalScale = { kind: 'marginal', slices: [
 *   { upTo: '1000000', rate: '0.05' }, { upTo: '3000000', rate: '0.03' }, { rate: '0.01' }] };
 * applyMarginal(scale, new Decimal('4000000')).total.toString(); // '120000' (50,000 + 60,000 + 10,000)
 */
export function applyMarginal(scale: MarginalScale, base: Decimal): MarginalResult {
  if (base.isNegative()) throw new RangeError(`marginal scale: negative base ${base.toString()}`);
  const slices: MarginalSlice[] = [];
  let from = new Decimal(0);
  for (const slice of scale.slices) {
    if (!base.gt(from)) break;
    const upTo = slice.upTo === undefined ? null : toDecimal(slice.upTo);
    const to = upTo === null || base.lt(upTo) ? base : upTo;
    const rate = toDecimal(slice.rate);
    slices.push({ from, to, rate, amount: to.minus(from).times(rate) });
    from = to;
  }
  const exact = slices.reduce((sum, s) => sum.plus(s.amount), new Decimal(0));
  const total = scale.round ? roundTo(exact, scale.round.scale, scale.round.mode) : exact;
  return { total, exact, slices };
}
