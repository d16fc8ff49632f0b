import { defineFunction, type PolicyFunction } from '../../engine/functions';
import type { Value } from '../../engine/values';
import { isDecimal, type Decimal } from '../../models/decimal';
import type { LoanDeferral } from '../deferral-outcome';
import { DeferByMonthsConfigSchema, deferByMonths } from '../defer-by-months';
import { DeferToDateConfigSchema, deferToDate } from '../defer-to-date';
import { LeaseDeferralConfigSchema, deferLease } from '../lease-deferral';
import { ScheduleError } from '../schedule-error';
import type { LoanSchedule } from '../schedule-interest';
import { asInputError, decimalArg, listArg, optionalDateArg } from './value-args';

type Args = Readonly<Record<string, Value | undefined>>;

function loanOf(args: Args): LoanSchedule {
  const disbursedOn = optionalDateArg(args, 'disbursedOn');
  if (!disbursedOn) throw new TypeError('argument disbursedOn: expected a date');
  return {
    principal: decimalArg(args, 'principal'),
    annualRate: decimalArg(args, 'annualRate'),
    disbursedOn,
    payments: listArg(args, 'payments').map((p) => ({ due: p['due'] as string, principal: p['principal'] as Decimal })),
  };
}

const scheduleIssue = (e: unknown) => (e instanceof ScheduleError ? { code: 'INVALID_REQUEST', path: e.path, message: e.detail } : null);

function deferralValue(d: LoanDeferral, extra: Record<string, Value>): Value {
  return {
    schedule: d.schedule.rows.map((r) => ({ due: r.due, principal: r.principal, interest: r.interest })),
    deferredPrincipal: d.deferredPrincipal,
    originalInterest: d.originalInterest,
    newInterest: d.newInterest,
    extraInterest: d.extraInterest,
    deferredDues: [...new Set(d.deferredDues)],
    ...extra,
  };
}

const LOAN_ARGS = { principal: 'required', annualRate: 'required', disbursedOn: 'required', payments: 'required' } as const;

/**
 * `loan.deferToDate`: payments due in the window move to one date (the request, capped;
 * the cap by default), interest recomputed ACT/360. A requested date before a deferred
 * payment's due date makes the record an error row.
 *
 * @example
 * // { kind: 'call', fn: 'loan.deferToDate', args: { principal, annualRate, disbursedOn, payments, deferTo }, config: { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' } }
 */
export const deferToDateFn: PolicyFunction = defineFunction({
  name: 'loan.deferToDate',
  label: { zh: '延期至指定日', en: 'Defer to a date' },
  args: { ...LOAN_ARGS, deferTo: 'optional' },
  config: DeferToDateConfigSchema,
  make: (config) => (args, env) =>
    asInputError(() => {
      const d = deferToDate(loanOf(args), config, optionalDateArg(args, 'deferTo'));
      env.note('deferral', { deferTo: d.deferTo, deferredPrincipal: d.deferredPrincipal.toFixed(2), extraInterest: d.extraInterest.toFixed(2) });
      return deferralValue(d, { deferTo: d.deferTo });
    }, scheduleIssue),
});

/**
 * `loan.deferByMonths`: each payment due in the window moves N months (month-end clamped);
 * same-day payments merge; interest recomputed.
 *
 * @example
 * // config: { window: { from: '2020-01-24', to: '2020-06-30' }, months: 3 }
 */
export const deferByMonthsFn: PolicyFunction = defineFunction({
  name: 'loan.deferByMonths',
  label: { zh: '顺延N个月', en: 'Defer by N months' },
  args: LOAN_ARGS,
  config: DeferByMonthsConfigSchema,
  make: (config) => (args, env) =>
    asInputError(() => {
      const d = deferByMonths(loanOf(args), config);
      env.note('moves', d.moves.map((m) => ({ from: m.from, to: m.to })));
      return deferralValue(d, { moves: d.moves.map((m) => ({ from: m.from, to: m.to })) });
    }, scheduleIssue),
});

/**
 * `lease.defer`: lease rent due in the window moves N months, with no extra charge.
 *
 * @example
 * // config: { window: { from: '2020-01-24', to: '2020-04-30' }, months: 3 }
 */
export const deferLeaseFn: PolicyFunction = defineFunction({
  name: 'lease.defer',
  label: { zh: '租金延期', en: 'Lease rent deferral' },
  args: { payments: 'required' },
  config: LeaseDeferralConfigSchema,
  make: (config) => (args) =>
    asInputError(() => {
      const payments = listArg(args, 'payments').map((p) => ({ due: p['due'] as string, amount: p['amount'] as Decimal }));
      if (!payments.every((p) => isDecimal(p.amount))) throw new TypeError('lease payments need decimal amounts');
      const d = deferLease({ payments }, config);
      return {
        payments: d.payments.map((p) => ({ due: p.due, amount: p.amount })),
        deferredAmount: d.deferredAmount,
        totalBefore: d.totalBefore,
        totalAfter: d.totalAfter,
        deferredDues: [...d.deferredDues],
      };
    }, scheduleIssue),
});
