/** Shared fixtures of the cn.tech-sme.2017 tests (DOMAIN §3), evaluated as of 2020-06-01 (Y-1 = 2019). */
import { compile, type EvalResult } from '../../src/index';
import { techSme2017 } from '../../src/policies/cn/tech-sme-2017';

export const TECH_SME = compile(techSme2017);
export const AS_OF = '2020-06-01';

/** Last year's figures (money as decimal strings; null = absent). */
export type SmeFigures = Partial<Record<'salesRevenue' | 'rdExpense' | 'costsAndExpenses', string | null>>;

/** The 2019 row; defaults: sales 10,000,000, R&D 600,000, costs and expenses 9,000,000. */
export function fy2019(f: SmeFigures = {}): Record<string, unknown> {
  return { year: 2019, salesRevenue: '10000000', rdExpense: '600000', costsAndExpenses: '9000000', ...f };
}

/**
 * A firm meeting every basic condition, with no direct qualification (certificate expired
 * 2019-12-31, the three flags false). Score by hand: staff 30/100 = 0.30 -> 20; R&D
 * 600,000 / 10,000,000 = 0.06 -> 50 (vs 600,000 / 9,000,000 = 0.0666... -> 0); no IP -> 0;
 * total 70 >= 60 and staff 20 > 0: eligible.
 */
export function smeFirm(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'S1',
    residentInMainland: true,
    employees: 100,
    stStaff: 30,
    totalAssets: '50000000',
    financials: [fy2019()],
    ip: { classI: 0, classII: 0 },
    incidents: [],
    restrictedIndustry: false,
    abnormalOperationList: false,
    seriousDishonestyList: false,
    hnteCertificateValidUntil: '2019-12-31',
    nationalStAwardTop3Within5y: false,
    provincialRdInstitution: false,
    ledStandardWithin5y: false,
    ...over,
  };
}

/** A firm whose score fails only by the S&T staff veto (staff 9/100 -> 0, R&D 50, IP 0). */
export const failingScore = (over: Record<string, unknown> = {}) => smeFirm({ stStaff: 9, ...over });

/** Evaluates a record as of {@link AS_OF} unless the record says otherwise. */
export function evalSme(record: Record<string, unknown>, asOf = AS_OF): EvalResult {
  return TECH_SME.evaluate(record, { asOf });
}

/** The item scores of a result. */
export const itemsOf = (r: EvalResult) => r.outputs['items'] as { staff: number | null; rd: number | null; ip: number | null };
