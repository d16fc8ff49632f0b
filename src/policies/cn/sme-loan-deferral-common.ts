/**
 * The mechanics shared by the SME loan-deferral notices of 2020-2022 (DOMAIN.md §4, §5),
 * so that each notice's file holds only what the notice itself says: who is covered, the
 * window of due dates, and the latest date payments may be deferred to.
 *
 * Every notice reads the same way: principal and interest falling due in the window may,
 * on the borrower's application, be deferred; no penalty interest is charged (免收罚息);
 * interest keeps accruing at the contract rate on principal still outstanding. That is the
 * `loan.deferToDate` building block: the payments due in the window move to one date
 * (`request.deferTo`, capped at the notice's latest date, which is also the default), and
 * interest is recomputed ACT/360 over the new dates, half-up to the fen per payment.
 *
 * Evaluating a loan under one of these policies stands for the borrower's application
 * (企业申请); `asOf` is the date of the application. Outputs are computed unless the
 * borrower is ineligible (`outputsWhen: 'notIneligible'`): an undetermined borrower sees
 * what the deferral would be.
 *
 * @module
 */
import { call, fact, get, isIn, lte, not, or, param, present, ref } from '../../engine/builder/expr';
import { criterion, label } from '../../engine/builder/rules';
import { policy } from '../../engine/builder/policy';
import type { Citation, Label, SourceDocument } from '../../engine/citation';
import type { Expr } from '../../engine/expr';
import type { OutputType } from '../../engine/output-type';
import type { Parameter } from '../../engine/parameter';
import type { Definition, OutputDef, Policy } from '../../engine/policy';
import type { CriterionRule, Rule } from '../../engine/rule';
import type { PlainDate } from '../../models/plain-date';
import { STDLIB } from '../../rules/stdlib';

/**
 * A notice's deferral terms: the inclusive window of due dates it covers and the latest
 * date payments may be deferred to (absent when the text sets none: the request must then
 * name the date).
 *
 * @example
 * const t: DeferralTerms = { window: { from: '2020-01-25', to: '2020-06-30' }, cap: '2020-06-30' };
 */
export interface DeferralTerms {
  readonly window: { readonly from: PlainDate; readonly to: PlainDate };
  readonly cap?: PlainDate;
}

/**
 * The loan's contract terms as arguments of a `loan.*` building block.
 *
 * @example
 * Object.keys(loanTermsArgs()); // ['principal', 'annualRate', 'disbursedOn', 'payments']
 */
export function loanTermsArgs(): Record<string, Expr> {
  return { principal: fact('principal'), annualRate: fact('annualRate'), disbursedOn: fact('disbursedOn'), payments: fact('payments') };
}

/**
 * The `loan.deferToDate` call of a notice: the requested `request.deferTo` (optional)
 * capped at the notice's latest date.
 *
 * @example
 * deferToDateCall({ window: { from: '2020-06-01', to: '2020-12-31' }, cap: '2021-03-31' }).kind; // 'call'
 */
export function deferToDateCall(terms: DeferralTerms): Expr {
  const config = { window: { from: terms.window.from, to: terms.window.to }, ...(terms.cap !== undefined ? { cap: terms.cap } : {}) };
  return call('loan.deferToDate', { ...loanTermsArgs(), deferTo: fact('request', 'deferTo') }, config);
}

/**
 * The JSON type of a repayment schedule output: `[{ due, principal, interest }]`.
 *
 * @example
 * SCHEDULE_TYPE.type; // 'list'
 */
export const SCHEDULE_TYPE: OutputType = {
  type: 'list',
  of: { type: 'record', fields: { due: { type: 'date' }, principal: { type: 'money' }, interest: { type: 'money' } } },
};

const MONEY: OutputType = { type: 'money' };
const DATES: OutputType = { type: 'list', of: { type: 'date' } };

function field(def: string, name: string, type: OutputType, l: Label): OutputDef {
  return { expr: get(ref(def), name), type, label: l };
}

/**
 * The outputs of a loan deferral (DOMAIN.md §5), read from the definition `def` holding a
 * `loan.deferToDate` or `loan.deferByMonths` result: the new `schedule`, the
 * `deferredPrincipal`, interest before and after and the difference (`extraInterest` =
 * new - original, each already at the fen), and the original due dates moved.
 *
 * @example
 * Object.keys(loanDeferralOutputs('deferral'));
 * // ['schedule', 'deferredPrincipal', 'originalInterest', 'newInterest', 'extraInterest', 'deferredDues']
 */
export function loanDeferralOutputs(def: string): Record<string, OutputDef> {
  return {
    schedule: field(def, 'schedule', SCHEDULE_TYPE, label('延期后还款计划', 'Schedule after deferral')),
    deferredPrincipal: field(def, 'deferredPrincipal', MONEY, label('延期本金', 'Principal deferred')),
    originalInterest: field(def, 'originalInterest', MONEY, label('原计划利息', 'Interest on the original schedule')),
    newInterest: field(def, 'newInterest', MONEY, label('延期后利息', 'Interest after deferral')),
    extraInterest: field(def, 'extraInterest', MONEY, label('增加的利息', 'Extra interest (new - original)')),
    deferredDues: field(def, 'deferredDues', DATES, label('被延期的原到期日', 'Original due dates deferred')),
  };
}

/**
 * The borrower-size criterion `borrowerSize` of the notices for small and micro loans:
 * the borrower's `size` is one of `sizes`.
 *
 * @example
 * sizeCriterion(cite('pbc2020b', '一', undefined, { quote: '普惠小微贷款' }), ['micro', 'small']).id; // 'borrowerSize'
 */
export function sizeCriterion(citation: Citation, sizes: readonly string[]): CriterionRule {
  return criterion({
    id: 'borrowerSize',
    label: label('借款人为小微企业', 'Borrower is a small or micro firm'),
    cite: citation,
    test: isIn(fact('borrower', 'size'), [...sizes]),
    values: { size: fact('borrower', 'size') },
  });
}

/**
 * The parameter `creditLineLimit` of 普惠小微 loans: a single borrower's credit line of
 * 10,000,000 yuan or less ("单户授信1000万元及以下").
 *
 * @example
 * creditLineLimitParameter(cite('pbc2020b', '一'), '2020-06-01').versions[0]?.value; // '10000000'
 */
export function creditLineLimitParameter(citation: Citation, from: PlainDate): Parameter {
  return {
    label: label('单户授信上限', 'Credit line limit per borrower'),
    cite: citation,
    unit: 'yuan',
    versions: [{ from, value: '10000000' }],
  };
}

/**
 * The criterion `creditLine`: "单户授信1000万元及以下" (inclusive), checked when the
 * borrower's credit line is given; an absent credit line does not block (DOMAIN.md §5:
 * "when given"). Needs the parameter `creditLineLimit`.
 *
 * @example
 * creditLineCriterion(cite('pbc2020b', '一', undefined, { quote: '单户授信1000万元及以下' })).id; // 'creditLine'
 */
export function creditLineCriterion(citation: Citation): CriterionRule {
  const line = fact('borrower', 'creditLine');
  return criterion({
    id: 'creditLine',
    label: label('单户授信1000万元及以下', 'Credit line 10,000,000 or less'),
    cite: citation,
    test: or(not(present(line)), lte(line, param('creditLineLimit'))),
    values: { creditLine: line, limit: param('creditLineLimit') },
  });
}

/**
 * What a notice's file supplies; the rest is shared.
 *
 * @example
 * const s: SmeDeferralSpec = { id: 'cn.sme-loan-deferral.2022q4', title, summary, source, effective, terms, deferralCite, eligibility };
 */
export interface SmeDeferralSpec {
  id: string;
  title: Label;
  summary: Label;
  source: SourceDocument;
  effective: { from: PlainDate; to?: PlainDate };
  terms: DeferralTerms;
  /** The clause that moves the payments (window and latest date). */
  deferralCite: Citation;
  eligibility: Rule;
  parameters?: Record<string, Parameter>;
  definitions?: Record<string, Definition>;
}

/**
 * Builds (and validates) an SME loan-deferral policy from a notice's terms: input model
 * `loan`, the definition `deferral` calling `loan.deferToDate`, the outputs of
 * {@link loanDeferralOutputs} plus `deferTo` (the date used, after the cap).
 *
 * @example
 * smeLoanDeferralPolicy(spec).outputsWhen; // 'notIneligible'
 */
export function smeLoanDeferralPolicy(spec: SmeDeferralSpec): Policy {
  return policy(
    {
      id: spec.id,
      title: spec.title,
      summary: spec.summary,
      jurisdiction: 'cn',
      sources: [spec.source],
      effective: spec.effective,
      input: 'loan',
      ...(spec.parameters ? { parameters: spec.parameters } : {}),
      definitions: {
        ...spec.definitions,
        deferral: { expr: deferToDateCall(spec.terms), label: label('延期还本付息', 'Deferral of principal and interest'), cite: spec.deferralCite },
      },
      eligibility: spec.eligibility,
      outputs: {
        ...loanDeferralOutputs('deferral'),
        deferTo: { expr: get(ref('deferral'), 'deferTo'), type: { type: 'date' }, label: label('延期至', 'Deferred to') },
      },
      outputsWhen: 'notIneligible',
    },
    STDLIB,
  );
}
