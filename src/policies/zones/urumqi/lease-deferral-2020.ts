/**
 * **Illustrative.** Urumqi high-tech zone lease-fee deferral, spring 2020: 新疆高新卓盈融资
 * 租赁有限公司 (高新租赁), the zone's state-owned financial-lease company, offered lessees hit
 * by the epidemic contracts deferring their lease fees. Source: the seed article
 * (`deferral-seed-source.ts`), which reports one case (276,000 yuan of lease fees, on
 * equipment worth 19,960,000 yuan, deferred while the lessee was shut for nearly three
 * months) and no rules. The window and the terms below are ours (DOMAIN.md §5, realistic
 * and documented as such: `illustrative: true`).
 *
 * Encoded (`urumqi.lease-deferral.2020`): every lease instalment due 2020-01-24..2020-04-30
 * (both included; the dates are our choice, matching the "nearly three months" of the
 * case) moves 3 months later (month-end clamped), with no interest or other charge;
 * instalments landing on the same date merge (the `lease.defer` building block). Outputs:
 * the new `payments`, the `deferredAmount`, and the totals before and after (equal: nothing
 * is charged for the deferral). No lessee condition; a lease with nothing due in the
 * window is outside the measure (criterion `dueInWindow`).
 *
 * Effective window (`asOf` = date of the application): the window itself, 2020-01-24 to
 * 2020-04-30.
 *
 * @module
 */
import { and, call, date, fact, get, gte, item, lte, ref, some } from '../../../engine/builder/expr';
import { cite, criterion, label } from '../../../engine/builder/rules';
import { policy } from '../../../engine/builder/policy';
import type { Policy } from '../../../engine/policy';
import { STDLIB } from '../../../rules/stdlib';
import { URUMQI_SEED_2020 } from './deferral-seed-source';

const DOC = URUMQI_SEED_2020.id;

/** Illustrative terms (ours): the window of due dates and the months deferred. */
const WINDOW = { from: '2020-01-24', to: '2020-04-30' } as const;
const MONTHS = 3;

/**
 * ¶4: “前期我们向高新租赁公司租赁了价值1996万元的设备，疫情期间租赁费用达到了27.6万元……高新
 * 租赁主动上门找我们签订延期收取设备的租赁费用的合同”.
 * Equipment worth 19,960,000 leased; 276,000 of lease fees fell due during the epidemic,
 * and the lessor offered a contract deferring their collection.
 */
const SEED = cite(DOC, '¶4', undefined, { quote: '签订延期收取设备的租赁费用的合同' });

const MONEY = { type: 'money' } as const;

/**
 * `urumqi.lease-deferral.2020` (illustrative): lease fees due 2020-01-24..2020-04-30 move 3
 * months later, free of charge.
 *
 * @example
 * compile(urumqiLeaseDeferral2020).evaluate(lease, { asOf: '2020-04-09' }).outputs.deferredAmount; // '276000.00'
 */
export const urumqiLeaseDeferral2020: Policy = /*@__PURE__*/ policy(
  {
    id: 'urumqi.lease-deferral.2020',
    title: { zh: '乌鲁木齐高新区融资租赁租金延期收取（示例）', en: 'Urumqi high-tech zone lease-fee deferral (illustrative)' },
    summary: {
      zh: '示例政策：2020年1月24日至4月30日到期的租赁费用顺延3个月收取，不收取额外费用。',
      en: 'Illustrative: lease fees due 2020-01-24..2020-04-30 are collected 3 months later, with no extra charge.',
    },
    jurisdiction: 'urumqi',
    illustrative: true,
    sources: [URUMQI_SEED_2020],
    effective: { from: WINDOW.from, to: WINDOW.to },
    input: 'lease',
    definitions: {
      deferral: {
        expr: call('lease.defer', { payments: fact('payments') }, { window: { ...WINDOW }, months: MONTHS }),
        label: label('租金顺延3个月', 'Lease fees deferred by 3 months'),
        cite: SEED,
      },
    },
    /** Illustrative: the lease has an instalment due in the window (otherwise nothing is deferred). */
    eligibility: criterion({
      id: 'dueInWindow',
      label: label('2020年1月24日至4月30日有到期租金', 'A lease fee falls due 2020-01-24..2020-04-30'),
      cite: cite(DOC, '¶4', undefined, { quote: '疫情期间租赁费用达到了27.6万元' }),
      test: some(['payments'], and(gte(item('due'), date(WINDOW.from)), lte(item('due'), date(WINDOW.to)))),
    }),
    outputs: {
      payments: {
        expr: get(ref('deferral'), 'payments'),
        type: { type: 'list', of: { type: 'record', fields: { due: { type: 'date' }, amount: MONEY } } },
        label: label('延期后租金计划', 'Lease fees after deferral'),
      },
      deferredAmount: { expr: get(ref('deferral'), 'deferredAmount'), type: MONEY, label: label('延期收取的租金', 'Lease fees deferred') },
      totalBefore: { expr: get(ref('deferral'), 'totalBefore'), type: MONEY, label: label('延期前租金合计', 'Total before') },
      totalAfter: { expr: get(ref('deferral'), 'totalAfter'), type: MONEY, label: label('延期后租金合计', 'Total after') },
      deferredDues: {
        expr: get(ref('deferral'), 'deferredDues'),
        type: { type: 'list', of: { type: 'date' } },
        label: label('被延期的原到期日', 'Original due dates deferred'),
      },
    },
    outputsWhen: 'notIneligible',
  },
  STDLIB,
);
