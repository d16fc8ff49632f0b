import { describe, it, expect } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { lookupBand, type BandTable } from '../../src/rules/band-table';
import { IP_CLASS_II_BANDS, RD_COSTS_BANDS, RD_SALES_BANDS, STAFF_BANDS } from '../../src/policies/cn/tech-sme-2017-score';
import { evalSme, failingScore, fy2019, itemsOf, smeFirm } from './tech-sme-fixtures';

const band = (t: BandTable, x: string) => lookupBand(t, new Decimal(x))?.value.toString();

describe('cn.tech-sme.2017 score bands: lower bounds inclusive, upper exclusive', () => {
  it.each([
    [STAFF_BANDS, [['0.30', '20'], ['0.2999999999', '16'], ['0.25', '16'], ['0.2499999999', '12'], ['0.20', '12'], ['0.1999999999', '8'], ['0.15', '8'], ['0.1499999999', '4'], ['0.10', '4'], ['0.0999999999', '0'], ['1', '20'], ['0', '0']]],
    [RD_SALES_BANDS, [['0.06', '50'], ['0.0599999999', '40'], ['0.05', '40'], ['0.0499999999', '30'], ['0.04', '30'], ['0.0399999999', '20'], ['0.03', '20'], ['0.0299999999', '10'], ['0.02', '10'], ['0.0199999999', '0']]],
    [RD_COSTS_BANDS, [['0.30', '50'], ['0.2999999999', '40'], ['0.25', '40'], ['0.2499999999', '30'], ['0.20', '30'], ['0.1999999999', '20'], ['0.15', '20'], ['0.1499999999', '10'], ['0.10', '10'], ['0.0999999999', '0']]],
    [IP_CLASS_II_BANDS, [['5', '24'], ['4', '24'], ['3', '18'], ['2', '12'], ['1', '6'], ['0', '0']]],
  ] as const)('table %#', (table, rows) => {
    for (const [x, score] of rows) expect([x, band(table, x)]).toEqual([x, score]);
  });

  it.each([
    [3000, 20], [2999, 16], [2500, 16], [2499, 12], [2000, 12], [1999, 8], [1500, 8], [1499, 4], [1000, 4], [999, 0],
  ])('staff %i of 10,000 employees scores %i (exact ratio, no float)', (stStaff, score) => {
    expect(itemsOf(evalSme(smeFirm({ employees: 10000, stStaff }))).staff).toBe(score);
  });

  it.each([
    ['6000000', 50], ['5999999.99', 40], ['5000000', 40], ['4999999.99', 30], ['4000000', 30], ['3999999.99', 20], ['3000000', 20], ['2999999.99', 10], ['2000000', 10], ['1999999.99', 0],
  ])('R&D %s of 100,000,000 sales scores %i (costs ratio below 10%%)', (rdExpense, score) => {
    const r = evalSme(smeFirm({ financials: [fy2019({ salesRevenue: '100000000', rdExpense, costsAndExpenses: '1000000000' })] }));
    expect(itemsOf(r).rd).toBe(score);
  });

  it.each([
    ['3000000', 50], ['2999999.99', 40], ['2500000', 40], ['2499999.99', 30], ['2000000', 30], ['1999999.99', 20], ['1500000', 20], ['1499999.99', 10], ['1000000', 10], ['999999.99', 0],
  ])('R&D %s of 10,000,000 costs scores %i (sales ratio below 2%%)', (rdExpense, score) => {
    const r = evalSme(smeFirm({ financials: [fy2019({ salesRevenue: '1000000000', rdExpense, costsAndExpenses: '10000000' })] }));
    expect(itemsOf(r).rd).toBe(score);
  });

  it('R&D is the higher of the two ratios: 0.02 of sales (10) vs 0.25 of costs (40) -> 40', () => {
    const r = evalSme(smeFirm({ financials: [fy2019({ salesRevenue: '10000000', rdExpense: '200000', costsAndExpenses: '800000' })] }));
    expect(itemsOf(r).rd).toBe(40);
  });

  it.each([
    [{ classI: 1, classII: 0 }, 30], [{ classI: 2, classII: 9 }, 30], [{ classI: 0, classII: 4 }, 24], [{ classI: 0, classII: 3 }, 18],
    [{ classI: 0, classII: 2 }, 12], [{ classI: 0, classII: 1 }, 6], [{ classI: 0, classII: 0 }, 0],
  ])('results %o score %i', (ip, score) => {
    expect(itemsOf(evalSme(smeFirm({ ip }))).ip).toBe(score);
  });

  it('a zero denominator scores 0: no employees, no sales, no costs', () => {
    const r = evalSme(smeFirm({ employees: 0, stStaff: 0, financials: [fy2019({ salesRevenue: '0', costsAndExpenses: '0' })] }));
    expect(itemsOf(r)).toEqual({ staff: 0, rd: 0, ip: 0 });
    expect(r.failed).toEqual(['score', 'scoreTotal']);
  });
});

describe('cn.tech-sme.2017 score: pass mark and veto', () => {
  it('total 60 passes, 58 fails (every item is even, so 58 is the highest total below 60)', () => {
    // 60 = staff 20 (30/100) + R&D 40 (500,000 / 10,000,000 = 0.05) + IP 0
    const at = evalSme(smeFirm({ financials: [fy2019({ rdExpense: '500000' })] }));
    expect([at.status, at.outputs['score']]).toEqual(['eligible', 60]);
    // 58 = staff 16 (25/100) + R&D 30 (400,000 / 10,000,000 = 0.04) + IP 12 (two class II)
    const below = evalSme(smeFirm({ stStaff: 25, ip: { classI: 0, classII: 2 }, financials: [fy2019({ rdExpense: '400000' })] }));
    expect([below.status, below.outputs['score'], below.failed]).toEqual(['ineligible', 58, ['score', 'scoreTotal']]);
  });

  it('a staff item of 0 fails the score whatever the total (9/100 -> 0; 0 + 50 + 30 = 80)', () => {
    const r = evalSme(failingScore({ ip: { classI: 1, classII: 0 } }));
    expect(r).toMatchObject({ status: 'ineligible', failed: ['score', 'scoreTotal'], outputs: { score: 80, items: { staff: 0, rd: 50, ip: 30 } } });
    expect(evalSme(failingScore({ stStaff: 10, ip: { classI: 1, classII: 0 } })).status).toBe('eligible'); // 10/100 -> 4
  });
});

describe('cn.tech-sme.2017 score: direct qualifications (Art. 8)', () => {
  it.each([
    ['hnteCertificate', { hnteCertificateValidUntil: '2020-06-01' }],
    ['nationalStAward', { nationalStAwardTop3Within5y: true }],
    ['provincialRdInstitution', { provincialRdInstitution: true }],
    ['ledStandard', { ledStandardWithin5y: true }],
  ])('%s replaces a failing score', (id, facts) => {
    const r = evalSme(failingScore(facts));
    expect(r).toMatchObject({ status: 'eligible', failed: [], missing: [] });
    expect(r.outputs['directQualification']).toBe(id);
    expect(r.criteria.find((c) => c.id === 'score')?.reason).toBe(`exception ${id} applies`);
  });

  it('a certificate valid until the day before the date does not qualify', () => {
    const r = evalSme(failingScore({ hnteCertificateValidUntil: '2020-05-31' }));
    expect(r).toMatchObject({ status: 'ineligible', failed: ['score', 'scoreTotal'], outputs: { directQualification: null } });
  });

  it('replaces only the score: the basic conditions still apply', () => {
    const r = evalSme(failingScore({ hnteCertificateValidUntil: '2021-11-30', employees: 501 }));
    expect(r).toMatchObject({ status: 'ineligible', failed: ['employees'], outputs: { directQualification: 'hnteCertificate' } });
  });

  it('the first that holds is the one reported; an unknown earlier one is skipped', () => {
    expect(evalSme(failingScore({ provincialRdInstitution: true, ledStandardWithin5y: true })).outputs['directQualification']).toBe('provincialRdInstitution');
    const r = evalSme(failingScore({ hnteCertificateValidUntil: null, ledStandardWithin5y: true }));
    expect(r).toMatchObject({ status: 'eligible', missing: [], outputs: { directQualification: 'ledStandard' } });
  });

  it('an unknown qualification leaves a failing score undetermined, and does not matter for a passing one', () => {
    const r = evalSme(failingScore({ hnteCertificateValidUntil: undefined, nationalStAwardTop3Within5y: null }));
    expect(r).toMatchObject({ status: 'undetermined', failed: [], missing: ['hnteCertificateValidUntil', 'nationalStAwardTop3Within5y'] });
    const ok = evalSme(smeFirm({ hnteCertificateValidUntil: null, provincialRdInstitution: null }));
    expect(ok).toMatchObject({ status: 'eligible', missing: [], outputs: { directQualification: null } });
  });
});

describe('cn.tech-sme.2017 score: unknown inputs (three-valued card)', () => {
  it('one class I right scores 30 with the class II count unknown', () => {
    const r = evalSme(smeFirm({ ip: { classI: 1 } }));
    expect(r).toMatchObject({ status: 'eligible', missing: [], outputs: { score: 100, items: { staff: 20, rd: 50, ip: 30 } } });
  });

  it('a total decided without the unknown item: 20 + 50 + (0..30) >= 60 passes', () => {
    const r = evalSme(smeFirm({ ip: {} }));
    expect(r).toMatchObject({ status: 'eligible', missing: [], outputs: { score: null, items: { staff: 20, rd: 50, ip: null } } });
  });

  it('a total decided without the unknown item: 4 + 0 + (24..30) < 60 fails', () => {
    const r = evalSme(smeFirm({ stStaff: 10, ip: { classII: 4 }, financials: [fy2019({ rdExpense: '0' })] }));
    expect(r).toMatchObject({ status: 'ineligible', failed: ['score', 'scoreTotal'], missing: [] });
  });

  it('an undecided total reports exactly the facts it needs', () => {
    // 16 + 20 + (18..30) = 54..66: needs the class I count only (class II is known).
    const r = evalSme(smeFirm({ stStaff: 25, ip: { classII: 3 }, financials: [fy2019({ rdExpense: '300000' })] }));
    expect(r).toMatchObject({ status: 'undetermined', missing: ['ip.classI'] });
    expect(r.criteria.find((c) => c.id === 'scoreTotal')?.values['range']).toEqual({ lo: '54', hi: '66' });
    // 20 + (0..50) + 0: both R&D ratios need the 2019 R&D expense.
    const rd = evalSme(smeFirm({ financials: [fy2019({ rdExpense: null })] }));
    expect(rd).toMatchObject({ status: 'undetermined', missing: ['financials[2019].rdExpense'] });
  });

  it('an unknown staff share leaves the veto open even with 80 points elsewhere', () => {
    const r = evalSme(smeFirm({ stStaff: null, ip: { classI: 1, classII: 0 } }));
    expect(r).toMatchObject({ status: 'undetermined', missing: ['stStaff'], outputs: { items: { staff: null, rd: 50, ip: 30 } } });
  });
});
