import { allOf, asOf, bool, cite, criterion, eq, fact, gte, keyed, label, num, policy, ratio, ref, STDLIB, sub, yearOf, type Policy } from '../../src/index';

/**
 * A small hand-written policy for the gap tests (input model: enterprise), evaluated on
 * 2020-06-01 so "last year" is 2019:
 * - minEmployees: employees >= 100 (an absolute employee criterion);
 * - stStaffRatio: stStaff / employees >= 0.10 (0 employees -> fail);
 * - rdRatio: financials[2019].rdExpense / financials[2019].salesRevenue >= 0.05;
 * - coreIp: ip.ownsCoreIp is true (a boolean: not fixable by numbers).
 */
export const GAP_FIXTURE: Policy = policy(
  {
    id: 'test.gap-fixture',
    title: label('距离测试', 'Gap fixture'),
    sources: [{ id: 'doc', title: label('测试办法', 'Test Measures'), number: '测〔2020〕1号' }],
    effective: { from: '2016-01-01' },
    input: 'enterprise',
    definitions: { lastYear: { expr: sub(yearOf(asOf()), 1) } },
    eligibility: allOf([
      criterion({ id: 'minEmployees', label: label('职工人数', 'Employees'), cite: cite('doc', '1'), test: gte(fact('employees'), num(100)) }),
      criterion({ id: 'stStaffRatio', label: label('科技人员占比', 'S&T staff ratio'), cite: cite('doc', '2'), test: gte(ratio(fact('stStaff'), fact('employees')), num('0.10')) }),
      criterion({
        id: 'rdRatio', label: label('研发费用占比', 'R&D ratio'), cite: cite('doc', '3'),
        test: gte(ratio(fact('financials', keyed('year', ref('lastYear')), 'rdExpense'), fact('financials', keyed('year', ref('lastYear')), 'salesRevenue')), num('0.05')),
      }),
      criterion({ id: 'coreIp', label: label('核心知识产权', 'Core IP'), cite: cite('doc', '4'), test: eq(fact('ip', 'ownsCoreIp'), bool(true)) }),
    ]),
  },
  STDLIB,
);

export const AS_OF = '2020-06-01';

/** An enterprise failing stStaffRatio (9/120), rdRatio (1,234,567.89 / 30,000,000) and coreIp. */
export const FAILING = {
  id: 'E1',
  employees: 120,
  stStaff: 9,
  financials: [{ year: 2018, salesRevenue: '20000000', rdExpense: '100' }, { year: 2019, salesRevenue: '30000000', rdExpense: '1234567.89' }],
  ip: { ownsCoreIp: false },
};
