import { z } from 'zod';
import { integerSchema } from './count';
import { fact } from './fact';
import { PositiveFenMoneySchema } from './money';
import { PartySchema } from './party';
import { PlainDateSchema } from './plain-date-schema';
import { RateSchema } from './rate';
import { RECORD_FIELDS } from './record-fields';

/**
 * What a guarantee backs: a `new` loan, an `extension` (展期) or a `renewal` (续贷).
 *
 * @example
 * GuaranteeKindSchema.parse('renewal'); // 'renewal'
 */
export const GuaranteeKindSchema = /*@__PURE__*/ z.enum(['new', 'extension', 'renewal']);

/**
 * A financing guarantee (DOMAIN §6). The contract terms are required, because the fee
 * `loanAmount x rate x termMonths / 12` and its cap are meaningless without them:
 * `loanAmount` (> 0, yuan), `kind`, `contractFeeRate` (annual), `termMonths` (1..1200) and
 * `startDate` (which dated measures apply). `borrower` facts are optional.
 *
 * @example
 * GuaranteeSchema.parse({ loanAmount: '5000000', kind: 'new', contractFeeRate: '0.02',
 *   termMonths: 12, startDate: '2020-03-01' }).termMonths; // 12
 */
export const GuaranteeSchema = /*@__PURE__*/ z.strictObject({
  ...RECORD_FIELDS,
  borrower: fact(PartySchema),
  loanAmount: PositiveFenMoneySchema,
  kind: GuaranteeKindSchema,
  contractFeeRate: RateSchema,
  termMonths: integerSchema({ what: 'termMonths', min: 1, max: 1200, description: 'guarantee term in months' }),
  startDate: PlainDateSchema,
});

/**
 * A parsed guarantee.
 *
 * @example
 * const k: Guarantee['kind'] = 'extension';
 */
export type Guarantee = z.output<typeof GuaranteeSchema>;
