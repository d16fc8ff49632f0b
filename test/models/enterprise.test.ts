import { describe, expect, it } from 'vitest';
import { EnterpriseSchema } from '../../src/models/enterprise';
import { parseModel } from '../../src/models/issues';

/** DOMAIN.md §1, verbatim. `kind` and `size` list their allowed values as placeholders. */
const DOMAIN_1 = `{ "id": "E1", "name": "示例科技有限公司", "asOf": "2020-06-01",
  "registeredOn": "2017-03-15", "residentInMainland": true,
  "employees": 120, "stStaff": 15, "stStaffCollege": 40, "rdStaff": 13, "totalAssets": "80000000",
  "financials": [
    { "year": 2019, "salesRevenue": "30000000", "totalRevenue": "31000000",
      "rdExpense": "1800000", "rdExpenseDomestic": "1800000",
      "hiTechRevenue": "25000000", "netAssets": "12000000", "costsAndExpenses": "26000000" } ],
  "ip": { "ownsCoreIp": true, "classI": 1, "classII": 3 },
  "inKeyTechField": true,
  "innovationScore": 78,
  "innovation": { "ip": 24, "conversion": 22, "rdManagement": 14 },
  "incidents": [ { "kind": "safety|quality|environmental|dishonesty", "date": "2019-08-01" } ],
  "restrictedIndustry": false, "abnormalOperationList": false, "seriousDishonestyList": false,
  "hnteCertificateValidUntil": "2021-11-30",
  "nationalStAwardTop3Within5y": false, "provincialRdInstitution": false,
  "ledStandardWithin5y": false,
  "size": "micro|small|medium|large", "keyEpidemicEnterprise": false }`;

const example = (): Record<string, unknown> =>
  JSON.parse(DOMAIN_1.replace('safety|quality|environmental|dishonesty', 'safety').replace('micro|small|medium|large', 'small'));

function issuesOf(raw: unknown) {
  const r = parseModel(EnterpriseSchema, raw);
  return r.ok ? [] : r.issues;
}

describe('EnterpriseSchema: the DOMAIN §1 example', () => {
  it('parses, with exact decimals and whole-number counts', () => {
    const r = parseModel(EnterpriseSchema, example());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const e = r.value;
    expect(e.id).toBe('E1');
    expect(e.asOf).toBe('2020-06-01');
    expect([e.employees, e.stStaff, e.stStaffCollege, e.rdStaff]).toEqual([120, 15, 40, 13]);
    expect(e.totalAssets?.toString()).toBe('80000000');
    const fy = e.financials?.[0];
    expect(fy?.year).toBe(2019);
    // R&D ratio of the example, exact: 1,800,000 / 30,000,000 = 0.06
    expect(fy?.rdExpense?.div(fy.salesRevenue ?? 1).toString()).toBe('0.06');
    expect(fy?.netAssets?.toString()).toBe('12000000');
    expect(e.ip).toEqual({ ownsCoreIp: true, classI: 1, classII: 3 });
    expect(e.innovationScore?.toString()).toBe('78');
    expect(e.innovation?.rdManagement?.toString()).toBe('14');
    expect(e.incidents).toEqual([{ kind: 'safety', date: '2019-08-01' }]);
    expect(e.size).toBe('small');
    expect(e.hnteCertificateValidUntil).toBe('2021-11-30');
    expect([e.restrictedIndustry, e.keyEpidemicEnterprise, e.inKeyTechField]).toEqual([false, false, true]);
  });

  it('rejects the verbatim placeholders, which are not values', () => {
    expect(issuesOf(JSON.parse(DOMAIN_1)).map((i) => i.path)).toEqual(['incidents[0].kind', 'size']);
    expect(issuesOf(JSON.parse(DOMAIN_1))[1]?.message).toBe(
      "expected one of 'micro', 'small', 'medium', 'large', got 'micro|small|medium|large'",
    );
  });
});

describe('EnterpriseSchema: unknown facts', () => {
  it('an empty record is valid: every fact unknown', () => {
    expect(EnterpriseSchema.parse({})).toEqual({});
  });

  it('null means unknown and comes out as undefined, never 0 or false', () => {
    const raw = { ...example(), stStaff: null, totalAssets: null, inKeyTechField: null, ip: null, financials: null };
    const e = EnterpriseSchema.parse(raw);
    expect(e.stStaff).toBeUndefined();
    expect(e.totalAssets).toBeUndefined();
    expect(e.inKeyTechField).toBeUndefined();
    expect(e.ip).toBeUndefined();
    expect(e.financials).toBeUndefined();
    const fy = EnterpriseSchema.parse({ financials: [{ year: 2019, rdExpense: null }] }).financials?.[0];
    expect(fy?.rdExpense).toBeUndefined();
  });

  it('innovation sub-scores and the total may be fractional, within their ranges', () => {
    const e = EnterpriseSchema.parse({ innovationScore: '70.5', innovation: { ip: 29.5, conversion: '30', rdManagement: 20 } });
    expect(e.innovationScore?.toString()).toBe('70.5');
    expect(e.innovation?.ip?.toString()).toBe('29.5');
    expect(issuesOf({ innovationScore: '100.01' })).toEqual([
      { path: 'innovationScore', message: 'score 100.01 is too large: its magnitude exceeds 100' },
    ]);
    expect(issuesOf({ innovation: { ip: 31, conversion: -1, rdManagement: 20.5 } })).toEqual([
      { path: 'innovation.ip', message: 'score 31 is too large: its magnitude exceeds 30' },
      { path: 'innovation.conversion', message: 'score must not be negative, got -1' },
      { path: 'innovation.rdManagement', message: 'score 20.5 is too large: its magnitude exceeds 20' },
    ]);
  });

  it('netAssets may be negative; other money may not', () => {
    expect(EnterpriseSchema.parse({ financials: [{ year: 2019, netAssets: '-500000' }] }).financials?.[0]?.netAssets?.toString()).toBe(
      '-500000',
    );
    expect(issuesOf({ financials: [{ year: 2019, salesRevenue: '-1' }] })).toEqual([
      { path: 'financials[0].salesRevenue', message: 'amount must not be negative, got -1' },
    ]);
  });
});

describe('EnterpriseSchema: rejections with path and message', () => {
  it('an unknown key is an error, not a missing fact', () => {
    expect(issuesOf({ stStafff: 15 })).toEqual([{ path: 'stStafff', message: "unknown key 'stStafff'" }]);
    expect(issuesOf({ ip: { classIII: 1 } })).toEqual([{ path: 'ip.classIII', message: "unknown key 'classIII'" }]);
    expect(issuesOf({ financials: [{ year: 2019, revenue: '1' }] })).toEqual([
      { path: 'financials[0].revenue', message: "unknown key 'revenue'" },
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s from JSON.parse input', (key) => {
    const raw: unknown = JSON.parse(`{ "id": "E1", "${key}": { "employees": 5 } }`);
    expect(issuesOf(raw)).toEqual([{ path: key, message: `unknown key '${key}'` }]);
    const nested: unknown = JSON.parse(`{ "financials": [{ "year": 2019, "${key}": 1 }] }`);
    expect(issuesOf(nested)).toEqual([{ path: `financials[0].${key}`, message: `unknown key '${key}'` }]);
  });

  it('financial years: year required, 1900..2200, no duplicates', () => {
    expect(issuesOf({ financials: [{ salesRevenue: '1' }] })).toEqual([
      { path: 'financials[0].year', message: 'missing: expected a whole number' },
    ]);
    expect(issuesOf({ financials: [{ year: 1899 }, { year: 2201 }] })).toEqual([
      { path: 'financials[0].year', message: 'year must be at least 1900, got 1899' },
      { path: 'financials[1].year', message: 'year must be at most 2200, got 2201' },
    ]);
    expect(issuesOf({ financials: [{ year: 2018 }, { year: 2019 }, { year: '2019' }] })).toEqual([
      { path: 'financials[2].year', message: 'duplicate year 2019, already given at financials[1]' },
    ]);
  });

  it('wrong types and formats at their paths', () => {
    expect(issuesOf({ employees: 12.5, registeredOn: '2019-02-29', residentInMainland: 'yes', size: 'tiny' })).toEqual([
      { path: 'registeredOn', message: "'2019-02-29' is not a real calendar date" },
      { path: 'residentInMainland', message: "expected true or false, got 'yes'" },
      { path: 'employees', message: 'expected a whole number, got 12.5' },
      { path: 'size', message: "expected one of 'micro', 'small', 'medium', 'large', got 'tiny'" },
    ]);
    expect(issuesOf({ incidents: [{ kind: 'fire', date: '2019-08-01' }, { kind: 'safety' }] })).toEqual([
      { path: 'incidents[0].kind', message: "expected one of 'safety', 'quality', 'environmental', 'dishonesty', got 'fire'" },
      { path: 'incidents[1].date', message: 'missing: expected a date string YYYY-MM-DD' },
    ]);
    expect(issuesOf({ financials: {} })).toEqual([{ path: 'financials', message: 'expected an array, got object' }]);
    expect(issuesOf('E1')).toEqual([{ path: '(root)', message: 'expected an object, got string' }]);
  });
});
