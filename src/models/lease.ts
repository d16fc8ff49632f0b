import { z } from 'zod';
import { fact } from './fact';
import { FenMoneySchema, MoneySchema } from './money';
import { PartySchema } from './party';
import { paymentSchedule } from './payment-schedule';
import { PlainDateSchema } from './plain-date-schema';
import { RECORD_FIELDS } from './record-fields';

/**
 * One lease installment: the amount (yuan) due on a date.
 *
 * @example
 * LeasePaymentSchema.parse({ due: '2020-02-15', amount: '92000' }).amount.toString(); // '92000'
 */
export const LeasePaymentSchema = /*@__PURE__*/ z.strictObject({
  due: PlainDateSchema,
  amount: FenMoneySchema,
});

/**
 * A financial lease (DOMAIN §5): its installments are required (sorted by due, at least
 * one), since a deferral moves them; `lessee` and `equipmentValue` (yuan) are optional facts.
 *
 * @example
 * LeaseSchema.parse({ id: 'LS1', equipmentValue: '19960000',
 *   payments: [{ due: '2020-02-15', amount: '92000' }] }).id; // 'LS1'
 */
export const LeaseSchema = /*@__PURE__*/ z.strictObject({
  ...RECORD_FIELDS,
  lessee: fact(PartySchema),
  equipmentValue: fact(MoneySchema),
  payments: paymentSchedule(LeasePaymentSchema),
});

/**
 * A parsed lease.
 *
 * @example
 * const l: Lease = { payments: [{ due: '2020-02-15', amount: new Decimal('92000') }] };
 */
export type Lease = z.output<typeof LeaseSchema>;

/**
 * One parsed lease installment.
 *
 * @example
 * const p: LeasePayment = { due: '2020-02-15', amount: new Decimal('92000') };
 */
export type LeasePayment = z.output<typeof LeasePaymentSchema>;
