import { describe, it, expect } from 'vitest';
import { getPolicy } from '../../src/index';
import { evalSme, fy2019, smeFirm } from './tech-sme-fixtures';

const ORDER = ['residentInMainland', 'employees', 'salesRevenue', 'totalAssets', 'notRestricted', 'noIncidents', 'score', 'scoreTotal'];

describe('cn.tech-sme.2017: a complete eligible firm', () => {
  it('passes every condition on its score (20 + 50 + 0 = 70), with no direct qualification', () => {
    const r = evalSme(smeFirm());
    expect(r.status).toBe('eligible');
    expect(r.failed).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.criteria.map((c) => c.id)).toEqual(ORDER);
    expect(r.outputs).toEqual({ score: 70, items: { staff: 20, rd: 50, ip: 0 }, directQualification: null });
    expect(r.criteria.find((c) => c.id === 'employees')?.cite).toBe('国科发政〔2017〕115号 art. 6(2)');
    expect(r.criteria.find((c) => c.id === 'scoreTotal')?.values).toEqual({ score: '70', range: { lo: '70', hi: '70' }, staffItem: '20', passMark: '60' });
  });

  it('DOMAIN §1 E1 (2020-06-01): 4 + 50 + 30 = 84, but its 2019-08-01 incident fails noIncidents', () => {
    // staff 15/120 = 0.125 -> 4; R&D 1,800,000 / 30,000,000 = 0.06 -> 50 (vs 1,800,000 /
    // 26,000,000 = 0.0692 -> 0); class I 1 -> 30. Certificate valid until 2021-11-30.
    const e1 = {
      id: 'E1', registeredOn: '2017-03-15', residentInMainland: true, employees: 120, stStaff: 15, stStaffCollege: 40, rdStaff: 13, totalAssets: '80000000',
      financials: [{ year: 2019, salesRevenue: '30000000', totalRevenue: '31000000', rdExpense: '1800000', rdExpenseDomestic: '1800000', hiTechRevenue: '25000000', netAssets: '12000000', costsAndExpenses: '26000000' }],
      ip: { ownsCoreIp: true, classI: 1, classII: 3 }, inKeyTechField: true, innovationScore: 78, innovation: { ip: 24, conversion: 22, rdManagement: 14 },
      incidents: [{ kind: 'dishonesty', date: '2019-08-01' }], restrictedIndustry: false, abnormalOperationList: false, seriousDishonestyList: false,
      hnteCertificateValidUntil: '2021-11-30', nationalStAwardTop3Within5y: false, provincialRdInstitution: false, ledStandardWithin5y: false, size: 'small', keyEpidemicEnterprise: false,
    };
    const r = evalSme(e1);
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['noIncidents']);
    expect(r.outputs).toEqual({ score: 84, items: { staff: 4, rd: 50, ip: 30 }, directQualification: 'hnteCertificate' });
    expect(evalSme({ ...e1, incidents: [] }).status).toBe('eligible');
  });
});

describe('cn.tech-sme.2017: basic conditions at their thresholds', () => {
  it.each([
    ['employees', { employees: 500 }, { employees: 501 }],
    ['salesRevenue', { financials: [fy2019({ salesRevenue: '200000000' })] }, { financials: [fy2019({ salesRevenue: '200000000.01' })] }],
    ['totalAssets', { totalAssets: '200000000' }, { totalAssets: '200000000.01' }],
  ])('%s: at the limit passes ("不超过" is inclusive), one unit above fails', (id, at, above) => {
    // stStaff 150 keeps the staff share at 150/500 = 0.30 for 500 employees. Only the
    // criterion is checked: at 200,000,000 of sales the R&D item drops to 0
    // (600,000 / 200,000,000 = 0.003), so the score decides the status there.
    const atLimit = evalSme(smeFirm({ stStaff: 150, ...at }));
    expect(atLimit.criteria.find((c) => c.id === id)?.result).toBe('pass');
    const over = evalSme(smeFirm({ stStaff: 150, ...above }));
    expect(over.criteria.find((c) => c.id === id)?.result).toBe('fail');
    expect(over.failed).toContain(id);
  });

  it('employees 500 vs 501 decide the status of an otherwise eligible firm', () => {
    expect(evalSme(smeFirm({ employees: 500, stStaff: 150 })).status).toBe('eligible');
    const r = evalSme(smeFirm({ employees: 501, stStaff: 151 }));
    expect(r).toMatchObject({ status: 'ineligible', failed: ['employees'] });
  });

  it('residentInMainland false and restrictedIndustry true fail their criteria', () => {
    expect(evalSme(smeFirm({ residentInMainland: false })).failed).toEqual(['residentInMainland']);
    expect(evalSme(smeFirm({ restrictedIndustry: true })).failed).toEqual(['notRestricted']);
  });

  it.each([
    ['Y-1 from its first day', '2019-01-01', 'ineligible'],
    ['Y-1 last day', '2019-12-31', 'ineligible'],
    ['Y up to the date', '2020-06-01', 'ineligible'],
    ['Y-2 (before the window)', '2018-12-31', 'eligible'],
    ['after the date', '2020-06-02', 'eligible'],
  ])('an incident dated in %s (%s) -> %s', (_what, date, status) => {
    for (const kind of ['safety', 'quality', 'environmental', 'dishonesty']) {
      const r = evalSme(smeFirm({ incidents: [{ kind, date }] }));
      expect(r.status).toBe(status);
      if (status === 'ineligible') expect(r.failed).toEqual(['noIncidents']);
    }
  });

  it('being on the abnormal-operation or serious-dishonesty list fails noIncidents', () => {
    expect(evalSme(smeFirm({ abnormalOperationList: true })).failed).toEqual(['noIncidents']);
    expect(evalSme(smeFirm({ seriousDishonestyList: true })).failed).toEqual(['noIncidents']);
  });
});

describe('cn.tech-sme.2017: missing facts', () => {
  it('absent basic facts are unknown with their exact paths', () => {
    const r = evalSme(smeFirm({ residentInMainland: null, employees: undefined, totalAssets: null, financials: [fy2019({ salesRevenue: null })] }));
    expect(r.status).toBe('undetermined');
    // employees unknown also makes the staff share unknown; sales unknown leaves R&D to the
    // costs ratio (0.0666... -> 0), so the score needs both.
    expect(r.missing).toEqual(['employees', 'financials[2019].salesRevenue', 'residentInMainland', 'totalAssets']);
  });

  it('no 2019 row: every 2019 figure is reported by year', () => {
    const r = evalSme(smeFirm({ financials: [{ year: 2018, salesRevenue: '1' }] }));
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['financials[2019].costsAndExpenses', 'financials[2019].rdExpense', 'financials[2019].salesRevenue']);
  });

  it('unknown incidents or list flags are missing; a known incident fails whatever is unknown', () => {
    expect(evalSme(smeFirm({ incidents: null, abnormalOperationList: null })).missing).toEqual(['abnormalOperationList', 'incidents']);
    const r = evalSme(smeFirm({ incidents: [{ kind: 'quality', date: '2020-01-02' }], seriousDishonestyList: null }));
    expect(r).toMatchObject({ status: 'ineligible', failed: ['noIncidents'], missing: [] });
  });
});

describe('cn.tech-sme alias', () => {
  it('resolves to cn.tech-sme.2017 from 2017-05-03, and to nothing before', () => {
    expect(getPolicy('cn.tech-sme', '2017-05-03')?.id).toBe('cn.tech-sme.2017');
    expect(getPolicy('cn.tech-sme', '2023-01-01')?.id).toBe('cn.tech-sme.2017');
    expect(getPolicy('cn.tech-sme', '2017-05-02')).toBeUndefined();
    expect(getPolicy('cn.tech-sme')?.id).toBe('cn.tech-sme.2017');
  });

  it('evaluating before 2017-05-03 is a NOT_IN_FORCE error row', () => {
    const r = evalSme(smeFirm(), '2017-05-02');
    expect(r.status).toBe('error');
    expect(r.error?.code).toBe('NOT_IN_FORCE');
  });
});
