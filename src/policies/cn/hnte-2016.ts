/**
 * 高新技术企业认定管理办法 (国科发火〔2016〕32号), 科技部 财政部 国家税务总局, 2016-01-29;
 * in force from 2016-01-01, no end date. National high-tech enterprise (HNTE) recognition:
 * the eight conditions of Article 11, all required, in the order of the text; the
 * innovation-ability scoring from 高新技术企业认定管理工作指引 (国科发火〔2016〕195号).
 *
 * Encoded: `registration`, `coreIp`, `keyTechField`, `stStaffRatio`, `rdRatio`,
 * `rdDomesticShare`, `hiTechRevenueShare`, `innovationScore`, `noMajorIncident`; outputs
 * `rdRatio`, `rdThreshold`, `stStaffRatio`, `hiTechRevenueShare` (exact decimals) and the
 * `innovationScore` interval. `Y` is the year of `asOf` (the application date); "last
 * year" is Y-1. The R&D window (Y-3..Y-1, cut to the years since registration) is in
 * `hnte-financials.ts`, shared with `cn.hnte.2008`; the scoring in `hnte-2016-innovation.ts`.
 *
 * @module
 */
import { call, fact, param, ratio, ref } from '../../engine/builder/expr';
import { allOf, cite, label } from '../../engine/builder/rules';
import { policy } from '../../engine/builder/policy';
import type { Policy } from '../../engine/policy';
import { atMostBands, type BandTable } from '../../rules/band-table';
import { STDLIB } from '../../rules/stdlib';
import { innovationDefinitions2016 } from './hnte-2016-innovation';
import {
  atLeastCriterion, coreIpCriterion, hiTechRevenueShareCriterion, innovationScoreCriterion, keyTechFieldCriterion,
  noMajorIncidentCriterion, rdDomesticShareCriterion, rdRatioCriterion, registrationCriterion,
} from './hnte-criteria';
import { hiTechRevenueShareDefinition, rdWindowDefinitions } from './hnte-financials';
import { HNTE_2016, HNTE_GUIDE_2016 } from './hnte-sources';

const DOC = HNTE_2016.id;
const RATIO = { type: 'decimal', minScale: 4, maxScale: 10 } as const;

/**
 * 第十一条（五）1-3: the R&D-ratio threshold by the last year's sales revenue:
 * “最近一年销售收入小于5,000万元（含）的企业，比例不低于5%；最近一年销售收入在5,000万元
 * 至2亿元（含）的企业，比例不低于4%；最近一年销售收入在2亿元以上的企业，比例不低于3%”.
 * “（含）” puts each limit in the lower band: `<= 50,000,000 -> 0.05`,
 * `<= 200,000,000 -> 0.04`, above (from 200,000,000.01) `0.03`.
 *
 * @example
 * lookupBand(HNTE_2016_RD_THRESHOLDS, new Decimal('50000000'))?.value.toString(); // '0.05'
 * lookupBand(HNTE_2016_RD_THRESHOLDS, new Decimal('50000000.01'))?.value.toString(); // '0.04'
 */
export const HNTE_2016_RD_THRESHOLDS: BandTable = /*@__PURE__*/ atMostBands([['50000000', '0.05'], ['200000000', '0.04']], { above: '0.03' });

const clause5 = cite(DOC, '11', '5', { quote: '企业近三个会计年度（实际经营期不满三年的按实际经营时间计算，下同）的研究开发费用总额占同期销售收入总额的比例符合如下要求' });
const clause5Domestic = cite(DOC, '11', '5', { quote: '其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%' });

/** 第十一条（一）“企业申请认定时须注册成立一年以上”: registered at least one (calendar) year before the application. */
const registration = registrationCriterion(cite(DOC, '11', '1', { quote: '企业申请认定时须注册成立一年以上' }));

/**
 * 第十一条（二）“企业通过自主研发、受让、受赠、并购等方式，获得对其主要产品（服务）在技术上
 * 发挥核心支持作用的知识产权的所有权”: owns the IP at the core of its main products.
 */
const coreIp = coreIpCriterion(cite(DOC, '11', '2', { quote: '获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权' }));

/**
 * 第十一条（三）“对企业主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术
 * 领域》规定的范围”: the core technology is in the state-supported high-tech fields.
 */
const keyTechField = keyTechFieldCriterion(cite(DOC, '11', '3', { quote: '对企业主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围' }));

/**
 * 第十一条（四）“企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%”:
 * S&T staff / employees >= 0.10 (no employees: ratio 0, a fail).
 */
const stStaffRatio = atLeastCriterion({
  id: 'stStaffRatio',
  label: label('科技人员占职工总数比例', 'S&T staff / employees'),
  cite: cite(DOC, '11', '4', { quote: '企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%' }),
  value: ref('stStaffRatio'),
  min: param('stStaffRatioMin'),
});

/**
 * 第十一条（五）“企业近三个会计年度（实际经营期不满三年的按实际经营时间计算，下同）的研究开发
 * 费用总额占同期销售收入总额的比例符合如下要求”: R&D / sales over the window at least the
 * threshold of {@link HNTE_2016_RD_THRESHOLDS}.
 */
const rdRatio = rdRatioCriterion(clause5);

/**
 * 第十一条（五）“其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于
 * 60%”: domestic R&D / all R&D over the same window >= 0.60.
 */
const rdDomesticShare = rdDomesticShareCriterion(clause5Domestic);

/**
 * 第十一条（六）“近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%”: high-tech
 * revenue / total revenue of year Y-1 >= 0.60.
 */
const hiTechRevenueShare = hiTechRevenueShareCriterion(cite(DOC, '11', '6', { quote: '近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%' }));

/**
 * 第十一条（七）“企业创新能力评价应达到相应要求”, with 工作指引 三（七）“综合得分达到70分以上
 * （不含70分）为符合认定要求”: total > 70 (70 fails, 70.5 passes; a growth interval that
 * straddles 70 leaves it undetermined).
 */
const innovationScore = innovationScoreCriterion(cite(DOC, '11', '7', { quote: '企业创新能力评价应达到相应要求' }));

/**
 * 第十一条（八）“企业申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为”: no
 * safety, quality or environmental incident in `[asOf - 1 year, asOf)`.
 */
const noMajorIncident = noMajorIncidentCriterion(cite(DOC, '11', '8', { quote: '企业申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为' }));

/**
 * `cn.hnte.2016`: national high-tech enterprise recognition under the 2016 Measures.
 *
 * @example
 * const r = compile(hnte2016).evaluate(completeFirm, { asOf: '2020-06-01' });
 * r.status; // 'eligible'
 * r.outputs.rdRatio; // '0.0600'
 */
export const hnte2016: Policy = /*@__PURE__*/ policy(
  {
    id: 'cn.hnte.2016',
    title: { zh: '高新技术企业认定（2016）', en: 'High and new technology enterprise recognition (2016)' },
    summary: {
      zh: '注册一年以上，拥有核心知识产权，属重点支持领域，科技人员不低于10%，研发费用比例5%/4%/3%（其中境内不低于60%），高新收入不低于60%，创新能力评价70分以上，申请前一年无重大事故。',
      en: 'Registered >= 1 year, core IP, key field, S&T staff >= 10%, R&D ratio 5%/4%/3% by sales (>= 60% domestic), high-tech revenue >= 60%, innovation score > 70, no major incident in the year before.',
    },
    jurisdiction: 'cn',
    sources: [HNTE_2016, HNTE_GUIDE_2016],
    effective: { from: '2016-01-01' },
    input: 'enterprise',
    parameters: {
      stStaffRatioMin: {
        label: label('科技人员比例下限', 'Minimum S&T staff ratio'),
        cite: cite(DOC, '11', '4', { quote: '不低于10%' }),
        unit: 'ratio',
        versions: [{ from: '2016-01-01', value: '0.10' }],
      },
      rdDomesticShareMin: {
        label: label('境内研发费用比例下限', 'Minimum domestic R&D share'),
        cite: cite(DOC, '11', '5', { quote: '比例不低于60%' }),
        unit: 'ratio',
        versions: [{ from: '2016-01-01', value: '0.60' }],
      },
      hiTechRevenueShareMin: {
        label: label('高新技术产品（服务）收入比例下限', 'Minimum high-tech revenue share'),
        cite: cite(DOC, '11', '6', { quote: '比例不低于60%' }),
        unit: 'ratio',
        versions: [{ from: '2016-01-01', value: '0.60' }],
      },
      innovationPassMark: {
        label: label('创新能力评价合格线（不含）', 'Innovation pass mark (exclusive)'),
        cite: cite(HNTE_GUIDE_2016.id, '三', '七', { quote: '综合得分达到70分以上（不含70分）为符合认定要求' }),
        unit: 'score',
        versions: [{ from: '2016-01-01', value: '70' }],
      },
    },
    definitions: {
      ...rdWindowDefinitions(clause5, clause5Domestic),
      rdThreshold: {
        expr: call('band.lookup', { x: ref('salesRevenueLastYear') }, HNTE_2016_RD_THRESHOLDS),
        label: label('研究开发费用比例要求', 'R&D-ratio threshold'),
        cite: cite(DOC, '11', '5', { item: '1-3', quote: '最近一年销售收入小于5,000万元（含）的企业，比例不低于5%' }),
      },
      stStaffRatio: {
        expr: ratio(fact('stStaff'), fact('employees'), 0),
        label: label('科技人员占企业当年职工总数的比例', 'S&T staff / employees'),
        cite: cite(DOC, '11', '4'),
      },
      hiTechRevenueShare: hiTechRevenueShareDefinition(cite(DOC, '11', '6')),
      ...innovationDefinitions2016(),
    },
    eligibility: allOf([registration, coreIp, keyTechField, stStaffRatio, rdRatio, rdDomesticShare, hiTechRevenueShare, innovationScore, noMajorIncident]),
    outputs: {
      rdRatio: { expr: ref('rdRatio'), type: RATIO, label: label('研究开发费用比例', 'R&D ratio') },
      rdThreshold: { expr: ref('rdThreshold'), type: RATIO, label: label('研究开发费用比例要求', 'R&D-ratio threshold') },
      stStaffRatio: { expr: ref('stStaffRatio'), type: RATIO, label: label('科技人员比例', 'S&T staff ratio') },
      hiTechRevenueShare: { expr: ref('hiTechRevenueShare'), type: RATIO, label: label('高新技术产品（服务）收入比例', 'High-tech revenue share') },
      innovationScore: { expr: ref('innovationScore'), type: { type: 'interval' }, label: label('创新能力评价得分', 'Innovation-ability score') },
    },
  },
  STDLIB,
);
