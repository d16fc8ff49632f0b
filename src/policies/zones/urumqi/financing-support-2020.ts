/**
 * Urumqi high-tech zone (新市区) guarantee-fee relief, spring 2020: 乌鲁木齐高新技术融资担保
 * 有限公司 (高新担保), the zone's state-owned guarantor, applied the national epidemic
 * measures to its guarantees. Source of the measures: the seed article (the Urumqi report,
 * `deferral-seed-source.ts`, paragraphs cited as `¶n`). Background, not encoded clause by
 * clause: 财金〔2020〕3号 (government guarantors to waive counter-guarantees and lower fees
 * for key epidemic-prevention enterprises) and 财金〔2020〕19号 (fees halved through 2020,
 * the average rate brought below 1%), which the guarantor says it "严格按照要求落实".
 *
 * Encoded (`urumqi.financing-support.2020`), per guarantee (DOMAIN.md §6):
 * - new loans and renewals (续贷): rate = min(contractFeeRate, 0.01);
 * - extension loans (展期): rate 0;
 * - key epidemic-prevention enterprises (`borrower.keyEpidemicEnterprise`): no
 *   counter-guarantee, and the whole fee is paid by the treasury (`subsidy = fee`,
 *   `payable = 0`); for other borrowers `subsidy = 0` and the firm pays the fee;
 * - fee = loanAmount x rate x termMonths / 12, half-up to the fen (`fee.guarantee`);
 *   `waived` = fee at the contract rate minus the fee charged, each at the fen.
 * An unknown `borrower.keyEpidemicEnterprise` leaves `subsidy`, `payable` and
 * `counterGuaranteeRequired` unknown (null, with the path in `missing`), never "no".
 *
 * Scope (our reading, stated because the report gives no dates): guarantees starting
 * 2020-02-01 ("公司自2月初就制定了担保支持措施方案") through 2020-12-31 (the 2020 horizon
 * of 财金〔2020〕19号), criterion `measurePeriod`. The batch (`portfolio.totals`) reports
 * counts and amounts by kind and the totals of fees, waivers and subsidies: the report's
 * "新增发放担保贷款38笔，金额为29334万元，办理展期担保贷款8笔，金额为4750万元，累计担保
 * 金额达34084万元" and "担保费免收总额达300余万元" are reproduced from data by the demo.
 *
 * @module
 */
import { and, call, cond, date, fact, get, gte, lte, not, num, ref, sub } from '../../../engine/builder/expr';
import { cite, criterion, label } from '../../../engine/builder/rules';
import { policy } from '../../../engine/builder/policy';
import type { Policy } from '../../../engine/policy';
import { STDLIB } from '../../../rules/stdlib';
import { URUMQI_SEED_2020 } from './deferral-seed-source';

const DOC = URUMQI_SEED_2020.id;

/** 财金〔2020〕3号 (background). @example CAIJIN_2020_3.number; // '财金〔2020〕3号' */
export const CAIJIN_2020_3 = {
  id: 'caijin2020n3',
  title: { zh: '财政部关于支持金融强化服务 做好新型冠状病毒感染肺炎疫情防控工作的通知', en: 'MOF notice on financial services supporting epidemic prevention and control' },
  number: '财金〔2020〕3号',
  issuer: '财政部',
} as const;

/** 财金〔2020〕19号 (background). @example CAIJIN_2020_19.number; // '财金〔2020〕19号' */
export const CAIJIN_2020_19 = {
  id: 'caijin2020n19',
  title: { zh: '关于充分发挥政府性融资担保作用 为小微企业和“三农”主体融资增信的通知', en: 'MOF notice on government financing guarantees for small/micro firms and agriculture' },
  number: '财金〔2020〕19号',
  issuer: '财政部',
} as const;

/** The measures' period (guarantee start dates), our reading of the report (see the header). */
const PERIOD = { from: '2020-02-01', to: '2020-12-31' } as const;

const GUARANTEE_FEE_CITE = cite(DOC, '¶7', undefined, {
  quote: '对新增担保业务，高新担保公司严格按照要求落实政府支持企业发展各项政策，担保费率全部降至1%以内……同时对展期贷款业务执行零担保费率',
});
const KEY_FIRM_CITE = cite(DOC, '¶7', undefined, { quote: '被确定为疫情防控重点保障企业新增贷款业务，取消反担保要求，担保费由财政全额补贴' });

/**
 * ¶7 “担保费率全部降至1%以内……对展期贷款业务执行零担保费率”: fee rates all brought to 1%
 * or less; extension loans carry a zero rate. New loans and renewals (¶2 “减费降率、延期续贷”)
 * pay min(contract rate, 1%).
 */
const priced = call(
  'fee.guarantee',
  { amount: fact('loanAmount'), contractRate: fact('contractFeeRate'), termMonths: fact('termMonths'), kind: fact('kind') },
  { rateCap: '0.01', zeroRateKinds: ['extension'] },
);

/**
 * `urumqi.financing-support.2020`: the fee of a guarantee under the zone's 2020 relief,
 * who pays it, what was waived, and whether a counter-guarantee is required.
 *
 * @example
 * compile(urumqiFinancingSupport2020).evaluate(
 *   { id: 'G1', borrower: { keyEpidemicEnterprise: true }, loanAmount: '10000000', kind: 'new', contractFeeRate: '0.02', termMonths: 12, startDate: '2020-03-02' },
 *   { asOf: '2020-03-31' },
 * ).outputs; // { rate: '0.01', fee: '100000.00', subsidy: '100000.00', payable: '0.00', waived: '100000.00', counterGuaranteeRequired: false, ... }
 */
export const urumqiFinancingSupport2020: Policy = /*@__PURE__*/ policy(
  {
    id: 'urumqi.financing-support.2020',
    title: { zh: '乌鲁木齐高新区融资担保减费降率（2020）', en: 'Urumqi high-tech zone guarantee fee relief (2020)' },
    summary: {
      zh: '新增及续贷担保费率不超过1%，展期贷款零担保费率；疫情防控重点保障企业免反担保、担保费由财政全额补贴。',
      en: 'Fee rate at most 1% on new loans and renewals, zero on extensions; key epidemic-prevention firms: no counter-guarantee, fee fully paid by the treasury.',
    },
    jurisdiction: 'urumqi',
    sources: [URUMQI_SEED_2020, CAIJIN_2020_3, CAIJIN_2020_19],
    effective: { from: PERIOD.from },
    input: 'guarantee',
    definitions: {
      priced: { expr: priced, label: label('担保费计算', 'Fee pricing'), cite: GUARANTEE_FEE_CITE },
      keyEpidemicFirm: { expr: fact('borrower', 'keyEpidemicEnterprise'), label: label('疫情防控重点保障企业', 'Key epidemic-prevention enterprise'), cite: KEY_FIRM_CITE },
      /** ¶7 “担保费由财政全额补贴”: the treasury pays the whole fee of a key epidemic-prevention firm. */
      subsidy: { expr: cond(ref('keyEpidemicFirm'), get(ref('priced'), 'fee'), num(0)), label: label('财政补贴担保费', 'Fee paid by the treasury'), cite: KEY_FIRM_CITE },
    },
    /**
     * ¶8 “公司自2月初就制定了担保支持措施方案”: the measures apply to guarantees starting from
     * early February 2020 (read as 2020-02-01) through 2020 (财金〔2020〕19号's horizon).
     */
    eligibility: criterion({
      id: 'measurePeriod',
      label: label('措施期间新办担保', 'Guarantee started while the measures applied'),
      cite: cite(DOC, '¶8', undefined, { quote: '受疫情影响，公司自2月初就制定了担保支持措施方案' }),
      test: and(gte(fact('startDate'), date(PERIOD.from)), lte(fact('startDate'), date(PERIOD.to))),
      values: { startDate: fact('startDate'), from: date(PERIOD.from), to: date(PERIOD.to) },
    }),
    outputs: {
      kind: { expr: fact('kind'), type: { type: 'string' }, label: label('业务类型', 'Kind of loan') },
      loanAmount: { expr: fact('loanAmount'), type: { type: 'money' }, label: label('担保金额', 'Amount guaranteed') },
      rate: { expr: get(ref('priced'), 'rate'), type: { type: 'decimal', minScale: 2 }, label: label('适用费率', 'Rate charged'), cite: GUARANTEE_FEE_CITE },
      fee: { expr: get(ref('priced'), 'fee'), type: { type: 'money' }, label: label('担保费', 'Fee') },
      feeAtContract: { expr: get(ref('priced'), 'feeAtContract'), type: { type: 'money' }, label: label('按合同费率的担保费', 'Fee at the contract rate') },
      waived: { expr: get(ref('priced'), 'waived'), type: { type: 'money' }, label: label('减免担保费', 'Fee waived') },
      subsidy: { expr: ref('subsidy'), type: { type: 'money' }, label: label('财政补贴', 'Paid by the treasury'), cite: KEY_FIRM_CITE },
      payable: { expr: sub(get(ref('priced'), 'fee'), ref('subsidy')), type: { type: 'money' }, label: label('企业应付担保费', 'Payable by the firm') },
      counterGuaranteeRequired: { expr: not(ref('keyEpidemicFirm')), type: { type: 'boolean' }, label: label('需反担保', 'Counter-guarantee required'), cite: KEY_FIRM_CITE },
    },
    outputsWhen: 'notIneligible',
    /** ¶7 “截至3月底，公司新增发放担保贷款38笔，金额为29334万元，办理展期担保贷款8笔，金额为4750万元，累计担保金额达34084万元”. */
    batch: [
      {
        fn: 'portfolio.totals',
        config: { amount: 'loanAmount', groupBy: 'kind', groups: ['new', 'renewal', 'extension'], sums: ['fee', 'feeAtContract', 'waived', 'subsidy', 'payable'] },
        label: label('担保业务汇总', 'Guarantee totals by kind'),
        cite: cite(DOC, '¶7', undefined, { quote: '新增发放担保贷款38笔，金额为29334万元，办理展期担保贷款8笔，金额为4750万元，累计担保金额达34084万元' }),
      },
    ],
  },
  STDLIB,
);
