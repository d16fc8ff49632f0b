/**
 * The HNTE recognition criteria shared by `cn.hnte.2016` and `cn.hnte.2008`: the logic of
 * each test, with its contract id; each policy file passes the citation (and quotes the
 * clause of its own text). Thresholds are the policies' dated parameters, read by name.
 *
 * @module
 */
import { addYears, and, asOf, fact, gt, gte, isIn, item, lt, not, param, ref, some } from '../../engine/builder/expr';
import { criterion, label } from '../../engine/builder/rules';
import type { Citation, Label } from '../../engine/citation';
import type { Expr } from '../../engine/expr';
import type { CriterionRule } from '../../engine/rule';

/**
 * A "not lower than" criterion: `value >= min` (both reported as `ratio` and `threshold`).
 *
 * @example
 * atLeastCriterion({ id: 'stStaffRatio', label: label('科技人员占比', 'S&T staff ratio'), cite: cite('hnte2016', '11', '4'),
 *   value: ref('stStaffRatio'), min: param('stStaffRatioMin') }).test.kind; // 'cmp'
 */
export function atLeastCriterion(c: { id: string; label: Label; cite: Citation; value: Expr; min: Expr; values?: Record<string, Expr> }): CriterionRule {
  return criterion({ id: c.id, label: c.label, cite: c.cite, test: gte(c.value, c.min), values: { ratio: c.value, threshold: c.min, ...c.values } });
}

/**
 * `registration`: registered at least one calendar year before `asOf`
 * (`asOf >= addYears(registeredOn, 1)`; a firm registered on Feb 29 qualifies on Feb 28).
 *
 * @example
 * registrationCriterion(cite('hnte2016', '11', '1')).id; // 'registration'
 */
export function registrationCriterion(cite: Citation): CriterionRule {
  const oneYearOn = addYears(fact('registeredOn'), 1);
  return criterion({
    id: 'registration',
    label: label('注册成立一年以上', 'Registered for at least one year'),
    cite,
    test: gte(asOf(), oneYearOn),
    values: { registeredOn: fact('registeredOn'), oneYearOn },
  });
}

/**
 * `coreIp`: the firm owns IP that plays a core supporting role for its main products
 * (`ip.ownsCoreIp`).
 *
 * @example
 * coreIpCriterion(cite('hnte2016', '11', '2')).id; // 'coreIp'
 */
export function coreIpCriterion(cite: Citation): CriterionRule {
  return criterion({ id: 'coreIp', label: label('核心知识产权', 'Owns core IP'), cite, test: fact('ip', 'ownsCoreIp') });
}

/**
 * `keyTechField`: the core technology is in the state-supported high-tech fields
 * (`inKeyTechField`).
 *
 * @example
 * keyTechFieldCriterion(cite('hnte2016', '11', '3')).id; // 'keyTechField'
 */
export function keyTechFieldCriterion(cite: Citation): CriterionRule {
  return criterion({ id: 'keyTechField', label: label('国家重点支持的高新技术领域', 'In a key supported high-tech field'), cite, test: fact('inKeyTechField') });
}

/**
 * `rdRatio`: R&D expense over the window at least the threshold of the firm's last-year
 * sales band (definitions `rdRatio` and `rdThreshold`; sales 0 gives ratio 0, a fail).
 *
 * @example
 * rdRatioCriterion(cite('hnte2016', '11', '5')).id; // 'rdRatio'
 */
export function rdRatioCriterion(cite: Citation): CriterionRule {
  return atLeastCriterion({
    id: 'rdRatio',
    label: label('研究开发费用占销售收入比例', 'R&D expense / sales revenue'),
    cite,
    value: ref('rdRatio'),
    min: ref('rdThreshold'),
    values: { rdExpense: ref('rdExpenseTotal'), salesRevenue: ref('salesRevenueTotal'), salesRevenueLastYear: ref('salesRevenueLastYear') },
  });
}

/**
 * `rdDomesticShare`: domestic R&D expense at least `rdDomesticShareMin` of all R&D expense
 * over the window (R&D 0 gives 0, a fail).
 *
 * @example
 * rdDomesticShareCriterion(cite('hnte2016', '11', '5')).id; // 'rdDomesticShare'
 */
export function rdDomesticShareCriterion(cite: Citation): CriterionRule {
  return atLeastCriterion({
    id: 'rdDomesticShare',
    label: label('境内研究开发费用占比', 'Domestic share of R&D expense'),
    cite,
    value: ref('rdDomesticShare'),
    min: param('rdDomesticShareMin'),
  });
}

/**
 * `hiTechRevenueShare`: high-tech product (service) revenue of year Y-1 at least
 * `hiTechRevenueShareMin` of that year's total revenue (definition `hiTechRevenueShare`).
 *
 * @example
 * hiTechRevenueShareCriterion(cite('hnte2016', '11', '6')).id; // 'hiTechRevenueShare'
 */
export function hiTechRevenueShareCriterion(cite: Citation): CriterionRule {
  return atLeastCriterion({
    id: 'hiTechRevenueShare',
    label: label('高新技术产品（服务）收入占比', 'High-tech revenue share'),
    cite,
    value: ref('hiTechRevenueShare'),
    min: param('hiTechRevenueShareMin'),
  });
}

/**
 * `innovationScore`: the innovation-ability total (definition `innovationScore`, a number
 * or an experts' interval) strictly above `innovationPassMark`; an interval straddling the
 * mark is unknown with a reason and no missing fact.
 *
 * @example
 * innovationScoreCriterion(cite('hnteGuide2016', '四')).id; // 'innovationScore'
 */
export function innovationScoreCriterion(cite: Citation): CriterionRule {
  return criterion({
    id: 'innovationScore',
    label: label('企业创新能力评价', 'Innovation-ability score'),
    cite,
    test: gt(ref('innovationScore'), param('innovationPassMark')),
    values: { score: ref('innovationScore'), passMark: param('innovationPassMark') },
  });
}

/** The incident kinds that bar recognition: major safety or quality accidents, serious environmental violations. */
const MAJOR_INCIDENT_KINDS = ['safety', 'quality', 'environmental'];

/**
 * `noMajorIncident`: no safety, quality or environmental incident dated in the year before
 * the application, `[addYears(asOf, -1), asOf)` (one year before counts; `asOf` itself
 * does not). An absent `incidents` list is unknown; an empty one means none.
 *
 * @example
 * noMajorIncidentCriterion(cite('hnte2016', '11', '8')).id; // 'noMajorIncident'
 */
export function noMajorIncidentCriterion(cite: Citation): CriterionRule {
  const from = addYears(asOf(), -1);
  const inYearBefore = and(isIn(item('kind'), MAJOR_INCIDENT_KINDS), gte(item('date'), from), lt(item('date'), asOf()));
  return criterion({
    id: 'noMajorIncident',
    label: label('申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为', 'No major incident in the year before'),
    cite,
    test: not(some(['incidents'], inYearBefore)),
    values: { from, toExclusive: asOf() },
  });
}
