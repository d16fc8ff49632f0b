/**
 * **Illustrative.** The item schedule of `ankang.awards.2019` (DOMAIN.md §7): the seed
 * article names the kinds of spending rewarded (技术改造、新产品研发、人才技术引进、科技成果
 * 转化、高企知识产权申报、企业上市和市场开拓) but no rates or caps; the figures below are
 * ours, realistic for a zone's enterprise-support awards, and are policy data (the
 * configuration of `award.items`), not code.
 *
 * | kind | award | cap |
 * |---|---|---|
 * | `techTransformation` | 8% of `equipmentInvestment` when it is >= 2,000,000, else 0 | 1,000,000 |
 * | `newProduct` | 10% of `rdExpense` | 500,000 |
 * | `talent` | 30,000 per talent | 300,000 |
 * | `techTransfer` | 5% of `contractAmount` | 300,000 |
 * | `hnte` | 200,000 first recognition, 100,000 renewal | once per year |
 * | `ip` | 10,000 per invention patent + 1,000 per utility model | 200,000 |
 * | `listing` | 500,000 / 1,000,000 / 1,500,000 by stage | once per stage |
 * | `marketExpansion` | 50% of `exhibitionFees` | 100,000 |
 *
 * Each item is rounded half-up to the fen, then capped. A kind's cap holds for the whole
 * application (two `talent` claims share the 300,000), so splitting a claim gains nothing.
 * A listing stage claimed twice in one application is paid once (the repeat gets 0,
 * `cappedBy: 'oncePerStage'`); different stages reached in the same year are each paid.
 * High-tech recognition happens once a year: a second `hnte` claim gets 0
 * (`cappedBy: 'oncePerYear'`). The applicant's yearly total is capped at 2,000,000
 * (`applicantAnnualCap`).
 *
 * @module
 */
import type { AwardSchedule } from '../../../rules/award-schedule';

/**
 * The award schedule (configuration of `award.items`).
 *
 * @example
 * ANKANG_2019_SCHEDULE.items['talent']?.cap; // '300000'
 * ANKANG_2019_SCHEDULE.applicantCap?.cap; // '2000000'
 */
export const ANKANG_2019_SCHEDULE: AwardSchedule = {
  items: {
    techTransformation: { parts: [{ field: 'equipmentInvestment', rule: { kind: 'rateOfBase', rate: '0.08', minBase: '2000000' } }], cap: '1000000' },
    newProduct: { parts: [{ field: 'rdExpense', rule: { kind: 'rateOfBase', rate: '0.10' } }], cap: '500000' },
    talent: { parts: [{ field: 'talents', rule: { kind: 'perUnit', amountEach: '30000' } }], cap: '300000' },
    techTransfer: { parts: [{ field: 'contractAmount', rule: { kind: 'rateOfBase', rate: '0.05' } }], cap: '300000' },
    hnte: { parts: [{ field: 'firstRecognition', rule: { kind: 'fixedIf', amount: '200000', otherwise: '100000' } }], once: { per: [], label: 'oncePerYear' } },
    ip: {
      parts: [
        { field: 'inventionPatents', rule: { kind: 'perUnit', amountEach: '10000' } },
        { field: 'utilityModels', rule: { kind: 'perUnit', amountEach: '1000' } },
      ],
      cap: '200000',
    },
    listing: {
      parts: [{ field: 'stage', rule: { kind: 'staged', amounts: { shareholdingReform: '500000', filingAccepted: '1000000', listed: '1500000' } } }],
      once: { per: ['stage'], label: 'oncePerStage' },
    },
    marketExpansion: { parts: [{ field: 'exhibitionFees', rule: { kind: 'rateOfBase', rate: '0.5' } }], cap: '100000' },
  },
  applicantCap: { cap: '2000000', label: 'applicantAnnualCap' },
};
