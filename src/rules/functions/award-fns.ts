import { defineFunction, type PolicyFunction } from '../../engine/functions';
import { AwardClaimError, AwardScheduleSchema, applySchedule, type AwardClaim } from '../award-schedule';
import { asInputError, listArg } from './value-args';

const claimIssue = (e: unknown) => (e instanceof AwardClaimError ? { code: 'INVALID_CLAIM', path: e.path, message: e.detail } : null);

/**
 * `award.items`: prices an application's claimed items under an award schedule given as
 * configuration data (rates, thresholds, amounts, item caps, once-only items, the
 * applicant's cap). Returns `{ items: [{ kind, amount, cappedBy }], itemsTotal, award,
 * cappedBy }`, money at the fen. A claim the schedule cannot price makes the record an
 * error row naming the field.
 *
 * @example
 * // { kind: 'call', fn: 'award.items', args: { items: { kind: 'fact', path: ['items'] } },
 * //   config: { items: { talent: { parts: [{ field: 'talents', rule: { kind: 'perUnit', amountEach: '30000' } }], cap: '300000' } },
 * //             applicantCap: { cap: '2000000', label: 'applicantAnnualCap' } } }
 */
export const awardItemsFn: PolicyFunction = defineFunction({
  name: 'award.items',
  label: { zh: '奖励项目核算', en: 'Item awards' },
  args: { items: 'required' },
  config: AwardScheduleSchema,
  make: (schedule) => (args, env) =>
    asInputError(() => {
      const claims = listArg(args, 'items').map((c, i): AwardClaim => {
        const kind = c['kind'];
        if (typeof kind !== 'string') throw new AwardClaimError(`items[${i}].kind`, 'expected the kind of the item');
        return { ...c, kind };
      });
      const r = applySchedule(claims, schedule);
      env.note('items', r.items.map((x) => ({ kind: x.kind, uncapped: x.uncapped.toFixed(2), amount: x.amount.toFixed(2), cappedBy: x.cappedBy })));
      env.note('applicantCap', { itemsTotal: r.itemsTotal.toFixed(2), award: r.award.toFixed(2), cappedBy: r.cappedBy });
      return {
        items: r.items.map((x) => ({ kind: x.kind, amount: x.amount, cappedBy: x.cappedBy })),
        itemsTotal: r.itemsTotal,
        award: r.award,
        cappedBy: r.cappedBy,
      };
    }, claimIssue),
});
