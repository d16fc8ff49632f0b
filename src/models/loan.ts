import { z } from 'zod';
import { ZERO } from './decimal';
import { fact } from './fact';
import { FenMoneySchema, PositiveFenMoneySchema } from './money';
import { PartySchema } from './party';
import { paymentSchedule } from './payment-schedule';
import { compareDates } from './plain-date';
import { PlainDateSchema } from './plain-date-schema';
import { RateSchema } from './rate';
import { RECORD_FIELDS } from './record-fields';

/**
 * One scheduled principal repayment of a loan (`principal` may be 0: an interest-only date).
 *
 * @example
 * LoanPaymentSchema.parse({ due: '2019-11-20', principal: '0' }).principal.toString(); // '0'
 */
export const LoanPaymentSchema = /*@__PURE__*/ z.strictObject({
  due: PlainDateSchema,
  principal: FenMoneySchema,
});

/**
 * A borrower's deferral request: `deferTo`, the date asked for (policies cap it, and some
 * require it).
 *
 * @example
 * DeferralRequestSchema.parse({ deferTo: '2020-06-30' }); // { deferTo: '2020-06-30' }
 */
export const DeferralRequestSchema = /*@__PURE__*/ z.strictObject({
  deferTo: fact(PlainDateSchema),
});

/**
 * A loan (DOMAIN §4). The contract terms are required, because no schedule or interest
 * exists without them: `principal` (> 0, yuan), `annualRate`, `disbursedOn`, `payments`
 * (sorted by due, none before `disbursedOn`, principals summing exactly to `principal`).
 * `borrower` facts and the deferral `request` are optional (absent = unknown / none).
 *
 * @example
 * const raw = { principal: '100', annualRate: '0.0435', disbursedOn: '2019-08-20',
 *   payments: [{ due: '2020-02-20', principal: 100 }] };
 * LoanSchema.parse(raw).payments[0]?.principal.toString(); // '100'
 * parseModel(LoanSchema, { ...raw, principal: '200' }).issues;
 * // [{ path: 'payments', message: 'payment principals sum to 100, not the loan principal 200' }]
 */
export const LoanSchema = /*@__PURE__*/ z
  .strictObject({
    ...RECORD_FIELDS,
    borrower: fact(PartySchema),
    principal: PositiveFenMoneySchema,
    annualRate: RateSchema,
    disbursedOn: PlainDateSchema,
    payments: paymentSchedule(LoanPaymentSchema),
    request: fact(DeferralRequestSchema),
  })
  .superRefine((loan, ctx) => {
    const first = loan.payments[0];
    if (first !== undefined && compareDates(first.due, loan.disbursedOn) < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['payments', 0, 'due'],
        message: `due date ${first.due} is before the disbursement date ${loan.disbursedOn}`,
        input: first.due,
      });
    const sum = loan.payments.reduce((acc, p) => acc.plus(p.principal), ZERO);
    if (!sum.eq(loan.principal))
      ctx.addIssue({
        code: 'custom',
        path: ['payments'],
        message: `payment principals sum to ${sum.toString()}, not the loan principal ${loan.principal.toString()}`,
        input: loan.payments,
      });
  });

/**
 * A parsed loan.
 *
 * @example
 * const loan: Loan = LoanSchema.parse(raw);
 * loan.annualRate.toString(); // '0.0435'
 */
export type Loan = z.output<typeof LoanSchema>;

/**
 * One parsed loan payment.
 *
 * @example
 * const p: LoanPayment = { due: '2020-02-20', principal: new Decimal('5000000') };
 */
export type LoanPayment = z.output<typeof LoanPaymentSchema>;
