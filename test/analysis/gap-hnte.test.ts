import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gap, renderGap, type GapSuggestion } from '../../src/analysis/gap/index';
import { compile, Decimal, getPolicy, roundTo, type Policy } from '../../src/index';

const AS_OF = '2020-06-01';

function hnte(): Policy {
  const p = getPolicy('cn.hnte.2016');
  if (!p) throw new Error('cn.hnte.2016 is not in the catalog');
  return p;
}
const HNTE = compile(hnte());

/** Sets one fact of a record by its gap path (`stStaff`, `financials[2019].rdExpense`), independently of the library. */
function setFact(record: Record<string, unknown>, path: string, value: string | number): Record<string, unknown> {
  const m = /^financials\[(\d+)\]\.(\w+)$/.exec(path);
  if (!m) return { ...record, [path]: value };
  const rows = record.financials as Record<string, unknown>[];
  return { ...record, financials: rows.map((r) => (String(r.year) === m[1] ? { ...r, [m[2] as string]: value } : r)) };
}

/**
 * Worked example. E2 applies on 2020-06-01 (Y = 2020, window 2017-2019, registered 2016):
 * - stStaffRatio: 9 / 120 = 0.075 < 0.10. stStaff >= 12 (11/120 = 0.0917 fails): hire 3;
 *   or employees <= 90 (9/91 = 0.0989 fails): reduce by 30.
 * - rdRatio: R&D 900,000 + 1,100,000 + 1,765,432.11 = 3,765,432.11 over sales
 *   25,000,000 + 28,000,000 + 30,000,000 = 83,000,000 = 0.04537 < 0.05 (2019 sales
 *   30,000,000 <= 50,000,000 -> 0.05). R&D must reach 0.05 x 83,000,000 = 4,150,000.00:
 *   +384,567.89 in any one year. Then the domestic share 2,400,000 / 4,150,000 = 0.5783 < 0.60
 *   (before: 2,400,000 / 3,765,432.11 = 0.6374): the change breaks rdDomesticShare.
 *   Or sales <= 3,765,432.11 / 0.05 = 75,308,642.20: -7,691,357.80 in any one year (2019
 *   stays under 50,000,000, so the threshold stays 0.05).
 * - hiTechRevenueShare: 18,000,000 / 31,000,000 = 0.5806 < 0.60. High-tech revenue
 *   >= 0.60 x 31,000,000 = 18,600,000.00 (+600,000.00); or total revenue <= 18,000,000 / 0.60
 *   = 30,000,000.00 (-1,000,000.00).
 * - coreIp (a yes/no fact) and noMajorIncident (a safety incident on 2019-08-01) are not
 *   fixable by numbers.
 */
const E2 = {
  id: 'E2', registeredOn: '2016-04-01', residentInMainland: true, employees: 120, stStaff: 9,
  financials: [
    { year: 2017, salesRevenue: '25000000', totalRevenue: '26000000', rdExpense: '900000', rdExpenseDomestic: '500000', hiTechRevenue: '17000000' },
    { year: 2018, salesRevenue: '28000000', totalRevenue: '29000000', rdExpense: '1100000', rdExpenseDomestic: '700000', hiTechRevenue: '19000000' },
    { year: 2019, salesRevenue: '30000000', totalRevenue: '31000000', rdExpense: '1765432.11', rdExpenseDomestic: '1200000', hiTechRevenue: '18000000' },
  ],
  ip: { ownsCoreIp: false, classI: 0, classII: 3 }, inKeyTechField: true, innovationScore: 78,
  incidents: [{ kind: 'safety', date: '2019-08-01' }],
};

describe('gap on cn.hnte.2016: worked example', () => {
  const report = gap(hnte(), E2, { asOf: AS_OF });
  const brief = (s: GapSuggestion) => [s.criterion, s.fact, s.from, s.to, s.change, s.breaks.join(',')];

  it('gives the exact smallest change of every numeric fact the failed criteria read', () => {
    expect(report.status).toBe('ineligible');
    expect(report.failed).toEqual(['coreIp', 'hiTechRevenueShare', 'noMajorIncident', 'rdRatio', 'stStaffRatio']);
    expect(report.suggestions.map(brief)).toEqual([
      ['stStaffRatio', 'stStaff', '9', '12', '3', ''],
      ['stStaffRatio', 'employees', '120', '90', '-30', ''],
      ['rdRatio', 'financials[2017].rdExpense', '900000.00', '1284567.89', '384567.89', 'rdDomesticShare'],
      ['rdRatio', 'financials[2018].rdExpense', '1100000.00', '1484567.89', '384567.89', 'rdDomesticShare'],
      ['rdRatio', 'financials[2019].rdExpense', '1765432.11', '2150000.00', '384567.89', 'rdDomesticShare'],
      ['rdRatio', 'financials[2017].salesRevenue', '25000000.00', '17308642.20', '-7691357.80', ''],
      ['rdRatio', 'financials[2018].salesRevenue', '28000000.00', '20308642.20', '-7691357.80', ''],
      ['rdRatio', 'financials[2019].salesRevenue', '30000000.00', '22308642.20', '-7691357.80', ''],
      ['hiTechRevenueShare', 'financials[2019].hiTechRevenue', '18000000.00', '18600000.00', '600000.00', ''],
      ['hiTechRevenueShare', 'financials[2019].totalRevenue', '31000000.00', '30000000.00', '-1000000.00', ''],
    ]);
    expect(report.suggestions.every((s) => s.verified && s.statusAfter === 'ineligible')).toBe(true);
    expect(report.notFixable).toEqual([
      { criterion: 'coreIp', label: { zh: '核心知识产权', en: 'Owns core IP' }, reason: 'notNumeric', facts: ['ip.ownsCoreIp'] },
      expect.objectContaining({ criterion: 'noMajorIncident', reason: 'notNumeric', facts: ['incidents[0].kind', 'incidents[0].date'] }),
    ]);
  });

  it('the boundaries hold by independent re-evaluation, one fen either side', () => {
    const rd = (v: string) => HNTE.evaluate(setFact(E2, 'financials[2019].rdExpense', v), { asOf: AS_OF }).criteria;
    const at = rd('2150000.00');
    expect(at.find((c) => c.id === 'rdRatio')?.result).toBe('pass');
    expect(at.find((c) => c.id === 'rdDomesticShare')?.result).toBe('fail');
    expect(rd('2149999.99').find((c) => c.id === 'rdRatio')?.result).toBe('fail');
    const ht = (v: string) => HNTE.evaluate(setFact(E2, 'financials[2019].hiTechRevenue', v), { asOf: AS_OF }).criteria.find((c) => c.id === 'hiTechRevenueShare')?.result;
    expect([ht('18600000.00'), ht('18599999.99')]).toEqual(['pass', 'fail']);
  });

  it('renders the worked example', () => {
    const en = renderGap(report, 'en');
    expect(en).toContain('- S&T staff / employees (stStaffRatio): hire 3 more S&T staff (stStaff from 9 to 12)');
    expect(en).toContain('- R&D expense / sales revenue (rdRatio): raise financials[2019].rdExpense by 384,567.89 yuan (from 1,765,432.11 to 2,150,000.00); but breaks rdDomesticShare');
    expect(en).toContain('- Owns core IP (coreIp): not fixable by numbers; it reads ip.ownsCoreIp');
    expect(renderGap(report, 'zh')).toContain('将 financials[2019].rdExpense 提高 384,567.89 元（从 1,765,432.11 元到 2,150,000.00 元）；但会使 rdDomesticShare 不再满足');
  });
});

describe('gap on cn.hnte.2016: the sales band makes rdRatio non-monotone in sales', () => {
  /**
   * E3 was registered in 2019: its window is 2019 alone. R&D 2,100,000 / sales 49,990,000 =
   * 0.04201 < 0.05 (sales <= 50,000,000). R&D must reach 0.05 x 49,990,000 = 2,499,500.00
   * (+399,500.00). But raising sales past 50,000,000 lowers the threshold to 0.04: at
   * 50,000,000.01 the ratio is 0.041999... >= 0.04, at 50,000,000.00 it is 0.042 against 0.05.
   * The smallest change of sales is +10,000.01 (lowering them would take 7,990,000.00 to
   * 42,000,000.00). Either change alone makes E3 eligible.
   */
  const E3 = {
    id: 'E3', registeredOn: '2019-01-10', residentInMainland: true, employees: 50, stStaff: 10,
    financials: [{ year: 2019, salesRevenue: '49990000', totalRevenue: '51000000', rdExpense: '2100000', rdExpenseDomestic: '2100000', hiTechRevenue: '40000000' }],
    ip: { ownsCoreIp: true, classI: 1, classII: 0 }, inKeyTechField: true, innovationScore: 75, incidents: [],
  };

  it('finds the raise of sales that crosses into the lower band, exact to the fen', () => {
    const r = gap(hnte(), E3, { asOf: AS_OF });
    expect(r.suggestions.map((s) => [s.fact, s.direction, s.change, s.to, s.statusAfter])).toEqual([
      ['financials[2019].rdExpense', 'increase', '399500.00', '2499500.00', 'eligible'],
      ['financials[2019].salesRevenue', 'increase', '10000.01', '50000000.01', 'eligible'],
    ]);
    const status = (sales: string) => HNTE.evaluate(setFact(E3, 'financials[2019].salesRevenue', sales), { asOf: AS_OF }).status;
    expect([status('50000000.01'), status('50000000.00'), status('42000000.00'), status('42000000.01')]).toEqual(['eligible', 'ineligible', 'eligible', 'ineligible']);
  });
});

describe('gap on cn.hnte.2016: generated failing enterprises', () => {
  const fenText = (n: bigint) => new Decimal(n.toString()).div(100).toFixed(2);
  const year = fc.record({
    sales: fc.bigInt({ min: 0n, max: 3n * 10n ** 10n }),
    rd: fc.bigInt({ min: 0n, max: 2n * 10n ** 9n }),
    domesticPct: fc.bigInt({ min: 0n, max: 100n }),
    otherRevenue: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    hiTechPct: fc.bigInt({ min: 0n, max: 100n }),
  });
  const firm = fc.record({
    employees: fc.integer({ min: 1, max: 1000 }),
    stStaff: fc.integer({ min: 0, max: 200 }),
    years: fc.tuple(year, year, year),
    ownsCoreIp: fc.boolean(),
    halfPoints: fc.integer({ min: 130, max: 170 }),
  });
  type Year = { sales: bigint; rd: bigint; domesticPct: bigint; otherRevenue: bigint; hiTechPct: bigint };
  const recordOf = (f: { employees: number; stStaff: number; years: [Year, Year, Year]; ownsCoreIp: boolean; halfPoints: number }) => ({
    id: 'G', registeredOn: '2015-03-01', residentInMainland: true, employees: f.employees, stStaff: f.stStaff,
    financials: f.years.map((y, i) => {
      const total = y.sales + y.otherRevenue;
      return {
        year: 2017 + i, salesRevenue: fenText(y.sales), totalRevenue: fenText(total), rdExpense: fenText(y.rd),
        rdExpenseDomestic: fenText((y.rd * y.domesticPct) / 100n), hiTechRevenue: fenText((total * y.hiTechPct) / 100n),
      };
    }),
    ip: { ownsCoreIp: f.ownsCoreIp, classI: 1, classII: 0 }, inKeyTechField: true,
    innovationScore: new Decimal(f.halfPoints).div(2).toString(), incidents: [],
  });

  it('every suggestion passes with the change and fails with one fen / one unit less', () => {
    fc.assert(
      fc.property(firm, (f) => {
        const rec = recordOf(f);
        const before = HNTE.evaluate(rec, { asOf: AS_OF });
        fc.pre(before.status === 'ineligible');
        const r = gap(HNTE, rec, { asOf: AS_OF });
        for (const s of r.suggestions) {
          const step = new Decimal(s.unit === 'yuan' ? '0.01' : '1').times(s.direction === 'increase' ? 1 : -1);
          const to = new Decimal(s.to);
          expect(to.minus(s.from).eq(s.change) && to.minus(s.from).times(step).gt(0)).toBe(true);
          const text = (v: Decimal) => (s.unit === 'yuan' ? v.toFixed(2) : v.toNumber());
          const after = HNTE.evaluate(setFact(rec, s.fact, text(to)), { asOf: AS_OF });
          const oneLess = HNTE.evaluate(setFact(rec, s.fact, text(to.minus(step))), { asOf: AS_OF });
          expect(after.criteria.find((c) => c.id === s.criterion)?.result).toBe('pass');
          expect(oneLess.criteria.find((c) => c.id === s.criterion)?.result).not.toBe('pass');
          const was = new Map(before.criteria.map((c) => [c.id, c.result]));
          expect(s.breaks).toEqual(after.criteria.filter((c) => c.id !== s.criterion && c.result === 'fail' && was.get(c.id) === 'pass').map((c) => c.id));
          expect(s.statusAfter).toBe(after.status);
        }
        // Closed forms: S&T staff ceil(employees / 10); R&D of 2019 up to the window threshold, rounded up to the fen.
        const staff = r.suggestions.find((s) => s.criterion === 'stStaffRatio' && s.fact === 'stStaff');
        if (f.stStaff * 10 < f.employees) expect(staff?.to).toBe(String(Math.ceil(f.employees / 10)));
        const sales = f.years.reduce((a, y) => a + y.sales, 0n);
        const rd = f.years.reduce((a, y) => a + y.rd, 0n);
        const last = f.years[2].sales;
        const t = last <= 5n * 10n ** 9n ? '0.05' : last <= 2n * 10n ** 10n ? '0.04' : '0.03';
        const need = roundTo(new Decimal(fenText(sales)).times(t), 2, 'ceil');
        const rd2019 = r.suggestions.find((s) => s.criterion === 'rdRatio' && s.fact === 'financials[2019].rdExpense');
        if (sales > 0n && new Decimal(fenText(rd)).lt(need)) expect(rd2019?.to).toBe(new Decimal(fenText(f.years[2].rd)).plus(need).minus(fenText(rd)).toFixed(2));
        else expect(rd2019).toBeUndefined();
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
