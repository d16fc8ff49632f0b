/**
 * 高新技术企业认定管理办法 (国科发火〔2008〕172号), 科技部 财政部 国家税务总局, 2008-04-14;
 * in force 2008-01-01 to 2015-12-31, replaced by 国科发火〔2016〕32号 (`cn.hnte.2016`).
 * The conditions of Article 10, for version impact ("which firms the 2016 reform let in").
 *
 * Differences to 2016 (DOMAIN §2a), same ids where the criterion is the same:
 * - staff: two conditions of Art. 10(3), `stStaffCollegeRatio` (S&T staff with a college
 *   degree or above >= 30% of employees) and `rdStaffRatio` (R&D staff >= 10%), instead
 *   of `stStaffRatio`;
 * - `rdRatio` thresholds 6% / 4% / 3% (Art. 10(4), boundaries below);
 * - `innovationScore`: the 2008 guideline (国科发火〔2008〕362号) scores the Art. 10(6)
 *   indicators; its scoring details (indicators, growth of sales and total assets) are NOT
 *   encoded: the criterion is the given `innovationScore` > 70, as in 2016
 *   (`innovation` sub-scores are not used).
 * The other criteria are shared with 2016 (imported from `hnte-criteria.ts`, figures and
 * R&D window from `hnte-financials.ts`). Two of them are not conditions of the 2008
 * Art. 10 and are kept because DOMAIN §2a asks for them ("other criteria as in 2016"):
 * `registration` (the one-year minimum is new in 2016) and `noMajorIncident` (in 2008 a
 * major accident was a ground to cancel a recognition, Art. 15, not an entry condition).
 *
 * @module
 */
import { call, fact, param, ratio, ref } from '../../engine/builder/expr';
import { allOf, cite, label } from '../../engine/builder/rules';
import { policy } from '../../engine/builder/policy';
import type { Policy } from '../../engine/policy';
import { atMostBands, type BandTable } from '../../rules/band-table';
import { STDLIB } from '../../rules/stdlib';
import {
  atLeastCriterion, coreIpCriterion, hiTechRevenueShareCriterion, innovationScoreCriterion, keyTechFieldCriterion,
  noMajorIncidentCriterion, rdDomesticShareCriterion, rdRatioCriterion, registrationCriterion,
} from './hnte-criteria';
import { hiTechRevenueShareDefinition, rdWindowDefinitions } from './hnte-financials';
import { HNTE_2008 } from './hnte-sources';

const DOC = HNTE_2008.id;
const RATIO = { type: 'decimal', minScale: 4, maxScale: 10 } as const;
const IN_FORCE = { from: '2008-01-01', to: '2015-12-31' } as const;

/**
 * 第十条（四）1-3: “最近一年销售收入小于5,000万元的企业，比例不低于6%；最近一年销售收入在
 * 5,000万元至20,000万元的企业，比例不低于4%；最近一年销售收入在20,000万元以上的企业，比例
 * 不低于3%”. Boundaries: “小于5,000万元” is strict, so 50,000,000 itself is in the 4% band;
 * “5,000万元至20,000万元” names both ends, so it runs from 50,000,000 to 200,000,000
 * inclusive; “20,000万元以上” then starts above 200,000,000 (read with “以上” inclusive the
 * 4% and 3% bands would both claim 200,000,000; the bands partition the line, and the 2016
 * text settles that limit the same way with “2亿元（含）”). So `< 50,000,000 -> 0.06`,
 * `50,000,000..200,000,000 -> 0.04`, `> 200,000,000 -> 0.03`. Note that at exactly
 * 50,000,000 the 2016 threshold (5%) is higher than this one (4%).
 *
 * @example
 * lookupBand(HNTE_2008_RD_THRESHOLDS, new Decimal('49999999.99'))?.value.toString(); // '0.06'
 * lookupBand(HNTE_2008_RD_THRESHOLDS, new Decimal('50000000'))?.value.toString(); // '0.04'
 * lookupBand(HNTE_2008_RD_THRESHOLDS, new Decimal('200000000.01'))?.value.toString(); // '0.03'
 */
export const HNTE_2008_RD_THRESHOLDS: BandTable = /*@__PURE__*/ atMostBands(
  [['50000000', '0.06', { inclusive: false }], ['200000000', '0.04']],
  { above: '0.03' },
);

const clause4 = cite(DOC, '10', '4', { quote: '近三个会计年度的研究开发费用总额占销售收入总额的比例符合如下要求……企业注册成立时间不足三年的，按实际经营年限计算' });
const clause4Domestic = cite(DOC, '10', '4', { quote: '其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%' });
const clause3 = (quote: string) => cite(DOC, '10', '3', { quote });
const ratioParam = (zh: string, en: string, quote: string, clause: string, value: string) => ({
  label: label(zh, en), cite: cite(DOC, '10', clause, { quote }), unit: 'ratio' as const, versions: [{ ...IN_FORCE, value }],
});

/**
 * 第十条（一）“在中国境内（不含港、澳、台地区）注册的企业”: the 2008 text sets no minimum age;
 * the one-year minimum of 2016 Art. 11(1) is applied as DOMAIN §2a asks.
 */
const registration = registrationCriterion(cite(DOC, '10', '1', { quote: '在中国境内（不含港、澳、台地区）注册的企业' }));

/**
 * 第十条（一）“近三年内通过自主研发、受让、受赠、并购等方式，或通过5年以上的独占许可方式，
 * 对其主要产品（服务）的核心技术拥有自主知识产权”: owns (or holds a 5-year exclusive licence
 * of) the IP of its main products' core technology.
 */
const coreIp = coreIpCriterion(cite(DOC, '10', '1', { quote: '对其主要产品（服务）的核心技术拥有自主知识产权' }));

/** 第十条（二）“产品（服务）属于《国家重点支持的高新技术领域》规定的范围”. */
const keyTechField = keyTechFieldCriterion(cite(DOC, '10', '2', { quote: '产品（服务）属于《国家重点支持的高新技术领域》规定的范围' }));

/**
 * 第十条（三）“具有大学专科以上学历的科技人员占企业当年职工总数的30%以上”: college-educated
 * S&T staff / employees >= 0.30 (“以上” inclusive; no employees: a fail).
 */
const stStaffCollegeRatio = atLeastCriterion({
  id: 'stStaffCollegeRatio',
  label: label('大专以上学历科技人员占职工总数比例', 'College-educated S&T staff / employees'),
  cite: clause3('具有大学专科以上学历的科技人员占企业当年职工总数的30%以上'),
  value: ref('stStaffCollegeRatio'),
  min: param('stStaffCollegeRatioMin'),
});

/** 第十条（三）“其中研发人员占企业当年职工总数的10%以上”: R&D staff / employees >= 0.10. */
const rdStaffRatio = atLeastCriterion({
  id: 'rdStaffRatio',
  label: label('研发人员占职工总数比例', 'R&D staff / employees'),
  cite: clause3('其中研发人员占企业当年职工总数的10%以上'),
  value: ref('rdStaffRatio'),
  min: param('rdStaffRatioMin'),
});

/** 第十条（四）: R&D / sales over the window at least the threshold of {@link HNTE_2008_RD_THRESHOLDS}. */
const rdRatio = rdRatioCriterion(clause4);

/** 第十条（四）“其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%”. */
const rdDomesticShare = rdDomesticShareCriterion(clause4Domestic);

/** 第十条（五）“高新技术产品（服务）收入占企业当年总收入的60%以上”: of year Y-1, >= 0.60. */
const hiTechRevenueShare = hiTechRevenueShareCriterion(cite(DOC, '10', '5', { quote: '高新技术产品（服务）收入占企业当年总收入的60%以上' }));

/**
 * 第十条（六）“企业研究开发组织管理水平、科技成果转化能力、自主知识产权数量、销售与总资产
 * 成长性等指标符合《高新技术企业认定管理工作指引》（另行制定）的要求”: the experts' total
 * `innovationScore` > 70; the 2008 guideline's scoring itself is not encoded, and its pass
 * mark is taken as in 2016 (parameter `innovationPassMark`: strictly above 70).
 */
const innovationScore = innovationScoreCriterion(cite(DOC, '10', '6', { quote: '符合《高新技术企业认定管理工作指引》（另行制定）的要求' }));

/**
 * 第十五条（三）（四）“发生重大安全、质量事故的”“有环境等违法、违规行为，受到有关部门处罚的”
 * (grounds to cancel a recognition), applied as in 2016: no such incident in the year before.
 */
const noMajorIncident = noMajorIncidentCriterion(cite(DOC, '15', '3', { quote: '发生重大安全、质量事故的' }));

/**
 * `cn.hnte.2008`: national high-tech enterprise recognition under the 2008 Measures.
 *
 * @example
 * compile(hnte2008).evaluate(firm, { asOf: '2015-06-01' }).outputs.rdThreshold; // '0.0600' (last-year sales < 50,000,000)
 */
export const hnte2008: Policy = /*@__PURE__*/ policy(
  {
    id: 'cn.hnte.2008',
    title: { zh: '高新技术企业认定（2008）', en: 'High and new technology enterprise recognition (2008)' },
    summary: {
      zh: '大专以上科技人员30%以上、研发人员10%以上，研发费用比例6%/4%/3%（其中境内不低于60%），高新收入60%以上，创新能力评价70分以上。',
      en: 'College-educated S&T staff >= 30%, R&D staff >= 10%, R&D ratio 6%/4%/3% by sales (>= 60% domestic), high-tech revenue >= 60%, innovation score > 70.',
    },
    jurisdiction: 'cn',
    sources: [HNTE_2008],
    effective: IN_FORCE,
    input: 'enterprise',
    parameters: {
      stStaffCollegeRatioMin: ratioParam('大专以上科技人员比例下限', 'Minimum college-educated S&T staff ratio', '占企业当年职工总数的30%以上', '3', '0.30'),
      rdStaffRatioMin: ratioParam('研发人员比例下限', 'Minimum R&D staff ratio', '其中研发人员占企业当年职工总数的10%以上', '3', '0.10'),
      rdDomesticShareMin: ratioParam('境内研发费用比例下限', 'Minimum domestic R&D share', '比例不低于60%', '4', '0.60'),
      hiTechRevenueShareMin: ratioParam('高新技术产品（服务）收入比例下限', 'Minimum high-tech revenue share', '占企业当年总收入的60%以上', '5', '0.60'),
      innovationPassMark: {
        label: label('创新能力评价合格线（不含）', 'Innovation pass mark (exclusive)'),
        cite: cite(DOC, '10', '6', { quote: '符合《高新技术企业认定管理工作指引》（另行制定）的要求' }),
        unit: 'score',
        versions: [{ ...IN_FORCE, value: '70' }],
      },
    },
    definitions: {
      ...rdWindowDefinitions(clause4, clause4Domestic),
      rdThreshold: {
        expr: call('band.lookup', { x: ref('salesRevenueLastYear') }, HNTE_2008_RD_THRESHOLDS),
        label: label('研究开发费用比例要求', 'R&D-ratio threshold'),
        cite: cite(DOC, '10', '4', { item: '1-3', quote: '最近一年销售收入小于5,000万元的企业，比例不低于6%' }),
      },
      stStaffCollegeRatio: { expr: ratio(fact('stStaffCollege'), fact('employees'), 0), label: label('大专以上学历科技人员比例', 'College-educated S&T staff / employees'), cite: clause3('具有大学专科以上学历的科技人员') },
      rdStaffRatio: { expr: ratio(fact('rdStaff'), fact('employees'), 0), label: label('研发人员比例', 'R&D staff / employees'), cite: clause3('其中研发人员') },
      hiTechRevenueShare: hiTechRevenueShareDefinition(cite(DOC, '10', '5')),
      innovationScore: { expr: fact('innovationScore'), label: label('创新能力评价综合得分', 'Innovation-ability total (given)'), cite: cite(DOC, '10', '6') },
    },
    eligibility: allOf([registration, coreIp, keyTechField, stStaffCollegeRatio, rdStaffRatio, rdRatio, rdDomesticShare, hiTechRevenueShare, innovationScore, noMajorIncident]),
    outputs: {
      rdRatio: { expr: ref('rdRatio'), type: RATIO, label: label('研究开发费用比例', 'R&D ratio') },
      rdThreshold: { expr: ref('rdThreshold'), type: RATIO, label: label('研究开发费用比例要求', 'R&D-ratio threshold') },
      stStaffCollegeRatio: { expr: ref('stStaffCollegeRatio'), type: RATIO, label: label('大专以上学历科技人员比例', 'College-educated S&T staff ratio') },
      rdStaffRatio: { expr: ref('rdStaffRatio'), type: RATIO, label: label('研发人员比例', 'R&D staff ratio') },
      hiTechRevenueShare: { expr: ref('hiTechRevenueShare'), type: RATIO, label: label('高新技术产品（服务）收入比例', 'High-tech revenue share') },
      innovationScore: { expr: ref('innovationScore'), type: { type: 'interval' }, label: label('创新能力评价得分', 'Innovation-ability score') },
    },
  },
  STDLIB,
);
