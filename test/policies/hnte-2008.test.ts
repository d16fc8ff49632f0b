import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import { E1, criterionOf, eval2008, eval2016, firm, fy, rdFirm, without } from './hnte-fixtures';

const ORDER = ['registration', 'coreIp', 'keyTechField', 'stStaffCollegeRatio', 'rdStaffRatio', 'rdRatio', 'rdDomesticShare', 'hiTechRevenueShare', 'innovationScore', 'noMajorIncident'];
const Y = 2015; // evaluated as of 2015-06-01: window 2012..2014

describe('cn.hnte.2008: a complete firm as of 2015-06-01', () => {
  it('is eligible: college S&T staff 40/100, R&D staff 12/100, R&D 7,200,000 / 120,000,000 = 0.06 >= 0.06', () => {
    const r = eval2008(firm({}, Y));
    expect(r.status).toBe('eligible');
    expect(r.criteria.map((c) => c.id)).toEqual(ORDER);
    expect(r.outputs).toEqual({
      rdRatio: '0.0600', rdThreshold: '0.0600', stStaffCollegeRatio: '0.4000', rdStaffRatio: '0.1200',
      hiTechRevenueShare: '0.7142857143', innovationScore: { lo: '78', hi: '78' },
    });
    expect(criterionOf(r, 'rdStaffRatio')?.cite).toBe('国科发火〔2008〕172号 art. 10(3)');
  });

  it('is in force 2008-01-01 to 2015-12-31 only (E1 as of 2020 is an error row)', () => {
    expect(eval2008(firm({}, 2016), '2016-01-01').error?.code).toBe('NOT_IN_FORCE');
    expect(eval2008(E1).error?.code).toBe('NOT_IN_FORCE');
    expect(eval2008(firm({}, 2008), '2008-01-01').status).not.toBe('error');
  });
});

describe('staff: college-educated S&T staff >= 30%, R&D staff >= 10% of employees', () => {
  it('30/100 and 10/100 pass; 29 or 9 fail', () => {
    expect(eval2008(firm({ stStaffCollege: 30, rdStaff: 10 }, Y)).status).toBe('eligible');
    expect(eval2008(firm({ stStaffCollege: 29 }, Y)).failed).toEqual(['stStaffCollegeRatio']);
    expect(eval2008(firm({ rdStaff: 9 }, Y)).failed).toEqual(['rdStaffRatio']);
  });
  it('missing counts are reported by path; stStaff is not read', () => {
    const r = eval2008(without(firm({}, Y), 'stStaffCollege', 'rdStaff', 'stStaff'));
    expect(r.missing).toEqual(['rdStaff', 'stStaffCollege']);
  });
});

describe('rdRatio 2008: < 50,000,000 -> 0.06; 50,000,000..200,000,000 -> 0.04; > 200,000,000 -> 0.03', () => {
  it.each([
    ['49,999,999.99 -> 0.06', ['50000000', '50000000.01', '49999999.99'], ['3000000', '3000000', '3000000'], '2999999.99', '0.0600'],
    ['50,000,000 -> 0.04 (not 小于5,000万元)', ['50000000', '50000000', '50000000'], ['2000000', '2000000', '2000000'], '1999999.99', '0.0400'],
    ['200,000,000 -> 0.04 (5,000万元至20,000万元)', ['200000000', '200000000', '200000000'], ['8000000', '8000000', '8000000'], '7999999.99', '0.0400'],
    ['200,000,000.01 -> 0.03', ['199999999.99', '200000000', '200000000.01'], ['6000000', '6000000', '6000000'], '5999999.99', '0.0300'],
  ] as const)('%s: at the threshold passes, one fen less fails', (_name, sales, rd, less, threshold) => {
    const at = eval2008(rdFirm(sales, rd, Y));
    expect(at.outputs['rdThreshold']).toBe(threshold);
    expect(at.outputs['rdRatio']).toBe(threshold);
    expect(at.status).toBe('eligible');
    expect(eval2008(rdFirm(sales, [rd[0], rd[1], less], Y)).failed).toEqual(['rdRatio']);
  });

  it('at exactly 50,000,000 the 2016 text is the stricter one (5% against 4%)', () => {
    const sales = ['50000000', '50000000', '50000000'] as const;
    const rd = ['2000000', '2000000', '2000000'] as const; // 0.04
    expect(eval2008(rdFirm(sales, rd, Y)).status).toBe('eligible');
    expect(eval2016(rdFirm(sales, rd, 2020)).failed).toEqual(['rdRatio']);
  });
});

describe('shared criteria behave as in 2016', () => {
  it('young window, Feb-29 registration and incident window', () => {
    expect(eval2008(firm({ registeredOn: '2012-02-29', financials: [fy(2012)] }, 2013), '2013-02-28').status).toBe('eligible');
    expect(eval2008(firm({ registeredOn: '2012-02-29', financials: [fy(2012)] }, 2013), '2013-02-27').failed).toEqual(['registration']);
    expect(eval2008(firm({ incidents: [{ kind: 'safety', date: '2014-06-01' }] }, Y)).failed).toEqual(['noMajorIncident']);
    expect(eval2008(firm({ incidents: [{ kind: 'safety', date: '2015-06-01' }] }, Y)).status).toBe('eligible');
  });

  it('innovation: only the given score counts (the 2008 scoring is not encoded)', () => {
    const r = eval2008({ ...without(firm({}, Y), 'innovationScore'), innovation: { ip: 30, conversion: 30, rdManagement: 20 } });
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['innovationScore']);
    expect(eval2008(firm({ innovationScore: 70 }, Y)).failed).toEqual(['innovationScore']);
    expect(eval2008(firm({ innovationScore: '70.5' }, Y)).status).toBe('eligible');
  });
});

/** Fen amounts as decimal strings, biased to the band limits. */
const salesArb = fc.oneof(
  fc.constantFrom('0.01', '49999999.99', '50000000', '50000000.01', '199999999.99', '200000000', '200000000.01'),
  fc.bigInt({ min: 1n, max: 50_000_000_000n }).map((f) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`),
);

describe('2016 against 2008 where the criteria coincide', () => {
  it('the 2016 R&D threshold is never higher than the 2008 one, except at exactly 50,000,000', () => {
    fc.assert(
      fc.property(salesArb, (s) => {
        const t16 = eval2016(rdFirm([s, s, s], ['0', '0', '0'], 2020)).outputs['rdThreshold'] as string;
        const t08 = eval2008(rdFirm([s, s, s], ['0', '0', '0'], Y)).outputs['rdThreshold'] as string;
        if (s === '50000000') return t16 === '0.0500' && t08 === '0.0400';
        return new Decimal(t16).lte(t08);
      }),
    );
  }, 30_000);

  it('R&D staff are S&T staff: if 2008 rdStaffRatio passes, 2016 stStaffRatio passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (employees, a, b) => {
        const [rdStaff, stStaff] = a <= b ? [a, b] : [b, a];
        const r08 = eval2008(firm({ employees, rdStaff, stStaff }, Y));
        const r16 = eval2016(firm({ employees, rdStaff, stStaff }, 2020));
        return criterionOf(r08, 'rdStaffRatio')?.result !== 'pass' || criterionOf(r16, 'stStaffRatio')?.result === 'pass';
      }),
    );
  }, 30_000);
});
