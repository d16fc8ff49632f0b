/**
 * 中国人民银行 银保监会 财政部 发展改革委 工业和信息化部 市场监管总局关于进一步加大对小微企业
 * 贷款延期还本付息支持力度的通知, published by the PBoC on 2022-11-14 (its document number is
 * not recorded here).
 * Greater support for deferring principal and interest on small and micro loans, Q4 2022.
 *
 * Encoded (DOMAIN.md §5, `cn.sme-loan-deferral.2022q4`): small and micro loans (borrower
 * micro or small; the text includes individual businesses and owners' business loans, which
 * are recorded as micro) falling due 2022-10-01..2022-12-31 (the fourth quarter, both
 * included) are deferred to the date agreed, at the latest 2023-06-30 (the default);
 * interest at the contract rate, penalty-free (mechanics: `sme-loan-deferral-common.ts`).
 * Unlike 2020b and 2021, the text names no credit-line limit.
 *
 * Effective window (`asOf` = date of the application): from 2022-11-14, the notice's
 * publication, to 2023-06-30, the latest date a payment may be deferred to. Q4 payments
 * already due when it appeared (October) are covered.
 *
 * Not encoded: “因新冠肺炎疫情影响暂时遇困” (temporarily in difficulty because of the
 * epidemic) is the bank's judgement of the application, not a fact of the loan; “原则上”
 * (in principle) leaves exceptions to the bank, which we do not model.
 *
 * Citations: the notice's wording is quoted as reproduced in the PBoC's announcement; its
 * article numbering is our structural reading ('一' for the deferral arrangement, paraphrase
 * of structure).
 *
 * @module
 */
import { cite } from '../../engine/builder/rules';
import type { Policy } from '../../engine/policy';
import { sizeCriterion, smeLoanDeferralPolicy } from './sme-loan-deferral-common';

const DOC = 'pbc2022q4';

/** The November 2022 notice as a source document. @example SME_DEFERRAL_2022Q4_DOC.issuer; // '人民银行 银保监会 财政部 发展改革委 工业和信息化部 市场监管总局' */
export const SME_DEFERRAL_2022Q4_DOC = {
  id: DOC,
  title: {
    zh: '关于进一步加大对小微企业贷款延期还本付息支持力度的通知',
    en: 'Notice on further increasing support for deferring principal and interest on small and micro loans',
  },
  issuer: '人民银行 银保监会 财政部 发展改革委 工业和信息化部 市场监管总局',
  date: '2022-11-14',
} as const;

/**
 * 一 (structural reading): “对于2022年第四季度到期的、因新冠肺炎疫情影响暂时遇困的小微企业贷款
 * （含个体工商户和小微企业主经营性贷款）……还本付息日期原则上最长可延至2023年6月30日。延期贷款
 * 正常计息，免收罚息。”
 * Small and micro loans due in Q4 2022 may be deferred to 2023-06-30 at the latest; the
 * deferred loan bears interest normally (contract rate), with no penalty interest.
 */
const DEFERRAL = cite(DOC, '一', undefined, { quote: '还本付息日期原则上最长可延至2023年6月30日。延期贷款正常计息，免收罚息' });
const SCOPE = cite(DOC, '一', undefined, { quote: '小微企业贷款（含个体工商户和小微企业主经营性贷款）' });

/**
 * `cn.sme-loan-deferral.2022q4`: small/micro loans due 2022-10-01..2022-12-31 deferred to
 * `request.deferTo`, capped at (and by default) 2023-06-30.
 *
 * @example
 * compile(smeLoanDeferral2022q4).evaluate(loan, { asOf: '2022-12-01' }).outputs.deferTo; // '2023-06-30'
 */
export const smeLoanDeferral2022q4: Policy = /*@__PURE__*/ smeLoanDeferralPolicy({
  id: 'cn.sme-loan-deferral.2022q4',
  title: { zh: '小微企业贷款延期还本付息（2022年第四季度）', en: 'Small and micro loan deferral (Q4 2022)' },
  summary: {
    zh: '2022年第四季度到期的小微企业贷款，还本付息日期原则上最长可延至2023年6月30日，正常计息，免收罚息。',
    en: 'Small/micro loans due in Q4 2022 may be deferred to 2023-06-30 at the latest, at the contract rate, penalty-free.',
  },
  source: SME_DEFERRAL_2022Q4_DOC,
  effective: { from: '2022-11-14', to: '2023-06-30' },
  terms: { window: { from: '2022-10-01', to: '2022-12-31' }, cap: '2023-06-30' },
  deferralCite: DEFERRAL,
  /** 一: “小微企业贷款（含个体工商户和小微企业主经营性贷款）”: the borrower is micro or small. */
  eligibility: sizeCriterion(SCOPE, ['micro', 'small']),
});
