/**
 * 中国银保监会 中国人民银行 国家发展改革委 工业和信息化部 财政部关于对中小微企业贷款实施
 * 临时性延期还本付息的通知 (银保监发〔2020〕6号), 2020-03-01.
 * Temporary deferral of principal and interest on loans to small, medium and micro firms.
 *
 * Encoded (DOMAIN.md §5, `cn.sme-loan-deferral.2020`): borrowers of size micro, small or
 * medium, or of any size in Hubei, may have the principal and interest falling due from
 * 2020-01-25 to 2020-06-30 (both included) deferred to the date they ask for, at the
 * latest 2020-06-30 (the default), with no penalty interest; interest keeps accruing at
 * the contract rate (mechanics: `sme-loan-deferral-common.ts`).
 *
 * Effective window (`asOf` is the date of the application): from 2020-03-01, the date of
 * the notice (nobody could apply under it before), to 2020-06-30, the latest date any
 * payment may be deferred to: after it there is nothing left to arrange. The notice
 * reaches back: an application on 2020-03-15 defers a payment that fell due on 2020-02-20.
 *
 * Not encoded: "困难" (in difficulty) and "结合企业受疫情影响情况和经营状况" are the bank's
 * judgement of the application, not facts of the loan; the bank's choice of instrument
 * (展期, 续贷) does not change the schedule computed here.
 *
 * @module
 */
import { and, fact, gte, isIn, lt, or, ref } from '../../engine/builder/expr';
import { cite, criterion, label } from '../../engine/builder/rules';
import type { Policy } from '../../engine/policy';
import { smeLoanDeferralPolicy } from './sme-loan-deferral-common';

const DOC = 'cbirc2020n6';

/** 银保监发〔2020〕6号 as a source document. @example SME_DEFERRAL_2020_DOC.number; // '银保监发〔2020〕6号' */
export const SME_DEFERRAL_2020_DOC = {
  id: DOC,
  title: {
    zh: '关于对中小微企业贷款实施临时性延期还本付息的通知',
    en: 'Notice on temporary deferral of principal and interest on loans to small, medium and micro enterprises',
  },
  number: '银保监发〔2020〕6号',
  issuer: '银保监会 人民银行 发展改革委 工业和信息化部 财政部',
  date: '2020-03-01',
} as const;

/**
 * 三、关于湖北地区特殊安排: “湖北地区各类企业适用上述政策。”
 * Firms of every size in Hubei are covered. Hubei = `borrower.regionCode` (GB/T 2260) in
 * 420000..429999, i.e. starting with `42`.
 */
const inHubei = and(gte(fact('borrower', 'regionCode'), 420000), lt(fact('borrower', 'regionCode'), 430000));

/**
 * 一、关于贷款到期本金安排: “对于2020年1月25日以来到期的困难中小微企业（含小微企业主、
 * 个体工商户）贷款本金……给予企业一定期限的临时性延期还本安排。还本日期最长可延至2020年6月30日。”
 * 二、关于贷款利息支付安排: “贷款付息日期最长可延至2020年6月30日，免收罚息。”
 * Principal due from 2020-01-25 and interest due 2020-01-25..2020-06-30 may be deferred,
 * to 2020-06-30 at the latest, penalty-free. The window's end for principal is the latest
 * date itself: a payment due after 2020-06-30 cannot be deferred to 2020-06-30.
 */
const DEFERRAL = cite(DOC, '一', undefined, { quote: '还本日期最长可延至2020年6月30日' });

/**
 * `cn.sme-loan-deferral.2020`: principal and interest due 2020-01-25..2020-06-30 deferred
 * to `request.deferTo`, capped at (and by default) 2020-06-30.
 *
 * @example
 * const r = compile(smeLoanDeferral2020).evaluate(loan, { asOf: '2020-03-15' });
 * r.outputs.extraInterest; // '79145.84' for the DOMAIN.md §4 loan
 */
export const smeLoanDeferral2020: Policy = /*@__PURE__*/ smeLoanDeferralPolicy({
  id: 'cn.sme-loan-deferral.2020',
  title: { zh: '中小微企业贷款临时性延期还本付息', en: 'Temporary loan deferral for SMEs (2020)' },
  summary: {
    zh: '2020年1月25日至6月30日到期的中小微企业（湖北地区各类企业）贷款本息，可延至2020年6月30日，免收罚息。',
    en: 'Principal and interest of SME loans (any firm in Hubei) due 2020-01-25..2020-06-30 may be deferred to 2020-06-30 at the latest, penalty-free.',
  },
  source: SME_DEFERRAL_2020_DOC,
  effective: { from: '2020-03-01', to: '2020-06-30' },
  terms: { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' },
  deferralCite: DEFERRAL,
  definitions: {
    inHubei: {
      expr: inHubei,
      label: label('湖北地区企业', 'Borrower in Hubei'),
      cite: cite(DOC, '三', undefined, { quote: '湖北地区各类企业适用上述政策' }),
    },
  },
  /**
   * 一: “困难中小微企业（含小微企业主、个体工商户）” (micro, small, medium; owners and
   * individual businesses are recorded as micro) or 三: any firm in Hubei. A large borrower
   * whose `regionCode` is absent is undetermined (missing `borrower.regionCode`).
   */
  eligibility: criterion({
    id: 'borrowerSize',
    label: label('中小微企业或湖北地区企业', 'SME borrower, or any borrower in Hubei'),
    cite: cite(DOC, '一', undefined, { quote: '困难中小微企业（含小微企业主、个体工商户）' }),
    test: or(isIn(fact('borrower', 'size'), ['micro', 'small', 'medium']), ref('inHubei')),
    values: { size: fact('borrower', 'size'), regionCode: fact('borrower', 'regionCode') },
  }),
});
