/**
 * **Illustrative.** Urumqi high-tech zone micro-loan deferral, spring 2020: 乌鲁木齐高新小额
 * 贷款有限公司 (高新小贷), the zone's state-owned micro-loan company, let borrowers hit by the
 * epidemic defer repayments by three months. Source: the seed article
 * (`deferral-seed-source.ts`), which reports one case (a 5,000,000-yuan loan due in
 * February 2020, deferred 3 months) and no rules. The window and the mechanics below are
 * ours (DOMAIN.md §5), realistic and documented as such (`illustrative: true`).
 *
 * Encoded (`urumqi.microloan-deferral.2020`): every payment (principal or interest-only)
 * due 2020-01-24..2020-06-30 (both included; both dates are our illustrative choice, the
 * seed's case being due in February) moves to `addMonths(due, 3)`, clamped to the month's end (2020-01-31 ->
 * 2020-04-30; Nov 30 + 3 months = Feb 29 in a leap year); payments landing on the same
 * date merge; interest is recomputed ACT/360 at the contract rate, half-up to the fen per
 * payment, with no penalty (the `loan.deferByMonths` building block). No borrower condition:
 * the seed describes the lender's own borrowers, all zone firms; a loan with nothing due
 * in the window is outside the measure (criterion `dueInWindow`).
 *
 * Effective window (`asOf` = date of the application): the window itself, 2020-01-24 to
 * 2020-06-30.
 *
 * @module
 */
import { and, call, date, get, gte, item, lte, ref, some } from '../../../engine/builder/expr';
import { cite, criterion, label } from '../../../engine/builder/rules';
import { policy } from '../../../engine/builder/policy';
import type { Policy } from '../../../engine/policy';
import { STDLIB } from '../../../rules/stdlib';
import { loanDeferralOutputs, loanTermsArgs } from '../../cn/sme-loan-deferral-common';
import { URUMQI_SEED_2020 } from './deferral-seed-source';

const DOC = URUMQI_SEED_2020.id;

/** Illustrative terms (ours): the window of due dates and the months deferred. */
const WINDOW = { from: '2020-01-24', to: '2020-06-30' } as const;
const MONTHS = 3;

/**
 * ¶5: “乌鲁木齐高新小额贷款有限公司给予我们500万元的小额贷款支持，按照约定在今年2月到期还款……
 * 高新小贷公司积极与我们沟通，提供了可延期3个月还贷的这样一个好政策。”
 * A 5,000,000-yuan micro-loan due in February, deferred by 3 months.
 */
const SEED = cite(DOC, '¶5', undefined, { quote: '提供了可延期3个月还贷的这样一个好政策' });

const inWindow = and(gte(item('due'), date(WINDOW.from)), lte(item('due'), date(WINDOW.to)));

/**
 * `urumqi.microloan-deferral.2020` (illustrative): payments due 2020-01-24..2020-06-30 move
 * 3 months later (month-end clamped), interest recomputed.
 *
 * @example
 * compile(urumqiMicroloanDeferral2020).evaluate(loan, { asOf: '2020-02-10' }).outputs.extraInterest; // '54375.00'
 */
export const urumqiMicroloanDeferral2020: Policy = /*@__PURE__*/ policy(
  {
    id: 'urumqi.microloan-deferral.2020',
    title: { zh: '乌鲁木齐高新区小额贷款延期还款（示例）', en: 'Urumqi high-tech zone micro-loan deferral (illustrative)' },
    summary: {
      zh: '示例政策：2020年1月24日至6月30日到期的小额贷款还款顺延3个月（月末对齐），按合同利率重算利息。',
      en: 'Illustrative: micro-loan payments due 2020-01-24..2020-06-30 move 3 months later (month-end clamped); interest recomputed at the contract rate.',
    },
    jurisdiction: 'urumqi',
    illustrative: true,
    sources: [URUMQI_SEED_2020],
    effective: { from: WINDOW.from, to: WINDOW.to },
    input: 'loan',
    definitions: {
      deferral: {
        expr: call('loan.deferByMonths', loanTermsArgs(), { window: { ...WINDOW }, months: MONTHS }),
        label: label('顺延3个月', 'Deferral by 3 months'),
        cite: SEED,
      },
    },
    /** Illustrative: the loan has a payment due in the window (otherwise nothing is deferred). */
    eligibility: criterion({
      id: 'dueInWindow',
      label: label('2020年1月24日至6月30日有到期还款', 'A payment falls due 2020-01-24..2020-06-30'),
      cite: cite(DOC, '¶5', undefined, { quote: '按照约定在今年2月到期还款' }),
      test: some(['payments'], inWindow),
    }),
    outputs: {
      ...loanDeferralOutputs('deferral'),
      moves: {
        expr: get(ref('deferral'), 'moves'),
        type: { type: 'list', of: { type: 'record', fields: { from: { type: 'date' }, to: { type: 'date' } } } },
        label: label('还款日调整', 'Payments moved (from, to)'),
      },
    },
    outputsWhen: 'notIneligible',
  },
  STDLIB,
);
