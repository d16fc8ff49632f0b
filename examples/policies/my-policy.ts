/**
 * A worked example of writing your own policy with the builder (illustrative: the zone,
 * the document and its figures are invented). Run it with the CLI straight from the repo
 * (after `npm run build`; in a project depending on zone-policy: `npx zone-policy ...`):
 *
 *   node dist/cli/bin.js show examples/policies/my-policy.ts
 *   node dist/cli/bin.js eval examples/policies/my-policy.ts --input test/cli/fixtures/enterprises.csv --as-of 2021-06-01 --format table
 *   node dist/cli/bin.js test examples/policies/my-policy.test.yaml
 *
 * 示例高新区研发费用补助办法 (示例〔2021〕1号), 2021-01-01, in force from 2021-01-01:
 * an enterprise of at most 300 employees, not on the serious-dishonesty list, with R&D
 * expense in the previous fiscal year gets 10% of that expense, at most 500,000 yuan.
 *
 * @module
 */
import {
  allOf, asOf, bool, cite, criterion, eq, fact, gt, keyed, label, lte, min, mul, num, param, policy, ref, STDLIB, sub, toFenExpr, yearOf,
  type Policy,
} from '../../src/index';

const DOC = 'example2021';

/** The (invented) source document. @example EXAMPLE_DOC.number; // '示例〔2021〕1号' */
export const EXAMPLE_DOC = {
  id: DOC,
  title: { zh: '示例高新区研发费用补助办法', en: 'Example high-tech zone R&D expense subsidy measures' },
  number: '示例〔2021〕1号',
  issuer: '示例高新区管委会',
  date: '2021-01-01',
} as const;

/**
 * `example.rd-subsidy.2021`: 10% of last year's R&D expense, at most 500,000 yuan, for
 * enterprises of at most 300 employees not on the serious-dishonesty list.
 *
 * @example
 * compile(myPolicy).evaluate({ id: 'E1', employees: 120, seriousDishonestyList: false,
 *   financials: [{ year: 2020, rdExpense: '1800000' }] }, { asOf: '2021-06-01' }).outputs.subsidy; // '180000.00'
 */
export const myPolicy: Policy = /*@__PURE__*/ policy(
  {
    id: 'example.rd-subsidy.2021',
    title: { zh: '示例：研发费用补助', en: 'Example: R&D expense subsidy' },
    summary: { zh: '上年度研发费用的10%，最高50万元。', en: "10% of last year's R&D expense, at most 500,000 yuan." },
    jurisdiction: 'example',
    illustrative: true,
    sources: [EXAMPLE_DOC],
    effective: { from: '2021-01-01' },
    input: 'enterprise',
    parameters: {
      maxEmployees: {
        label: label('职工人数上限', 'Employee limit'),
        cite: cite(DOC, '3', '1', { quote: '职工总数不超过300人' }),
        unit: 'count',
        versions: [{ from: '2021-01-01', value: '300' }],
      },
      subsidyRate: {
        label: label('补助比例', 'Subsidy rate'),
        cite: cite(DOC, '4', undefined, { quote: '按上年度研发费用的10%给予补助' }),
        unit: 'ratio',
        versions: [{ from: '2021-01-01', value: '0.10' }],
      },
      subsidyCap: {
        label: label('补助上限', 'Subsidy cap'),
        cite: cite(DOC, '4', undefined, { quote: '单个企业最高不超过50万元' }),
        unit: 'yuan',
        versions: [{ from: '2021-01-01', value: '500000' }],
      },
    },
    definitions: {
      lastYear: { expr: sub(yearOf(asOf()), 1), label: label('上年度', 'Previous fiscal year') },
      rdLastYear: { expr: fact('financials', keyed('year', ref('lastYear')), 'rdExpense'), label: label('上年度研发费用', "Last year's R&D expense") },
    },
    eligibility: allOf([
      /** 第三条（一）“职工总数不超过300人”: at most 300 employees (inclusive). */
      criterion({
        id: 'smallEnterprise',
        label: label('职工总数不超过300人', 'At most 300 employees'),
        cite: cite(DOC, '3', '1', { quote: '职工总数不超过300人' }),
        test: lte(fact('employees'), param('maxEmployees')),
        values: { employees: fact('employees'), limit: param('maxEmployees') },
      }),
      /** 第三条（二）“上年度有研发费用支出”: some R&D expense last year. */
      criterion({
        id: 'hasRdExpense',
        label: label('上年度有研发费用', 'R&D expense last year'),
        cite: cite(DOC, '3', '2', { quote: '上年度有研发费用支出' }),
        test: gt(ref('rdLastYear'), num(0)),
        values: { rdExpense: ref('rdLastYear') },
      }),
      /** 第三条（三）“未列入严重失信主体名单”: not on the serious-dishonesty list. */
      criterion({
        id: 'notDishonest',
        label: label('未列入严重失信名单', 'Not on the serious-dishonesty list'),
        cite: cite(DOC, '3', '3', { quote: '未列入严重失信主体名单' }),
        test: eq(fact('seriousDishonestyList'), bool(false)),
      }),
    ]),
    outputs: {
      /** 第四条: 10% of last year's R&D expense, rounded half-up to the fen, capped at 500,000. */
      subsidy: {
        expr: min(toFenExpr(mul(ref('rdLastYear'), param('subsidyRate'))), param('subsidyCap')),
        type: { type: 'money' },
        label: label('补助金额', 'Subsidy'),
        cite: cite(DOC, '4'),
      },
    },
    outputsWhen: 'eligible',
  },
  STDLIB,
);

export default myPolicy;
