import { z } from 'zod';
import { AwardItemSchema } from './award-item';
import { fact } from './fact';
import { PartySchema } from './party';
import { RECORD_FIELDS } from './record-fields';

/**
 * Outcome of the joint review: `approved`, `rejected` (award 0, ineligible) or `pending`
 * (undetermined).
 *
 * @example
 * ReviewStatusSchema.parse('pending'); // 'pending'
 */
export const ReviewStatusSchema = /*@__PURE__*/ z.enum(['approved', 'rejected', 'pending']);

/**
 * An award application (DOMAIN §7). `review` is required (an application is always in
 * one of the three states; "not yet reviewed" is `pending`), and so is `items` (possibly
 * empty). `applicant` facts are optional.
 *
 * @example
 * AwardApplicationSchema.parse({ id: 'A1', review: 'approved',
 *   items: [{ kind: 'newProduct', rdExpense: '1200000' }] }).items.length; // 1
 */
export const AwardApplicationSchema = /*@__PURE__*/ z.strictObject({
  ...RECORD_FIELDS,
  applicant: fact(PartySchema),
  review: ReviewStatusSchema,
  items: z.array(AwardItemSchema),
});

/**
 * A parsed award application.
 *
 * @example
 * const a: AwardApplication = { review: 'pending', items: [] };
 */
export type AwardApplication = z.output<typeof AwardApplicationSchema>;

/**
 * A review status.
 *
 * @example
 * const r: ReviewStatus = 'rejected';
 */
export type ReviewStatus = z.output<typeof ReviewStatusSchema>;
