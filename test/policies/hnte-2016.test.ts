import { describe, it, expect } from 'vitest';
import { E1, criterionOf, eval2016, firm, fy, rdFirm, without } from './hnte-fixtures';

const ORDER = ['registration', 'coreIp', 'keyTechField', 'stStaffRatio', 'rdRatio', 'rdDomesticShare', 'hiTechRevenueShare', 'innovationScore', 'noMajorIncident'];

describe('cn.hnte.2016: DOMAIN §1 enterprise E1 as of 2020-06-01', () => {
  // Y = 2020, window 2017..2019 (registered 2017-03-15, so every window year is an operating
  // year), but only 2019 is given: rdRatio and rdDomesticShare cannot be decided.
  // Decided by hand: registration 2018-03-15 <= 2020-06-01 pass; S&T staff 15/120 = 0.125
  // >= 0.10 pass; high-tech 25,000,000/31,000,000 = 0.80645161290322... >= 0.60 pass;
  // innovationScore 78 > 70 pass (given, so the growth figures are not needed); the only
  // incident is a dishonesty record, not a major incident: pass.
  it('is undetermined, missing exactly the 2017 and 2018 R&D figures', () => {
    const r = eval2016(E1);
    expect(r.status).toBe('undetermined');
    expect(r.failed).toEqual([]);
    expect(r.missing).toEqual([
      'financials[2017].rdExpense', 'financials[2017].rdExpenseDomestic', 'financials[2017].salesRevenue',
      'financials[2018].rdExpense', 'financials[2018].rdExpenseDomestic', 'financials[2018].salesRevenue',
    ]);
    expect(r.criteria.map((c) => c.id)).toEqual(ORDER);
    expect(r.criteria.map((c) => c.result)).toEqual(['pass', 'pass', 'pass', 'pass', 'unknown', 'unknown', 'pass', 'pass', 'pass']);
    expect(r.outputs).toEqual({
      rdRatio: null,
      rdThreshold: '0.0500', // last-year sales 30,000,000 <= 50,000,000
      stStaffRatio: '0.1250',
      hiTechRevenueShare: '0.8064516129', // 0.80645161290|32... half-up at 10 places
      innovationScore: { lo: '78', hi: '78' },
    });
    expect(criterionOf(r, 'stStaffRatio')?.cite).toBe('国科发火〔2016〕32号 art. 11(4)');
  });

  it('with a safety incident on 2019-08-01 (within [2019-06-01, 2020-06-01)) it is ineligible, whatever the missing years', () => {
    const r = eval2016({ ...E1, incidents: [{ kind: 'safety', date: '2019-08-01' }] });
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['noMajorIncident']);
    expect(r.missing).toEqual([]);
  });

  it('with its 2017 and 2018 figures it is eligible: 4,500,000 / 75,000,000 = 0.06 >= 0.05', () => {
    const financials = [
      { year: 2017, salesRevenue: '20000000', totalRevenue: '21000000', rdExpense: '1200000', rdExpenseDomestic: '1000000' },
      { year: 2018, salesRevenue: '25000000', totalRevenue: '26000000', rdExpense: '1500000', rdExpenseDomestic: '1500000' },
      ...(E1['financials'] as unknown[]),
    ];
    const r = eval2016({ ...E1, financials });
    expect(r.status).toBe('eligible');
    expect(r.outputs['rdRatio']).toBe('0.0600');
    // domestic (1,000,000 + 1,500,000 + 1,800,000) / 4,500,000 = 0.9555...
    expect(criterionOf(r, 'rdDomesticShare')?.values['ratio']).toBe('0.9555555556');
  });
});

describe('cn.hnte.2016: a complete eligible firm', () => {
  it('passes every criterion, with exact outputs', () => {
    const r = eval2016(firm());
    expect(r.status).toBe('eligible');
    expect(r.failed).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.criteria.every((c) => c.result === 'pass')).toBe(true);
    // R&D 7,200,000 / 120,000,000 = 0.06; staff 20/100; high-tech 30/42 = 0.7142857142|857 -> 0.7142857143
    expect(r.outputs).toEqual({ rdRatio: '0.0600', rdThreshold: '0.0500', stStaffRatio: '0.2000', hiTechRevenueShare: '0.7142857143', innovationScore: { lo: '78', hi: '78' } });
  });

  it('is not in force before 2016-01-01', () => {
    const r = eval2016(firm({}, 2016), '2015-12-31');
    expect(r.status).toBe('error');
    expect(r.error?.code).toBe('NOT_IN_FORCE');
  });
});

describe('registration: asOf >= registeredOn + 1 calendar year', () => {
  it('Feb 29 + 1 year = Feb 28: passes on 2017-02-28, fails on 2017-02-27', () => {
    const young = firm({ registeredOn: '2016-02-29', financials: [fy(2016)] }, 2017);
    expect(eval2016(young, '2017-02-28').status).toBe('eligible');
    const r = eval2016(young, '2017-02-27');
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['registration']);
    expect(criterionOf(r, 'registration')?.values).toEqual({ registeredOn: '2016-02-29', oneYearOn: '2017-02-28' });
  });

  it('exactly one year passes, one day short fails', () => {
    const financials = [fy(2019)];
    expect(criterionOf(eval2016(firm({ registeredOn: '2019-06-01', financials })), 'registration')?.result).toBe('pass');
    expect(criterionOf(eval2016(firm({ registeredOn: '2019-06-02', financials })), 'registration')?.result).toBe('fail');
  });
});

describe('stStaffRatio: stStaff / employees >= 0.10', () => {
  it('10 of 100 passes, 9 of 100 fails', () => {
    const at = eval2016(firm({ stStaff: 10 }));
    expect(at.status).toBe('eligible');
    expect(at.outputs['stStaffRatio']).toBe('0.1000');
    expect(criterionOf(at, 'stStaffRatio')?.values).toEqual({ ratio: '0.1', threshold: '0.1' });
    const below = eval2016(firm({ stStaff: 9 }));
    expect(below.failed).toEqual(['stStaffRatio']);
  });

  it('no employees fails (ratio 0)', () => {
    const r = eval2016(firm({ employees: 0, stStaff: 0 }));
    expect(r.failed).toEqual(['stStaffRatio']);
    expect(r.outputs['stStaffRatio']).toBe('0.0000');
  });
});

describe('rdRatio: thresholds by last-year sales (inclusive limits), exact at every edge', () => {
  it.each([
    // [name, sales Y-3..Y-1, R&D Y-3..Y-1 exactly at the threshold, Y-1 R&D one fen less, threshold]
    ['sales 50,000,000 -> 0.05 (5,000万元（含）)', ['50000000', '50000000', '50000000'], ['2500000', '2500000', '2500000'], '2499999.99', '0.0500'],
    ['sales 50,000,000.01 -> 0.04', ['49999999.99', '50000000', '50000000.01'], ['2000000', '2000000', '2000000'], '1999999.99', '0.0400'],
    ['sales 200,000,000 -> 0.04 (2亿元（含）)', ['200000000', '200000000', '200000000'], ['8000000', '8000000', '8000000'], '7999999.99', '0.0400'],
    ['sales 200,000,000.01 -> 0.03', ['199999999.99', '200000000', '200000000.01'], ['6000000', '6000000', '6000000'], '5999999.99', '0.0300'],
  ] as const)('%s: at the threshold passes, one fen less R&D fails', (_name, sales, rd, less, threshold) => {
    // totals 150,000,000 / 150,000,000 / 600,000,000 / 600,000,000: R&D total = threshold x sales total
    const at = eval2016(rdFirm(sales, rd));
    expect(at.outputs['rdThreshold']).toBe(threshold);
    expect(at.outputs['rdRatio']).toBe(threshold);
    expect(criterionOf(at, 'rdRatio')?.result).toBe('pass');
    const r = eval2016(rdFirm(sales, [rd[0], rd[1], less]));
    expect(r.failed).toEqual(['rdRatio']);
  });

  it('the band matters: R&D of 4% passes with last-year sales 50,000,000.01 but fails with 50,000,000', () => {
    const rd = ['2000000', '2000000', '2000000'] as const;
    expect(eval2016(rdFirm(['49999999.99', '50000000', '50000000.01'], rd)).status).toBe('eligible');
    expect(eval2016(rdFirm(['50000000.01', '49999999.99', '50000000'], rd)).failed).toEqual(['rdRatio']); // Y-1 = 50,000,000: 0.05
  });

  it('no sales over the window fails (ratio 0)', () => {
    const r = eval2016(rdFirm(['0', '0', '0'], ['0', '0', '0']));
    expect(r.failed).toEqual(['rdDomesticShare', 'rdRatio']);
    expect(r.outputs['rdRatio']).toBe('0.0000');
  });
});

describe('rdDomesticShare: domestic / all R&D over the window >= 0.60', () => {
  const withDomestic = (d3: string) =>
    firm({ financials: [fy(2017, { rdExpenseDomestic: '1440000' }), fy(2018, { rdExpenseDomestic: '1440000' }), fy(2019, { rdExpenseDomestic: d3 })] });
  it('4,320,000 / 7,200,000 = 0.60 passes; one fen less fails', () => {
    expect(eval2016(withDomestic('1440000')).status).toBe('eligible');
    expect(eval2016(withDomestic('1439999.99')).failed).toEqual(['rdDomesticShare']);
  });
});

describe('hiTechRevenueShare: high-tech / total revenue of Y-1 >= 0.60', () => {
  const last = (f: Parameters<typeof fy>[1]) => firm({ financials: [fy(2017), fy(2018), fy(2019, f)] });
  it('24,000,000 / 40,000,000 = 0.60 passes; one fen less fails; total 0 fails', () => {
    const at = eval2016(last({ totalRevenue: '40000000', hiTechRevenue: '24000000' }));
    expect(at.status).toBe('eligible');
    expect(at.outputs['hiTechRevenueShare']).toBe('0.6000');
    expect(eval2016(last({ totalRevenue: '40000000', hiTechRevenue: '23999999.99' })).failed).toEqual(['hiTechRevenueShare']);
    expect(eval2016(last({ totalRevenue: '0', hiTechRevenue: '0' })).failed).toEqual(['hiTechRevenueShare']);
  });
});

describe('innovationScore: strictly above 70', () => {
  it('70 fails, 70.5 passes; a given score wins over the sub-scores', () => {
    expect(eval2016(firm({ innovationScore: 70 })).failed).toEqual(['innovationScore']);
    expect(eval2016(firm({ innovationScore: '70.5' })).status).toBe('eligible');
    const given = eval2016(firm({ innovationScore: 70, innovation: { ip: 30, conversion: 30, rdManagement: 20 } }));
    expect(given.failed).toEqual(['innovationScore']);
    expect(given.outputs['innovationScore']).toEqual({ lo: '70', hi: '70' });
  });

  it('neither innovationScore nor innovation: undetermined, missing innovationScore', () => {
    const r = eval2016(without(firm(), 'innovationScore'));
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['innovationScore']);
    expect(r.outputs['innovationScore']).toBeNull();
  });
});

describe('noMajorIncident: none of safety/quality/environmental in [asOf - 1 year, asOf)', () => {
  const withIncident = (kind: string, date: string) => eval2016(firm({ incidents: [{ kind, date }] }));
  it('exactly one year before asOf counts; the day before that does not', () => {
    expect(withIncident('safety', '2019-06-01').failed).toEqual(['noMajorIncident']);
    expect(withIncident('safety', '2019-05-31').status).toBe('eligible');
  });
  it('the day before asOf counts; asOf itself does not', () => {
    expect(withIncident('quality', '2020-05-31').failed).toEqual(['noMajorIncident']);
    expect(withIncident('environmental', '2020-06-01').status).toBe('eligible');
  });
  it('a dishonesty record is not a major incident; an absent list is unknown', () => {
    expect(withIncident('dishonesty', '2019-08-01').status).toBe('eligible');
    const r = eval2016(without(firm(), 'incidents'));
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['incidents']);
  });
});

describe('missing facts are reported by their exact paths', () => {
  it.each([
    ['ip', without(firm(), 'ip'), ['ip.ownsCoreIp']],
    ['ip.ownsCoreIp null', firm({ ip: { ownsCoreIp: null } }), ['ip.ownsCoreIp']],
    ['inKeyTechField', without(firm(), 'inKeyTechField'), ['inKeyTechField']],
    ['stStaff', without(firm(), 'stStaff'), ['stStaff']],
    ['employees', without(firm(), 'employees'), ['employees']],
    ['registeredOn', without(firm(), 'registeredOn'), ['registeredOn']],
    ['a null figure', firm({ financials: [fy(2017), fy(2018, { rdExpense: null }), fy(2019)] }), ['financials[2018].rdExpense']],
    ['a last-year figure', firm({ financials: [fy(2017), fy(2018), fy(2019, { hiTechRevenue: null })] }), ['financials[2019].hiTechRevenue']],
  ])('%s', (_name, record, missing) => {
    const r = eval2016(record);
    expect(r.status).toBe('undetermined');
    expect(r.failed).toEqual([]);
    expect(r.missing).toEqual(missing);
  });

  it('no financials at all: every window figure and the last year’s revenues', () => {
    const r = eval2016(without(firm(), 'financials'));
    const paths = [2017, 2018, 2019].flatMap((y) => ['rdExpense', 'rdExpenseDomestic', 'salesRevenue'].map((f) => `financials[${y}].${f}`));
    expect(r.missing).toEqual([...paths, 'financials[2019].hiTechRevenue', 'financials[2019].totalRevenue'].sort());
  });
});
