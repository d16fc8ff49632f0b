/**
 * **Illustrative.** Ankang high-tech zone (安康高新区) 2019 enterprise-support awards. Source:
 * the seed article "安康高新区兑奖1650万元 助力企业达产达效" (本报讯, 罗楠; paragraphs cited as
 * `¶n`): the zone paid 2019 policy awards of about 16,500,000 yuan to 98 enterprises and
 * individuals, after application, on-site verification and joint review, for technology
 * transformation, new products, talent, technology transfer, high-tech recognition and IP,
 * listing and market expansion. The report gives no schedule: the rates and caps
 * (`awards-2019-schedule.ts`) are ours (DOMAIN.md §7, `illustrative: true`).
 *
 * Encoded (`ankang.awards.2019`), per application (input model `awardApplication`):
 * - `reviewApproved`: the joint review approved it; `rejected` fails (award 0,
 *   ineligible); `pending` is unknown with a reason and nothing missing (undetermined);
 * - `positiveAward`: the schedule awards something (an approved application whose claims
 *   all fall below the thresholds is no recipient);
 * - outputs: `items` (`[{ kind, amount, cappedBy }]`, each claim's award: half-up to the
 *   fen, then capped), `itemsTotal`, `award` (after the applicant's 2,000,000 yearly cap;
 *   0 when rejected, null while pending) and `awardCappedBy`;
 * - batch `budget.allocate` (budget 16,500,000, run option `budget` overrides): if the
 *   approved awards fit, everyone gets theirs; otherwise shares are scaled, truncated to the
 *   fen and the leftover fen go to the largest remainders, so they add up to the budget
 *   exactly and none exceeds its award. Each row gets `allocated`.
 * One application is one applicant's claims for the year: the applicant cap is applied
 * within the application.
 *
 * In force for the 2019 award year, applied for and paid through 2020.
 *
 * @module
 */
import { call, cond, fact, get, gt, num, ref } from '../../../engine/builder/expr';
import { allOf, cite, criterion, label } from '../../../engine/builder/rules';
import { policy } from '../../../engine/builder/policy';
import type { Policy } from '../../../engine/policy';
import { STDLIB } from '../../../rules/stdlib';
import { ANKANG_2019_SCHEDULE } from './awards-2019-schedule';

/**
 * The seed article (Ankang section) as a source document.
 *
 * @example
 * ANKANG_SEED_2020.title.zh; // '安康高新区兑奖1650万元 助力企业达产达效'
 */
export const ANKANG_SEED_2020 = {
  id: 'ankangSeed2020',
  title: { zh: '安康高新区兑奖1650万元 助力企业达产达效', en: 'Ankang high-tech zone pays 16.5 million yuan of awards (news report)' },
  issuer: '本报讯（罗楠）',
} as const;

const DOC = ANKANG_SEED_2020.id;

const REVIEW_CITE = cite(DOC, '¶2', undefined, { quote: '此次资金兑现经企业申报、部门实地核查、评审工作领导小组联合审查，对符合条件的企业及个人予以资金兑现' });
const ITEMS_CITE = cite(DOC, '¶2', undefined, { quote: '资金主要用于企业的技术改造、新产品研发、人才技术引进、科技成果转化、高企知识产权申报、企业上市和市场开拓等方面的投入' });

/**
 * `ankang.awards.2019`: an application's item awards under the (illustrative) schedule,
 * capped per item and per applicant, granted when the joint review approved it; the batch
 * shares the budget among the approved awards.
 *
 * @example
 * compile(ankangAwards2019).evaluate({ id: 'A1', review: 'approved', items: [{ kind: 'talent', talents: 11 }] }, { asOf: '2020-04-20' }).outputs;
 * // { items: [{ kind: 'talent', amount: '300000.00', cappedBy: 'itemCap' }], itemsTotal: '300000.00', award: '300000.00', awardCappedBy: null }
 */
export const ankangAwards2019: Policy = /*@__PURE__*/ policy(
  {
    id: 'ankang.awards.2019',
    title: { zh: '安康高新区2019年度支持企业发展政策奖励', en: 'Ankang high-tech zone 2019 enterprise-support awards' },
    summary: {
      zh: '经企业申报、实地核查、联合审查，按项目奖励（逐项四舍五入到分后封顶），每户每年不超过200万元；预算不足时按比例分配。',
      en: 'Item awards after application, on-site check and joint review (each rounded to the fen, then capped), at most 2,000,000 per applicant a year; scaled to the budget when short.',
    },
    jurisdiction: 'ankang',
    illustrative: true,
    sources: [ANKANG_SEED_2020],
    effective: { from: '2019-01-01', to: '2020-12-31' },
    input: 'awardApplication',
    definitions: {
      approved: {
        expr: call('value.tristate', { x: fact('review') }, { yes: ['approved'], no: ['rejected'], undecided: { pending: 'the joint review (联合审查) is still pending' } }),
        label: label('联合审查通过', 'Approved by the joint review'),
        cite: REVIEW_CITE,
      },
      schedule: { expr: call('award.items', { items: fact('items') }, ANKANG_2019_SCHEDULE), label: label('分项奖励核算', 'Item awards'), cite: ITEMS_CITE },
    },
    eligibility: allOf([
      /** ¶2 “经企业申报、部门实地核查、评审工作领导小组联合审查，对符合条件的企业及个人予以资金兑现”: paid after the joint review approves. */
      criterion({ id: 'reviewApproved', label: label('联合审查通过', 'Approved by the joint review'), cite: REVIEW_CITE, test: ref('approved'), values: { review: fact('review') } }),
      /** ¶2 the funds reward spending on the listed items: an application the schedule awards nothing is no recipient. */
      criterion({ id: 'positiveAward', label: label('有奖励项目', 'Something to award'), cite: ITEMS_CITE, test: gt(get(ref('schedule'), 'award'), num(0)), values: { award: get(ref('schedule'), 'award') } }),
    ]),
    outputs: {
      items: {
        expr: get(ref('schedule'), 'items'),
        type: { type: 'list', of: { type: 'record', fields: { kind: { type: 'string' }, amount: { type: 'money' }, cappedBy: { type: 'nullable', of: { type: 'string' } } } } },
        label: label('分项奖励', 'Item awards'),
        cite: ITEMS_CITE,
      },
      itemsTotal: { expr: get(ref('schedule'), 'itemsTotal'), type: { type: 'money' }, label: label('分项合计', 'Sum of item awards') },
      award: { expr: cond(ref('approved'), get(ref('schedule'), 'award'), num(0)), type: { type: 'money' }, label: label('核定奖励', 'Award'), cite: REVIEW_CITE },
      awardCappedBy: { expr: get(ref('schedule'), 'cappedBy'), type: { type: 'nullable', of: { type: 'string' } }, label: label('单户上限', 'Applicant cap applied') },
    },
    /** ¶1 “兑现2019年度支持企业发展政策奖励资金共计1650余万元”: about 16,500,000 yuan paid. */
    batch: [
      {
        fn: 'budget.allocate',
        config: { budget: '16500000', award: 'award', allocated: 'allocated' },
        label: label('奖励资金预算分配', 'Award budget allocation'),
        cite: cite(DOC, '¶1', undefined, { quote: '向辖区98家企业及个人，兑现2019年度支持企业发展政策奖励资金共计1650余万元' }),
      },
    ],
  },
  STDLIB,
);
