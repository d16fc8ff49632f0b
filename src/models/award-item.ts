import { z } from 'zod';
import { BoolSchema } from './bool';
import { CountSchema } from './count';
import { MoneySchema } from './money';

/**
 * Listing stages of the listing award: 股改 (`shareholdingReform`), 申报受理
 * (`filingAccepted`), 上市 (`listed`).
 *
 * @example
 * ListingStageSchema.parse('listed'); // 'listed'
 */
export const ListingStageSchema = /*@__PURE__*/ z.enum(['shareholdingReform', 'filingAccepted', 'listed']);

/**
 * One claimed award item (DOMAIN §7), discriminated by `kind`, with the verified (post
 * on-site check) figures of its row in the award table. The figures are required: an item
 * is the claim of that figure, so a claim without it is a data error. Money in yuan.
 *
 * | kind | fields |
 * |---|---|
 * | `techTransformation` | `equipmentInvestment` |
 * | `newProduct` | `rdExpense` |
 * | `talent` | `talents` (count) |
 * | `techTransfer` | `contractAmount` |
 * | `hnte` | `firstRecognition` (boolean) |
 * | `ip` | `inventionPatents`, `utilityModels` (counts) |
 * | `listing` | `stage` |
 * | `marketExpansion` | `exhibitionFees` |
 *
 * @example
 * AwardItemSchema.parse({ kind: 'talent', talents: '3' }); // { kind: 'talent', talents: 3 }
 * AwardItemSchema.safeParse({ kind: 'lottery' }).success; // false
 */
export const AwardItemSchema = /*@__PURE__*/ z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('techTransformation'), equipmentInvestment: MoneySchema }),
  z.strictObject({ kind: z.literal('newProduct'), rdExpense: MoneySchema }),
  z.strictObject({ kind: z.literal('talent'), talents: CountSchema }),
  z.strictObject({ kind: z.literal('techTransfer'), contractAmount: MoneySchema }),
  z.strictObject({ kind: z.literal('hnte'), firstRecognition: BoolSchema }),
  z.strictObject({ kind: z.literal('ip'), inventionPatents: CountSchema, utilityModels: CountSchema }),
  z.strictObject({ kind: z.literal('listing'), stage: ListingStageSchema }),
  z.strictObject({ kind: z.literal('marketExpansion'), exhibitionFees: MoneySchema }),
]);

/**
 * A parsed award item.
 *
 * @example
 * const item: AwardItem = { kind: 'listing', stage: 'listed' };
 */
export type AwardItem = z.output<typeof AwardItemSchema>;

/**
 * The kinds of award item.
 *
 * @example
 * const k: AwardItemKind = 'marketExpansion';
 */
export type AwardItemKind = AwardItem['kind'];

/**
 * A listing stage.
 *
 * @example
 * const s: ListingStage = 'filingAccepted';
 */
export type ListingStage = z.output<typeof ListingStageSchema>;
