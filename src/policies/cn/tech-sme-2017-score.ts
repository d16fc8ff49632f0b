/**
 * The score of the tech-based SME evaluation (科技型中小企业评价办法, 国科发政〔2017〕115号):
 * Art. 7's score card as data (S&T staff 20, R&D input 50, results 30 points), the pass
 * rule of Art. 6(5) (at least 60 points and a non-zero S&T staff item), and Art. 8's
 * direct qualifications as default-logic exceptions over it. Part of `cn.tech-sme.2017`.
 *
 * Items read the data of the last fiscal year (`Y-1`); band lower bounds are inclusive
 * ("30%（含）以上"), upper bounds exclusive; a zero denominator scores 0. The card is scored
 * three-valued by `score.card`: an unknown input leaves the score undecided only when it
 * could change the verdict, and the facts it still needs are reported as missing.
 *
 * @module
 */
import { and, asOf, bool, call, cond, eq, fact, get, gte, keyed, num, ratio, ref, str, sub, yearOf } from '../../engine/builder/expr';
import type { Expr } from '../../engine/expr';
import { cite, criterion, exception, label, withExceptions } from '../../engine/builder/rules';
import type { Definition } from '../../engine/policy';
import type { Rule } from '../../engine/rule';
import { atLeastBands, type BandTable } from '../../rules/band-table';
import type { ScoreCard } from '../../rules/score';
import { TECH_SME_2017 } from './tech-sme-2017-sources';

const DOC = TECH_SME_2017.id;

/** A figure of the last fiscal year: `financials[Y-1].<field>`. */
const lastYear = (field: string): Expr => fact('financials', keyed('year', ref('lastYear')), field);

/**
 * 第七条 1. 科技人员指标（满分20分）。按科技人员数占企业职工总数的比例分档评价：A. 30%（含）以上
 * （20分）；B. 25%（含）-30%（16分）；C. 20%（含）-25%（12分）；D. 15%（含）-20%（8分）；
 * E. 10%（含）-15%（4分）；F. 10%以下（0分）。S&T staff as a share of employees.
 *
 * @example
 * STAFF_BANDS.bands.length; // 6
 */
export const STAFF_BANDS: BandTable = /*@__PURE__*/ atLeastBands([['0.30', '20'], ['0.25', '16'], ['0.20', '12'], ['0.15', '8'], ['0.10', '4']], { below: '0' });

/**
 * 第七条 2.(1) 按企业研发费用总额占销售收入总额的比例分档评价：A. 6%（含）以上（50分）；
 * B. 5%（含）-6%（40分）；C. 4%（含）-5%（30分）；D. 3%（含）-4%（20分）；E. 2%（含）-3%（10分）；
 * F. 2%以下（0分）。R&D expense as a share of sales revenue.
 *
 * @example
 * RD_SALES_BANDS.bands[0]?.yields; // '50'
 */
export const RD_SALES_BANDS: BandTable = /*@__PURE__*/ atLeastBands([['0.06', '50'], ['0.05', '40'], ['0.04', '30'], ['0.03', '20'], ['0.02', '10']], { below: '0' });

/**
 * 第七条 2.(2) 按企业研发费用总额占成本费用支出总额的比例分档评价：A. 30%（含）以上（50分）；
 * B. 25%（含）-30%（40分）；C. 20%（含）-25%（30分）；D. 15%（含）-20%（20分）；
 * E. 10%（含）-15%（10分）；F. 10%以下（0分）。R&D expense as a share of costs and expenses.
 *
 * @example
 * RD_COSTS_BANDS.bands[0]?.yields; // '50'
 */
export const RD_COSTS_BANDS: BandTable = /*@__PURE__*/ atLeastBands([['0.30', '50'], ['0.25', '40'], ['0.20', '30'], ['0.15', '20'], ['0.10', '10']], { below: '0' });

/**
 * 第七条 3. 科技成果指标（满分30分）：A. 1项及以上Ⅰ类知识产权（30分）. One class I IP right
 * or more scores 30.
 *
 * @example
 * IP_CLASS_I_BANDS.bands[0]?.yields; // '30'
 */
export const IP_CLASS_I_BANDS: BandTable = /*@__PURE__*/ atLeastBands([['1', '30']], { below: '0' });

/**
 * 第七条 3. B. 4项及以上Ⅱ类知识产权（24分）；C. 3项（18分）；D. 2项（12分）；E. 1项（6分）；
 * F. 没有知识产权（0分）。Class II IP rights by count.
 *
 * @example
 * IP_CLASS_II_BANDS.bands.map((b) => b.yields); // ['24', '18', '12', '6', '0']
 */
export const IP_CLASS_II_BANDS: BandTable = /*@__PURE__*/ atLeastBands([['4', '24'], ['3', '18'], ['2', '12'], ['1', '6']], { below: '0' });

/** The pass mark of Art. 6(5): "不低于60分" (inclusive). @example TECH_SME_PASS_MARK; // '60' */
export const TECH_SME_PASS_MARK = '60';

/**
 * 第七条 "评价指标具体包括科技人员、研发投入、科技成果三类，满分100分" and 第六条（五）
 * "综合评价所得分值不低于60分，且科技人员指标得分不得为0分": the card as data. R&D input is
 * the higher of its two ratios ("从两项指标中选择一个指标进行评分": the firm picks the better);
 * results are the higher of the class I and class II items (class I's 30 beats any class II
 * score, so a firm with a class I right is scored whatever its class II count).
 *
 * @example
 * TECH_SME_CARD.total.of; // ['staff', 'rd', 'ip']
 */
export const TECH_SME_CARD: ScoreCard = {
  kind: 'scoreCard',
  items: [
    { id: 'staff', kind: 'band', input: 'stStaffShare', table: STAFF_BANDS, label: '科技人员指标 (S&T staff)' },
    { id: 'rdSales', kind: 'band', input: 'rdSalesRatio', table: RD_SALES_BANDS, label: '研发费用占销售收入 (R&D / sales)' },
    { id: 'rdCosts', kind: 'band', input: 'rdCostsRatio', table: RD_COSTS_BANDS, label: '研发费用占成本费用 (R&D / costs)' },
    { id: 'rd', kind: 'higherOf', of: ['rdSales', 'rdCosts'], label: '研发投入指标 (R&D input)' },
    { id: 'ipClassI', kind: 'band', input: 'ip.classI', table: IP_CLASS_I_BANDS, label: 'Ⅰ类知识产权 (class I IP)' },
    { id: 'ipClassII', kind: 'band', input: 'ip.classII', table: IP_CLASS_II_BANDS, label: 'Ⅱ类知识产权 (class II IP)' },
    { id: 'ip', kind: 'higherOf', of: ['ipClassI', 'ipClassII'], label: '科技成果指标 (results)' },
  ],
  total: { of: ['staff', 'rd', 'ip'], passMark: { value: TECH_SME_PASS_MARK, strict: false } },
  vetoes: [{ item: 'staff', mustBe: '>', value: '0' }],
};

/**
 * The card's inputs from the record (last fiscal year for the money figures); a zero
 * denominator gives 0 ("ratio ... ifZero 0"), which scores 0.
 *
 * @example
 * Object.keys(TECH_SME_CARD_INPUTS); // ['stStaffShare', 'rdSalesRatio', 'rdCostsRatio', 'ip.classI', 'ip.classII']
 */
export const TECH_SME_CARD_INPUTS: Record<string, Expr> = {
  stStaffShare: ratio(fact('stStaff'), fact('employees')),
  rdSalesRatio: ratio(lastYear('rdExpense'), lastYear('salesRevenue')),
  rdCostsRatio: ratio(lastYear('rdExpense'), lastYear('costsAndExpenses')),
  'ip.classI': fact('ip', 'classI'),
  'ip.classII': fact('ip', 'classII'),
};

const card = ref('scoreCard');
const verdict = get(card, 'passed');

/**
 * The definitions the score needs: the last fiscal year, the scored card, the facts the
 * card still waits for, and the direct-qualification conditions.
 *
 * @example
 * Object.keys(TECH_SME_SCORE_DEFINITIONS).includes('scoreCard'); // true
 */
export const TECH_SME_SCORE_DEFINITIONS: Record<string, Definition> = {
  lastYear: { expr: sub(yearOf(asOf()), 1), label: label('上一年度', 'Last fiscal year (Y-1)') },
  scoreCard: { expr: call('score.card', TECH_SME_CARD_INPUTS, TECH_SME_CARD), label: label('科技型中小企业评价指标', 'Tech-SME score card'), cite: cite(DOC, '7') },
  /**
   * Unknown, with the facts of the card's unknown inputs that the verdict waits for, when
   * the card is undecided (each input is a non-negative ratio or count, so `>= 0` holds
   * once it is known); true otherwise.
   */
  scoreCardNeeds: {
    expr: and(...Object.entries(TECH_SME_CARD_INPUTS).map(([name, x]) => cond(get(card, 'needs', name), gte(x, 0), bool(true)))),
    label: label('评分尚缺的数据', 'Facts the score still needs'),
  },
  hnteCertificateValid: { expr: gte(fact('hnteCertificateValidUntil'), asOf()), label: label('高新技术企业资格证书在有效期内', 'HNTE certificate valid on the date') },
};

/**
 * 第六条（五）企业根据科技型中小企业评价指标进行综合评价所得分值不低于60分，且科技人员指标得分
 * 不得为0分。At least 60 points, and the S&T staff item is not 0.
 */
const scoreTotal = criterion({
  id: 'scoreTotal',
  label: label('综合评价得分不低于60分且科技人员指标不为0分', 'Score at least 60 with a non-zero S&T staff item'),
  cite: cite(DOC, '6', '5', { quote: '综合评价所得分值不低于60分，且科技人员指标得分不得为0分' }),
  test: cond(eq(verdict, str('unknown')), ref('scoreCardNeeds'), eq(verdict, str('pass'))),
  values: { score: get(card, 'total'), range: get(card, 'range'), staffItem: get(card, 'items', 'staff'), passMark: num(TECH_SME_PASS_MARK) },
});

/**
 * 第八条 符合第六条第（一）～（四）项条件的企业，若同时符合下列条件中的一项，则可直接确认符合
 * 科技型中小企业条件. Each condition replaces the score only (the basic conditions of
 * Art. 6(1)-(4) still apply), in the text's order.
 *
 * @example
 * DIRECT_QUALIFICATIONS.map((x) => x.id); // ['hnteCertificate', 'nationalStAward', 'provincialRdInstitution', 'ledStandard']
 */
export const DIRECT_QUALIFICATIONS = [
  /** 第八条（一）企业拥有有效期内高新技术企业资格证书。A valid HNTE certificate on the date (valid until asOf inclusive). */
  exception({ id: 'hnteCertificate', label: label('拥有有效期内高新技术企业资格证书', 'Holds a valid HNTE certificate'), cite: cite(DOC, '8', '1', { quote: '企业拥有有效期内高新技术企业资格证书' }), when: ref('hnteCertificateValid'), outcome: 'pass' }),
  /** 第八条（二）企业近五年内获得过国家级科技奖励，并在获奖单位中排在前三名。A national S&T award in the last five years, among the first three winners. */
  exception({ id: 'nationalStAward', label: label('近五年内获国家级科技奖励并排名前三', 'National S&T award, top three, within five years'), cite: cite(DOC, '8', '2', { quote: '企业近五年内获得过国家级科技奖励，并在获奖单位中排在前三名' }), when: fact('nationalStAwardTop3Within5y'), outcome: 'pass' }),
  /** 第八条（三）企业拥有经认定的省部级以上研发机构。A recognised provincial or higher R&D institution. */
  exception({ id: 'provincialRdInstitution', label: label('拥有经认定的省部级以上研发机构', 'Recognised provincial-level R&D institution'), cite: cite(DOC, '8', '3', { quote: '企业拥有经认定的省部级以上研发机构' }), when: fact('provincialRdInstitution'), outcome: 'pass' }),
  /** 第八条（四）企业近五年内主导制定过国际标准、国家标准或行业标准。Led an international, national or industry standard in the last five years. */
  exception({ id: 'ledStandard', label: label('近五年内主导制定过国际、国家或行业标准', 'Led a standard within five years'), cite: cite(DOC, '8', '4', { quote: '企业近五年内主导制定过国际标准、国家标准或行业标准' }), when: fact('ledStandardWithin5y'), outcome: 'pass' }),
];

/**
 * The criterion `score`: the card's pass rule (`scoreTotal`), overridden by a direct
 * qualification of Art. 8 (default logic: the first that holds decides; one that may hold
 * leaves a failing score undetermined).
 *
 * @example
 * TECH_SME_SCORE_RULE.kind; // 'exceptions'
 */
export const TECH_SME_SCORE_RULE: Rule = withExceptions(scoreTotal, DIRECT_QUALIFICATIONS, {
  id: 'score',
  label: label('评价得分（或直接确认）', 'Score (or a direct qualification)'),
  cite: cite(DOC, '6', '5'),
});

/**
 * The id of the direct qualification that applied (the first whose condition holds, as
 * the exceptions are tried), or `null`.
 *
 * @example
 * DIRECT_QUALIFICATION_EXPR.kind; // 'call'
 */
export const DIRECT_QUALIFICATION_EXPR: Expr = call(
  'choose.first',
  Object.fromEntries(DIRECT_QUALIFICATIONS.map((x) => [x.id, x.when])),
  { options: DIRECT_QUALIFICATIONS.map((x) => x.id) },
);
