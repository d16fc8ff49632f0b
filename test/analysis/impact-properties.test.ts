import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impact, renderImpact, type ImpactReport } from '../../src/analysis/index';
import { compile, Decimal, getPolicy, parsePolicy, roundTo, STDLIB, type CompiledPolicy, type Status } from '../../src/index';
import { fixture } from './lint-fixtures';

/** The comparison impact must match: evaluate each record on both sides, count, and list the flips. */
function direct(a: CompiledPolicy, b: CompiledPolicy, records: readonly unknown[], asOfA: string, asOfB: string) {
  const counts = { a: { eligible: 0, ineligible: 0, undetermined: 0, error: 0 }, b: { eligible: 0, ineligible: 0, undetermined: 0, error: 0 } };
  const moves: Record<string, number> = {};
  const flips: { index: number; a: Status; b: Status }[] = [];
  records.forEach((rec, index) => {
    const sa = a.evaluate(rec, { asOf: asOfA }).status;
    const sb = b.evaluate(rec, { asOf: asOfB }).status;
    counts.a[sa]++;
    counts.b[sb]++;
    if (sa !== sb) {
      moves[`${sa}>${sb}`] = (moves[`${sa}>${sb}`] ?? 0) + 1;
      flips.push({ index, a: sa, b: sb });
    }
  });
  return { counts, moves, flips };
}

function expectMatches(report: ImpactReport, d: ReturnType<typeof direct>): void {
  expect(report.counts).toEqual(d.counts);
  expect(Object.fromEntries(report.transitions.map((t) => [`${t.from}>${t.to}`, t.count]))).toEqual(d.moves);
  expect(report.flipCount).toBe(d.flips.length);
  expect(report.flips.map((f) => ({ index: f.index, a: f.a, b: f.b }))).toEqual(d.flips);
}

const A = compile(parsePolicy(fixture('impact-a.json'), { functions: STDLIB }));
const B = compile(parsePolicy(fixture('impact-b.json'), { functions: STDLIB }));

/** Records for the fixture policies: counts near every ratio threshold, revenue around both limits, facts sometimes absent. */
const fixtureRecord = fc.record(
  {
    id: fc.uuid(),
    employees: fc.integer({ min: 0, max: 300 }),
    stStaff: fc.integer({ min: 0, max: 60 }),
    stStaffCollege: fc.integer({ min: 0, max: 120 }),
    rdStaff: fc.integer({ min: 0, max: 30 }),
    revenue: fc.oneof(fc.constantFrom('50000000', '50000000.01', '100000000', '100000000.01'), fc.integer({ min: 0, max: 150_000_000 }).map(String)),
  },
  { requiredKeys: ['id', 'employees'] },
);

describe('impact (property)', () => {
  it('counts, transitions and flips equal a direct per-record comparison of the two evaluations', () => {
    fc.assert(
      fc.property(fc.array(fixtureRecord, { maxLength: 40 }), (records) => {
        const report = impact(A, B, records, { asOfA: '2019-06-01', asOfB: '2020-06-01', maxFlips: Infinity });
        expectMatches(report, direct(A, B, records, '2019-06-01', '2020-06-01'));
      }),
    );
  });
  it("money totals equal the sum of each row's award, and the difference is B - A", () => {
    fc.assert(
      fc.property(fc.array(fixtureRecord, { maxLength: 40 }), (records) => {
        const report = impact(A, B, records, { asOfA: '2019-06-01', asOfB: '2020-06-01' });
        const sum = (c: CompiledPolicy, asOf: string) =>
          records.map((r) => c.evaluate(r, { asOf }).outputs['award']).filter((v): v is string => typeof v === 'string').reduce((s, v) => s.plus(v), new Decimal(0));
        const [sa, sb] = [sum(A, '2019-06-01'), sum(B, '2020-06-01')];
        expect(report.money[0]?.a?.total).toBe(sa.toFixed(2));
        expect(report.money[0]?.b?.total).toBe(sb.toFixed(2));
        expect(report.money[0]?.difference).toBe(sb.minus(sa).toFixed(2));
      }),
    );
  });
});

/** A fiscal year around the HNTE thresholds: sales near 50,000,000 and 200,000,000, R&D 2.5% to 7% of sales. */
const year = (y: number) =>
  fc.record({
    sales: fc.constantFrom('30000000', '49999999.99', '50000000', '50000000.01', '120000000', '200000000', '200000000.01'),
    rdPermille: fc.integer({ min: 25, max: 70 }),
    hiTechShare: fc.constantFrom('0.59', '0.60', '0.75'),
  }).map(({ sales, rdPermille, hiTechShare }) => {
    const s = new Decimal(sales);
    const rd = roundTo(s.times(rdPermille).div(1000), 2, 'half-up');
    const total = s.plus(1000000);
    return { year: y, salesRevenue: sales, totalRevenue: total.toFixed(2), rdExpense: rd.toFixed(2), rdExpenseDomestic: rd.toFixed(2), hiTechRevenue: roundTo(total.times(hiTechShare), 2, 'half-up').toFixed(2), netAssets: '10000000' };
  });

/** Firms with financials for 2012-2015, so both A (asOf 2015-06-01) and B (asOf 2016-06-01) can judge them. */
const firm = fc
  .record({
    id: fc.integer({ min: 1, max: 1_000_000 }).map((n) => `F${n}`),
    employees: fc.integer({ min: 1, max: 200 }),
    stStaff: fc.integer({ min: 0, max: 40 }),
    stStaffCollege: fc.integer({ min: 0, max: 90 }),
    rdStaff: fc.integer({ min: 0, max: 30 }),
    financials: fc.tuple(year(2012), year(2013), year(2014), year(2015)),
    innovationScore: fc.option(fc.constantFrom(65, 70, 70.5, 85), { nil: undefined }),
    registeredOn: fc.constantFrom('2010-03-01', '2014-08-01'),
  })
  .map(({ innovationScore, ...f }) => ({
    ...f,
    residentInMainland: true,
    ip: { ownsCoreIp: true, classI: 1, classII: 0 },
    inKeyTechField: true,
    incidents: [],
    ...(innovationScore !== undefined ? { innovationScore } : {}),
  }));

describe('impact of cn.hnte.2016 against cn.hnte.2008', () => {
  const h2008 = getPolicy('cn.hnte.2008');
  const h2016 = getPolicy('cn.hnte.2016');
  it('both versions are in the catalog', () => {
    expect(h2008?.id).toBe('cn.hnte.2008');
    expect(h2016?.id).toBe('cn.hnte.2016');
  });
  if (!h2008 || !h2016) return;
  const [c2008, c2016] = [compile(h2008), compile(h2016)];
  it("matches a direct per-record comparison over a generated population, and the reform lets firms in", () => {
    const population = fc.sample(firm, { numRuns: 200, seed: 2016 });
    const report = impact(c2008, c2016, population, { asOfA: '2015-06-01', asOfB: '2016-06-01', maxFlips: Infinity });
    expectMatches(report, direct(c2008, c2016, population, '2015-06-01', '2016-06-01'));
    expect(report.transitions.find((t) => t.from === 'ineligible' && t.to === 'eligible')?.count).toBeGreaterThan(0);
    expect(report.diff.rules.removed).toEqual(expect.arrayContaining(['stStaffCollegeRatio', 'rdStaffRatio']));
    expect(report.diff.rules.added).toContain('stStaffRatio');
    if (process.env['SHOW_IMPACT']) console.log(renderImpact(report, 'en', { flips: 8 }) + '\n\n' + renderImpact(report, 'zh', { flips: 3 }));
  });
  it('matches a direct per-record comparison (property)', () => {
    fc.assert(
      fc.property(fc.array(firm, { maxLength: 15 }), (population) => {
        const report = impact(c2008, c2016, population, { asOfA: '2015-06-01', asOfB: '2016-06-01', maxFlips: Infinity });
        expectMatches(report, direct(c2008, c2016, population, '2015-06-01', '2016-06-01'));
      }),
      { numRuns: 30 },
    );
  });
});
