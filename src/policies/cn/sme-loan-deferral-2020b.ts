/**
 * 中国人民银行 银保监会 财政部 发展改革委 工业和信息化部关于进一步对中小微企业贷款实施阶段性
 * 延期还本付息的通知 (银发〔2020〕122号), 2020-06-01.
 * Further, phased deferral of principal and interest on loans to small and micro firms.
 *
 * Encoded (DOMAIN.md §5, `cn.sme-loan-deferral.2020b`): inclusive small and micro loans
 * (普惠小微: borrower micro or small, single-borrower credit line 10,000,000 yuan or less
 * when given) falling due 2020-06-01..2020-12-31 (both included) are deferred, on the
 * firm's application, to the date asked for, at the latest 2021-03-31 (the default),
 * penalty-free; interest at the contract rate (mechanics: `sme-loan-deferral-common.ts`).
 *
 * Effective window (`asOf` = date of the application): from 2020-06-01, the notice's date,
 * to 2021-03-31, the latest date a payment may be deferred to.
 *
 * The application and the commitment to keep jobs stable: the text grants the deferral
 * “只要企业提出延期还本付息申请……且承诺保持就业岗位基本稳定” (paraphrase of the notice's
 * "应延尽延" paragraph as reported; its article number is our structural reading). We take
 * the evaluation of a loan under this policy as the firm's application (so `request` may
 * be absent: the deferral then runs to 2021-03-31). We do not encode the jobs commitment as
 * a criterion: it is a declaration the firm signs with its application and the bank
 * records, not a fact of the loan; DOMAIN.md's loan model has no field for it (the
 * `request` is `{ deferTo }`, strict), and an always-absent fact would make every real
 * record `undetermined`. Adding it would take a `request.keepsJobsStable` fact in the
 * loan model and one more criterion here.
 *
 * Not encoded: "根据商业原则保持有效担保安排或提供替代安排" (collateral kept or replaced), a
 * matter of the bank's contract; other SME loans "可由企业与银行业金融机构自主协商" (by
 * negotiation, no fixed terms: outside this policy).
 *
 * @module
 */
import { allOf, cite } from '../../engine/builder/rules';
import type { Policy } from '../../engine/policy';
import { creditLineCriterion, creditLineLimitParameter, sizeCriterion, smeLoanDeferralPolicy } from './sme-loan-deferral-common';

const DOC = 'pbc2020n122';

/** 银发〔2020〕122号 as a source document. @example SME_DEFERRAL_2020B_DOC.number; // '银发〔2020〕122号' */
export const SME_DEFERRAL_2020B_DOC = {
  id: DOC,
  title: {
    zh: '关于进一步对中小微企业贷款实施阶段性延期还本付息的通知',
    en: 'Notice on further phased deferral of principal and interest on loans to small, medium and micro enterprises',
  },
  number: '银发〔2020〕122号',
  issuer: '人民银行 银保监会 财政部 发展改革委 工业和信息化部',
  date: '2020-06-01',
} as const;

/**
 * 一: “对于2020年6月1日至12月31日期间到期的普惠小微贷款（包括单户授信1000万元及以下的小微
 * 企业贷款、个体工商户和小微企业主经营性贷款），按照‘应延尽延’要求，实施阶段性延期还本付息。”
 * Inclusive small and micro loans due 2020-06-01..2020-12-31 are deferred "as far as they
 * should be". “1000万元及以下” is inclusive: a credit line of exactly 10,000,000 qualifies.
 */
const SCOPE = cite(DOC, '一', undefined, { quote: '包括单户授信1000万元及以下的小微企业贷款、个体工商户和小微企业主经营性贷款' });

/**
 * 一: “还本日期最长可延至2021年3月31日……贷款付息日期最长可延至2021年3月31日，免收罚息。”
 * Principal and interest may be deferred to 2021-03-31 at the latest, penalty-free
 * (quoted as reproduced in the authorities' summaries; article number: structural reading).
 */
const DEFERRAL = cite(DOC, '一', undefined, { quote: '最长可延至2021年3月31日，并免收罚息' });

/**
 * `cn.sme-loan-deferral.2020b`: 普惠小微 loans due 2020-06-01..2020-12-31 deferred to
 * `request.deferTo`, capped at (and by default) 2021-03-31.
 *
 * @example
 * compile(smeLoanDeferral2020b).evaluate(loan, { asOf: '2020-07-01' }).outputs.deferTo; // '2021-03-31'
 */
export const smeLoanDeferral2020b: Policy = /*@__PURE__*/ smeLoanDeferralPolicy({
  id: 'cn.sme-loan-deferral.2020b',
  title: { zh: '普惠小微企业贷款阶段性延期还本付息', en: 'Phased loan deferral for inclusive small and micro loans (2020)' },
  summary: {
    zh: '2020年6月1日至12月31日到期的普惠小微贷款（单户授信1000万元及以下），应延尽延，最长可延至2021年3月31日，免收罚息。',
    en: 'Inclusive small/micro loans (credit line <= 10,000,000) due 2020-06-01..2020-12-31 are deferred on application to 2021-03-31 at the latest, penalty-free.',
  },
  source: SME_DEFERRAL_2020B_DOC,
  effective: { from: '2020-06-01', to: '2021-03-31' },
  terms: { window: { from: '2020-06-01', to: '2020-12-31' }, cap: '2021-03-31' },
  deferralCite: DEFERRAL,
  parameters: { creditLineLimit: creditLineLimitParameter(SCOPE, '2020-06-01') },
  /** 一: 普惠小微: the borrower is micro or small, and its credit line (when given) <= 10,000,000. */
  eligibility: allOf([sizeCriterion(SCOPE, ['micro', 'small']), creditLineCriterion(SCOPE)]),
});
