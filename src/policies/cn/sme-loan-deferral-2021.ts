/**
 * 中国人民银行 银保监会 财政部 发展改革委 工业和信息化部关于进一步延长普惠小微企业贷款延期
 * 还本付息政策和信用贷款支持政策实施期限有关事宜的通知 (银发〔2021〕81号).
 * Extension of the deferral policy for inclusive small and micro loans through 2021.
 *
 * Encoded (DOMAIN.md §5, `cn.sme-loan-deferral.2021`): 普惠小微 loans (borrower micro or
 * small, credit line 10,000,000 yuan or less when given, as the text's “下同” carries the
 * definition) falling due 2021-04-01..2021-12-31 (both included) are deferred by
 * negotiation (“由企业和银行自主协商确定”), penalty-free at the contract rate (mechanics:
 * `sme-loan-deferral-common.ts`).
 *
 * **No latest date.** The text sets no end date for the deferred payments, so there is no
 * cap and no default: `request.deferTo` (the date agreed) is required, and a loan without
 * it is a validation error (`status: "error"`, issue at `request.deferTo`). A date before a
 * deferred payment's own due date is an error too.
 *
 * Effective window (`asOf` = date of the application): 2021-04-01, when the previous
 * extension (to 2021-03-31) ends and this one's window starts, to 2021-12-31, the end of
 * the policy's term (“实施期限至2021年底”). The notice's own date is not recorded here.
 *
 * Not encoded: the PBoC's 1% incentive to local banks for deferrals of at least 6 months
 * (a matter between the central bank and the lender, not the borrower's schedule).
 *
 * @module
 */
import { allOf, cite } from '../../engine/builder/rules';
import type { Policy } from '../../engine/policy';
import { creditLineCriterion, creditLineLimitParameter, sizeCriterion, smeLoanDeferralPolicy } from './sme-loan-deferral-common';

const DOC = 'pbc2021n81';

/** 银发〔2021〕81号 as a source document. @example SME_DEFERRAL_2021_DOC.number; // '银发〔2021〕81号' */
export const SME_DEFERRAL_2021_DOC = {
  id: DOC,
  title: {
    zh: '关于进一步延长普惠小微企业贷款延期还本付息政策和信用贷款支持政策实施期限有关事宜的通知',
    en: 'Notice on further extending the deferral and credit-loan support policies for inclusive small and micro loans',
  },
  number: '银发〔2021〕81号',
  issuer: '人民银行 银保监会 财政部 发展改革委 工业和信息化部',
} as const;

/**
 * 一、继续实施普惠小微企业贷款延期还本付息政策: “对于2021年4月1日至12月31日期间到期的普惠小微
 * 企业贷款（包括单户授信1000万元及以下的小微企业贷款、个体工商户和小微企业主经营性贷款，下同），
 * 由企业和银行自主协商确定，继续实施阶段性延期还本付息。”
 * Inclusive small/micro loans due 2021-04-01..2021-12-31: deferral as the firm and the bank
 * agree; no latest date is set.
 */
const SCOPE = cite(DOC, '一', undefined, { quote: '包括单户授信1000万元及以下的小微企业贷款、个体工商户和小微企业主经营性贷款' });
const DEFERRAL = cite(DOC, '一', undefined, { quote: '由企业和银行自主协商确定，继续实施阶段性延期还本付息' });

/**
 * `cn.sme-loan-deferral.2021`: 普惠小微 loans due 2021-04-01..2021-12-31 deferred to the
 * agreed `request.deferTo` (required: the text sets no end date).
 *
 * @example
 * compile(smeLoanDeferral2021).evaluate(loanWithoutRequest, { asOf: '2021-05-01' }).status; // 'error'
 */
export const smeLoanDeferral2021: Policy = /*@__PURE__*/ smeLoanDeferralPolicy({
  id: 'cn.sme-loan-deferral.2021',
  title: { zh: '普惠小微企业贷款延期还本付息（2021年延长）', en: 'Loan deferral for inclusive small and micro loans (2021 extension)' },
  summary: {
    zh: '2021年4月1日至12月31日到期的普惠小微企业贷款，由企业和银行自主协商延期还本付息；文件未规定最长延期日，须申请延期至的日期。',
    en: 'Inclusive small/micro loans due 2021-04-01..2021-12-31 deferred as agreed; the text sets no end date, so the request must name one.',
  },
  source: SME_DEFERRAL_2021_DOC,
  effective: { from: '2021-04-01', to: '2021-12-31' },
  terms: { window: { from: '2021-04-01', to: '2021-12-31' } },
  deferralCite: DEFERRAL,
  parameters: { creditLineLimit: creditLineLimitParameter(SCOPE, '2021-04-01') },
  /** 一: 普惠小微 (“下同”): the borrower is micro or small, credit line (when given) <= 10,000,000. */
  eligibility: allOf([sizeCriterion(SCOPE, ['micro', 'small']), creditLineCriterion(SCOPE)]),
});
