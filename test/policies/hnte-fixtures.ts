/** Shared fixtures of the HNTE policy tests: DOMAIN §1's E1 and a complete eligible firm. */
import { compile, type EvalResult } from '../../src/index';
import { hnte2008 } from '../../src/policies/cn/hnte-2008';
import { hnte2016 } from '../../src/policies/cn/hnte-2016';

export const HNTE_2016 = compile(hnte2016);
export const HNTE_2008 = compile(hnte2008);

/** A fiscal year's figures (money as decimal strings, null = absent). */
export type Figures = Partial<Record<'salesRevenue' | 'totalRevenue' | 'rdExpense' | 'rdExpenseDomestic' | 'hiTechRevenue' | 'netAssets', string | null>>;

/**
 * One fiscal year; defaults: sales 40,000,000, total revenue 42,000,000, R&D 2,400,000
 * (of which 2,000,000 domestic), high-tech revenue 30,000,000, net assets 10,000,000.
 */
export function fy(year: number, f: Figures = {}): Record<string, unknown> {
  return { year, salesRevenue: '40000000', totalRevenue: '42000000', rdExpense: '2400000', rdExpenseDomestic: '2000000', hiTechRevenue: '30000000', netAssets: '10000000', ...f };
}

/**
 * A firm meeting every 2016 condition when evaluated in year `y` (default 2020): registered
 * in y-5, financials y-3..y-1 at the defaults of {@link fy}. Ratios by hand: S&T staff
 * 20/100 = 0.20; R&D 7,200,000 / 120,000,000 = 0.06 >= 0.05 (last-year sales 40,000,000);
 * domestic 6,000,000 / 7,200,000 = 0.8333...; high-tech 30,000,000 / 42,000,000 =
 * 0.714285714285...; score 78 > 70. 2008: college S&T staff 40/100 = 0.40, R&D staff
 * 12/100 = 0.12; R&D 0.06 >= 0.06 (sales < 50,000,000).
 */
export function firm(over: Record<string, unknown> = {}, y = 2020): Record<string, unknown> {
  return {
    id: 'F1',
    registeredOn: `${y - 5}-05-10`,
    residentInMainland: true,
    employees: 100,
    stStaff: 20,
    stStaffCollege: 40,
    rdStaff: 12,
    financials: [fy(y - 3), fy(y - 2), fy(y - 1)],
    ip: { ownsCoreIp: true, classI: 1, classII: 3 },
    inKeyTechField: true,
    innovationScore: 78,
    incidents: [],
    ...over,
  };
}

/** A firm whose window years (y-3, y-2, y-1) have the given sales and R&D (all domestic). */
export function rdFirm(sales: readonly [string, string, string], rd: readonly [string, string, string], y = 2020): Record<string, unknown> {
  const years = [y - 3, y - 2, y - 1].map((yr, i) => fy(yr, { salesRevenue: sales[i] as string, rdExpense: rd[i] as string, rdExpenseDomestic: rd[i] as string }));
  return firm({ financials: years }, y);
}

/**
 * DOMAIN §1's example enterprise E1, its placeholders fixed: incident kind `dishonesty`
 * (not a major incident under HNTE Art. 11(8)) and size `small`.
 */
export const E1: Record<string, unknown> = {
  id: 'E1', name: '示例科技有限公司', asOf: '2020-06-01',
  registeredOn: '2017-03-15', residentInMainland: true,
  employees: 120, stStaff: 15, stStaffCollege: 40, rdStaff: 13, totalAssets: '80000000',
  financials: [
    { year: 2019, salesRevenue: '30000000', totalRevenue: '31000000', rdExpense: '1800000', rdExpenseDomestic: '1800000',
      hiTechRevenue: '25000000', netAssets: '12000000', costsAndExpenses: '26000000' },
  ],
  ip: { ownsCoreIp: true, classI: 1, classII: 3 },
  inKeyTechField: true,
  innovationScore: 78,
  innovation: { ip: 24, conversion: 22, rdManagement: 14 },
  incidents: [{ kind: 'dishonesty', date: '2019-08-01' }],
  restrictedIndustry: false, abnormalOperationList: false, seriousDishonestyList: false,
  hnteCertificateValidUntil: '2021-11-30',
  nationalStAwardTop3Within5y: false, provincialRdInstitution: false,
  ledStandardWithin5y: false,
  size: 'small', keyEpidemicEnterprise: false,
};

/** Evaluates under the 2016 policy (default asOf 2020-06-01). */
export const eval2016 = (record: unknown, asOf = '2020-06-01'): EvalResult => HNTE_2016.evaluate(record, { asOf });
/** Evaluates under the 2008 policy (default asOf 2015-06-01). */
export const eval2008 = (record: unknown, asOf = '2015-06-01'): EvalResult => HNTE_2008.evaluate(record, { asOf });

/** The result of one criterion. */
export const criterionOf = (r: EvalResult, id: string) => r.criteria.find((c) => c.id === id);

/** A copy of a record without some keys. */
export function without(record: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const out = { ...record };
  for (const k of keys) delete out[k];
  return out;
}
