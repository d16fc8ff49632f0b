/**
 * The HNTE financial figures, shared by `cn.hnte.2016` (Art. 11(5)) and `cn.hnte.2008`
 * (Art. 10(4)): the last three fiscal years `Y-3..Y-1` before the year of `asOf`, cut to
 * the years the firm existed ("实际经营期不满三年的按实际经营时间计算" (2016),
 * "企业注册成立时间不足三年的，按实际经营年限计算" (2008)). A year of the window is one
 * not before `year(registeredOn)`; every window year's figures are required, and a year
 * before registration is never asked for. Also the last year's high-tech revenue share
 * (2016 Art. 11(6), 2008 Art. 10(5)).
 *
 * @module
 */
import { add, asOf, cond, fact, keyed, lte, ratio, ref, sub, yearOf } from '../../engine/builder/expr';
import { label } from '../../engine/builder/rules';
import type { Citation } from '../../engine/citation';
import type { Expr } from '../../engine/expr';
import type { Definition } from '../../engine/policy';

/**
 * A figure of the fiscal year `k` years before the year of `asOf`:
 * `financials[Y-k].<field>` (unknown with that path when the year or the figure is absent).
 *
 * @example
 * yearsBack('salesRevenue', 1); // fact financials[Y-1].salesRevenue
 */
export function yearsBack(field: string, k: 1 | 2 | 3): Expr {
  return fact('financials', keyed('year', sub(ref('year'), k)), field);
}

/**
 * The name of the definition "the firm existed in year `Y-k`" (`year(registeredOn) <= Y-k`).
 *
 * @example
 * operatingName(3); // 'operatingInYearMinus3'
 */
export const operatingName = (k: 1 | 2 | 3): string => `operatingInYearMinus${k}`;

/**
 * A figure of year `Y-k` inside the window, 0 for a year before registration: the year is
 * only read (and only reported missing) when the firm existed in it.
 *
 * @example
 * windowed('rdExpense', 3); // cond(operatingInYearMinus3, financials[Y-3].rdExpense, 0)
 */
export function windowed(field: string, k: 1 | 2 | 3): Expr {
  return cond(ref(operatingName(k)), yearsBack(field, k), 0);
}

/** The sum of a figure over the window `Y-3..Y-1`. */
const windowSum = (field: string): Expr => add(windowed(field, 3), windowed(field, 2), windowed(field, 1));

/**
 * The definitions of the R&D window, cited to the clause of each policy's text:
 * `year` (Y), `foundingYear`, `operatingInYearMinus1..3`, the window sums
 * `rdExpenseTotal`, `rdExpenseDomesticTotal`, `salesRevenueTotal`, the last year's
 * `salesRevenueLastYear` (0 for a firm registered in Y), and the ratios `rdRatio`
 * (R&D / sales, 0 when sales are 0 so the criterion fails) and `rdDomesticShare`
 * (domestic R&D / R&D, 0 when R&D is 0).
 *
 * @example
 * Object.keys(rdWindowDefinitions(cite('hnte2016', '11', '5'))).includes('rdRatio'); // true
 */
export function rdWindowDefinitions(window: Citation, domestic: Citation): Record<string, Definition> {
  const operating = (k: 1 | 2 | 3): Definition => ({
    expr: lte(ref('foundingYear'), sub(ref('year'), k)),
    label: label(`Y-${k}年度在实际经营期内`, `The firm existed in year Y-${k}`),
    cite: window,
  });
  return {
    year: { expr: yearOf(asOf()), label: label('申请年度', 'Year of application (Y)') },
    foundingYear: { expr: yearOf(fact('registeredOn')), label: label('注册成立年度', 'Year of registration') },
    [operatingName(3)]: operating(3),
    [operatingName(2)]: operating(2),
    [operatingName(1)]: operating(1),
    rdExpenseTotal: { expr: windowSum('rdExpense'), label: label('近三个会计年度研究开发费用总额', 'R&D expense over the window'), cite: window },
    rdExpenseDomesticTotal: {
      expr: windowSum('rdExpenseDomestic'),
      label: label('在中国境内发生的研究开发费用总额', 'Domestic R&D expense over the window'),
      cite: domestic,
    },
    salesRevenueTotal: { expr: windowSum('salesRevenue'), label: label('同期销售收入总额', 'Sales revenue over the window'), cite: window },
    salesRevenueLastYear: { expr: windowed('salesRevenue', 1), label: label('最近一年销售收入', 'Sales revenue of the last year'), cite: window },
    rdRatio: {
      expr: ratio(ref('rdExpenseTotal'), ref('salesRevenueTotal'), 0),
      label: label('研究开发费用总额占同期销售收入总额的比例', 'R&D expense / sales revenue over the window'),
      cite: window,
    },
    rdDomesticShare: {
      expr: ratio(ref('rdExpenseDomesticTotal'), ref('rdExpenseTotal'), 0),
      label: label('境内研究开发费用占全部研究开发费用的比例', 'Domestic share of R&D expense'),
      cite: domestic,
    },
  };
}

/**
 * The high-tech revenue share of year Y-1: `hiTechRevenue / totalRevenue` of
 * `financials[Y-1]` (0 when total revenue is 0, so the criterion fails).
 *
 * @example
 * hiTechRevenueShareDefinition(cite('hnte2016', '11', '6')).expr.kind; // 'div'
 */
export function hiTechRevenueShareDefinition(c: Citation): Definition {
  return {
    expr: ratio(yearsBack('hiTechRevenue', 1), yearsBack('totalRevenue', 1), 0),
    label: label('近一年高新技术产品（服务）收入占同期总收入的比例', 'High-tech revenue / total revenue of the last year'),
    cite: c,
  };
}
