import { z } from 'zod';
import { BoolSchema } from './bool';
import { EnterpriseSizeSchema } from './enterprise-size';
import { fact } from './fact';
import { MoneySchema } from './money';
import { IdSchema } from './record-fields';
import { RegionCodeSchema } from './region-code';

/**
 * The firm (or person) on the other side of a contract: a loan's borrower, a lease's
 * lessee, a guarantee's borrower, an award's applicant. Every field is an optional fact:
 * `size` decides SME deferrals, `regionCode` the Hubei rule, `creditLine` (yuan) the
 * inclusive-finance (普惠) test, `keyEpidemicEnterprise` the fee waiver.
 *
 * @example
 * PartySchema.parse({ id: 'E9', size: 'small', regionCode: '650100' }).size; // 'small'
 */
export const PartySchema = /*@__PURE__*/ z.strictObject({
  id: fact(IdSchema),
  name: fact(z.string()),
  size: fact(EnterpriseSizeSchema),
  keyEpidemicEnterprise: fact(BoolSchema),
  creditLine: fact(MoneySchema),
  regionCode: fact(RegionCodeSchema),
});

/**
 * A parsed party.
 *
 * @example
 * const p: Party = { id: 'E9', size: 'small' };
 */
export type Party = z.output<typeof PartySchema>;
