/**
 * 科技型中小企业评价办法 (国科发政〔2017〕115号), 科技部 财政部 国家税务总局, 2017-05-03;
 * procedure revised by 科技型中小企业评价服务工作指引 (国科火字〔2022〕67号), which keeps the
 * conditions and the scoring, so this one policy serves both periods. In force from
 * 2017-05-03, no end date. The alias `cn.tech-sme` resolves to it.
 *
 * Encoded: Art. 6's conditions, each a criterion in the text's order (registered in the
 * mainland; at most 500 employees, 200,000,000 yuan of last-year sales and of total
 * assets; not a restricted industry; no incident in the last or current year and on no
 * blacklist; the score), Art. 7's score card (see `tech-sme-2017-score.ts`) and Art. 8's
 * direct qualifications, which replace the score only.
 *
 * @module
 */
import { and, asOf, fact, get, gte, item, keyed, lte, not, param, ref, some, yearOf } from '../../engine/builder/expr';
import { allOf, cite, criterion, label } from '../../engine/builder/rules';
import { policy } from '../../engine/builder/policy';
import type { Policy } from '../../engine/policy';
import { STDLIB } from '../../rules/stdlib';
import { TECH_SME_2017, TECH_SME_GUIDE_2022 } from './tech-sme-2017-sources';
import { DIRECT_QUALIFICATION_EXPR, TECH_SME_SCORE_DEFINITIONS, TECH_SME_SCORE_RULE } from './tech-sme-2017-score';

const DOC = TECH_SME_2017.id;
const FROM = '2017-05-03';
const salesLastYear = fact('financials', keyed('year', ref('lastYear')), 'salesRevenue');
const nullableInt = { type: 'nullable', of: { type: 'integer' } } as const;

/**
 * `cn.tech-sme.2017`: evaluates a firm as a technology-based SME. Outputs the score card's
 * `score` (total, `null` while an item is unknown), its `items` (`{ staff, rd, ip }`) and
 * the `directQualification` that applied (or `null`).
 *
 * @example
 * compile(techSme2017).evaluate({ id: 'E1', ... }, { asOf: '2020-06-01' }).outputs.score; // 84
 */
export const techSme2017: Policy = /*@__PURE__*/ policy(
  {
    id: 'cn.tech-sme.2017',
    title: { zh: '科技型中小企业评价', en: 'Technology-based SME evaluation' },
    summary: {
      zh: '境内居民企业，职工不超过500人、年销售收入和资产总额均不超过2亿元，非限制类，上一年及当年无事故和失信，评价得分不低于60分且科技人员指标不为0（或符合直接确认条件）。',
      en: 'Mainland resident firm, <= 500 employees, <= 200M yuan sales and assets, not restricted, no incident last or this year, score >= 60 with S&T staff > 0 (or a direct qualification).',
    },
    jurisdiction: 'cn',
    sources: [TECH_SME_2017, TECH_SME_GUIDE_2022],
    effective: { from: FROM },
    input: 'enterprise',
    parameters: {
      maxEmployees: { label: label('职工总数上限', 'Maximum employees'), cite: cite(DOC, '6', '2', { quote: '职工总数不超过500人' }), unit: 'count', versions: [{ from: FROM, value: '500' }] },
      maxSalesRevenue: { label: label('年销售收入上限', 'Maximum annual sales revenue'), cite: cite(DOC, '6', '2', { quote: '年销售收入不超过2亿元' }), unit: 'yuan', versions: [{ from: FROM, value: '200000000' }] },
      maxTotalAssets: { label: label('资产总额上限', 'Maximum total assets'), cite: cite(DOC, '6', '2', { quote: '资产总额不超过2亿元' }), unit: 'yuan', versions: [{ from: FROM, value: '200000000' }] },
    },
    definitions: TECH_SME_SCORE_DEFINITIONS,
    eligibility: allOf([
      /** 第六条（一）在中国境内（不包括港、澳、台地区）注册的居民企业。Registered in the mainland (not HK, Macau, Taiwan). */
      criterion({
        id: 'residentInMainland', label: label('境内注册的居民企业', 'Resident enterprise registered in the mainland'),
        cite: cite(DOC, '6', '1', { quote: '在中国境内（不包括港、澳、台地区）注册的居民企业' }), test: fact('residentInMainland'),
      }),
      /** 第六条（二）职工总数不超过500人。At most 500 employees ("不超过": inclusive). */
      criterion({
        id: 'employees', label: label('职工总数不超过500人', 'At most 500 employees'), cite: cite(DOC, '6', '2', { quote: '职工总数不超过500人' }),
        test: lte(fact('employees'), param('maxEmployees')), values: { employees: fact('employees'), max: param('maxEmployees') },
      }),
      /** 第六条（二）年销售收入不超过2亿元。Last year's sales revenue at most 200,000,000 yuan. */
      criterion({
        id: 'salesRevenue', label: label('年销售收入不超过2亿元', 'Sales revenue at most 200,000,000 yuan'), cite: cite(DOC, '6', '2', { quote: '年销售收入不超过2亿元' }),
        test: lte(salesLastYear, param('maxSalesRevenue')), values: { year: ref('lastYear'), salesRevenue: salesLastYear, max: param('maxSalesRevenue') },
      }),
      /** 第六条（二）资产总额不超过2亿元。Total assets at most 200,000,000 yuan. */
      criterion({
        id: 'totalAssets', label: label('资产总额不超过2亿元', 'Total assets at most 200,000,000 yuan'), cite: cite(DOC, '6', '2', { quote: '资产总额不超过2亿元' }),
        test: lte(fact('totalAssets'), param('maxTotalAssets')), values: { totalAssets: fact('totalAssets'), max: param('maxTotalAssets') },
      }),
      /** 第六条（三）企业提供的产品和服务不属于国家规定的禁止、限制和淘汰类。Not a prohibited, restricted or obsolete line. */
      criterion({
        id: 'notRestricted', label: label('产品和服务不属于禁止、限制和淘汰类', 'Not a prohibited, restricted or obsolete line'),
        cite: cite(DOC, '6', '3', { quote: '企业提供的产品和服务不属于国家规定的禁止、限制和淘汰类' }), test: not(fact('restrictedIndustry')),
      }),
      /**
       * 第六条（四）企业在填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信
       * 行为，且企业未列入经营异常名录和严重违法失信企业名单。No incident of any kind dated in year
       * Y-1 or in year Y up to the date, and on neither list.
       */
      criterion({
        id: 'noIncidents', label: label('上一年及当年内无事故和失信，未列入经营异常和严重违法失信名单', 'No incident last or this year; on no blacklist'),
        cite: cite(DOC, '6', '4', { quote: '填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为，且企业未列入经营异常名录和严重违法失信企业名单' }),
        test: and(
          not(some(['incidents'], and(gte(yearOf(item('date')), ref('lastYear')), lte(item('date'), asOf())))),
          not(fact('abnormalOperationList')),
          not(fact('seriousDishonestyList')),
        ),
        values: { fromYear: ref('lastYear') },
      }),
      TECH_SME_SCORE_RULE,
    ]),
    outputs: {
      score: { expr: get(ref('scoreCard'), 'total'), type: nullableInt, label: label('评价得分', 'Score') },
      items: {
        expr: get(ref('scoreCard'), 'items'),
        type: { type: 'record', fields: { staff: nullableInt, rd: nullableInt, ip: nullableInt } },
        label: label('分项得分', 'Item scores'),
      },
      directQualification: { expr: DIRECT_QUALIFICATION_EXPR, type: { type: 'nullable', of: { type: 'string' } }, label: label('直接确认条件', 'Direct qualification applied') },
    },
  },
  STDLIB,
);
