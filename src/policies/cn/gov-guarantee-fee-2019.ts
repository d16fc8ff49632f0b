/**
 * 国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见
 * (国办发〔2019〕6号), 国务院办公厅, 2019-02-14. In force from 2019-02-14, no end date.
 * Guidance on government financing-guarantee funds serving small and micro firms and
 * agriculture (“三农”): fee-rate caps per guarantee and portfolio targets.
 *
 * Encoded: the per-guarantee annual fee-rate caps (1% up to 5,000,000 yuan inclusive,
 * 1.5% above), the resulting fee and waiver against the contract rate, and the portfolio
 * targets computed over a batch by `portfolio.guarantees` (amount-weighted average rate
 * <= 1%; 支小支农 share >= 80% of the amount guaranteed, of which single guarantees up to
 * 5,000,000 >= 50%). The batch counts every evaluated guarantee, small borrower or not:
 * the shares are shares of the whole book. Per row, `smallMicroAgri` says whether the
 * guarantee is 支小支农 and `withinSmallLimit` whether it is up to 5,000,000.
 *
 * @module
 */
import { call, cond, fact, get, isIn, lte, num, param, ref } from '../../engine/builder/expr';
import { cite, criterion, label } from '../../engine/builder/rules';
import { policy } from '../../engine/builder/policy';
import type { Policy } from '../../engine/policy';
import { STDLIB } from '../../rules/stdlib';

const DOC = 'gbf2019';

/** 国办发〔2019〕6号 as a source document. @example GBF_2019.number; // '国办发〔2019〕6号' */
export const GBF_2019 = {
  id: DOC,
  title: { zh: '国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见', en: 'Guidance on government financing-guarantee funds supporting small and micro firms and agriculture' },
  number: '国办发〔2019〕6号',
  issuer: '国务院办公厅',
  date: '2019-02-14',
  url: 'http://www.gov.cn/zhengce/content/2019-02/14/content_5365818.htm',
} as const;

/**
 * 三、（七）“……对单户担保金额500万元及以下的小微企业和‘三农’主体收取的担保费率原则上不超过1%，
 * 对单户担保金额500万元以上的小微企业和‘三农’主体收取的担保费率原则上不超过1.5%。”
 * Fee rate at most 1% for a single guarantee of 5,000,000 yuan or less (“及以下”: inclusive),
 * at most 1.5% above.
 */
const feeRule = call(
  'fee.guarantee',
  { amount: fact('loanAmount'), contractRate: fact('contractFeeRate'), termMonths: fact('termMonths') },
  { bands: [{ upTo: '5000000', inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.015' }] },
);

/**
 * `cn.gov-guarantee-fee.2019`: a guarantee to a small or micro borrower is priced under the
 * caps (fee, waiver against the contract rate); the batch reports the portfolio targets.
 *
 * @example
 * compile(govGuaranteeFee2019).evaluate(guarantee, { asOf: '2020-03-01' }).outputs.rate; // '0.01'
 */
export const govGuaranteeFee2019: Policy = /*@__PURE__*/ policy(
  {
    id: 'cn.gov-guarantee-fee.2019',
    title: { zh: '政府性融资担保费率上限', en: 'Government financing-guarantee fee caps' },
    summary: { zh: '单户500万元及以下担保费率不超过1%，以上不超过1.5%；担保组合平均费率不超过1%。', en: 'Fee rate <= 1% up to 5,000,000 per guarantee, <= 1.5% above; portfolio average <= 1%.' },
    jurisdiction: 'cn',
    sources: [GBF_2019],
    effective: { from: '2019-02-14' },
    input: 'guarantee',
    parameters: {
      smallGuaranteeLimit: {
        label: label('单户担保金额界限', 'Single-guarantee amount limit'),
        cite: cite(DOC, '三', '七', { quote: '单户担保金额500万元及以下' }),
        unit: 'yuan',
        versions: [{ from: '2019-02-14', value: '5000000' }],
      },
      portfolioRateTarget: {
        label: label('平均担保费率目标', 'Average fee-rate target'),
        cite: cite(DOC, '三', '七', { quote: '引导合作机构逐步将平均担保费率降至1%以下' }),
        unit: 'ratio',
        versions: [{ from: '2019-02-14', value: '0.01' }],
      },
    },
    definitions: {
      smallMicro: { expr: isIn(fact('borrower', 'size'), ['micro', 'small']), label: label('小微企业', 'Small or micro firm') },
      priced: { expr: feeRule, label: label('担保费计算', 'Fee pricing'), cite: cite(DOC, '三', '七') },
    },
    /**
     * 三、（七）The caps are stated for “小微企业和‘三农’主体”: the borrower must be a small or
     * micro firm (the 三农 status is not in the input model; such borrowers are recorded
     * with size micro or small by the guarantee body).
     */
    eligibility: criterion({
      id: 'smallMicroBorrower',
      label: label('小微企业和“三农”主体', 'Small/micro or agricultural borrower'),
      cite: cite(DOC, '三', '七', { quote: '对单户担保金额500万元及以下的小微企业和“三农”主体收取的担保费率原则上不超过1%' }),
      test: ref('smallMicro'),
      values: { size: fact('borrower', 'size') },
    }),
    outputs: {
      rate: { expr: cond(ref('smallMicro'), get(ref('priced'), 'rate'), fact('contractFeeRate')), type: { type: 'decimal' }, label: label('适用费率', 'Rate charged') },
      cap: { expr: get(ref('priced'), 'cap'), type: { type: 'decimal' }, label: label('费率上限', 'Rate cap') },
      fee: { expr: cond(ref('smallMicro'), get(ref('priced'), 'fee'), get(ref('priced'), 'feeAtContract')), type: { type: 'money' }, label: label('担保费', 'Fee') },
      feeAtContract: { expr: get(ref('priced'), 'feeAtContract'), type: { type: 'money' }, label: label('按合同费率的担保费', 'Fee at the contract rate') },
      waived: { expr: cond(ref('smallMicro'), get(ref('priced'), 'waived'), num(0)), type: { type: 'money' }, label: label('减免担保费', 'Fee waived') },
      smallMicroAgri: { expr: ref('smallMicro'), type: { type: 'boolean' }, label: label('支小支农担保', 'Small/micro or agricultural guarantee') },
      withinSmallLimit: { expr: lte(fact('loanAmount'), param('smallGuaranteeLimit')), type: { type: 'boolean' }, label: label('单户500万元及以下', 'Up to 5,000,000') },
      loanAmount: { expr: fact('loanAmount'), type: { type: 'money' }, label: label('担保金额', 'Amount guaranteed') },
    },
    /**
     * 三、（七）“引导合作机构逐步将平均担保费率降至1%以下” (average fee rate, amount-weighted,
     * down to 1%); 二 “合作机构支小支农担保金额占全部担保金额的比例不得低于80%，其中单户担保金额
     * 500万元及以下的占比不得低于50%” (支小支农 >= 80% of the amount guaranteed; of that,
     * single guarantees of 5,000,000 or less >= 50%).
     */
    batch: [
      {
        fn: 'portfolio.guarantees',
        config: { rateTarget: '0.01', smallMicroShareTarget: '0.8', smallLimitShareTarget: '0.5' },
        label: label('担保组合指标：平均费率与支小支农占比', 'Portfolio targets: average rate and small/agri shares'),
        cite: cite(DOC, '二', undefined, { quote: '支小支农担保金额占全部担保金额的比例不得低于80%，其中单户担保金额500万元及以下的占比不得低于50%' }),
      },
    ],
  },
  STDLIB,
);
