import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import { compile, parsePolicy, STDLIB, toJSON, type Policy } from '../../src/index';
import { hnte2008 } from '../../src/policies/cn/hnte-2008';
import { hnte2016 } from '../../src/policies/cn/hnte-2016';
import { criterionOf, eval2016, firm, fy } from './hnte-fixtures';

/** Fen amounts between two bounds in yuan, as decimal strings. */
const money = (minYuan: bigint, maxYuan: bigint) =>
  fc.bigInt({ min: minYuan * 100n, max: maxYuan * 100n }).map((fen) => new Decimal(fen.toString()).div(100).toFixed(2));
const times = (a: string, r: string) => new Decimal(a).times(r).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);

/** A year of figures with R&D at the firm's rate of sales (2%..8%) and domestic share (40%..100%). */
const yearArb = (year: number, rdRate: string, domestic: string) =>
  fc
    .record({ sales: fc.oneof(money(0n, 300_000_000n), fc.constantFrom('50000000', '200000000', '0')), netAssets: money(-1_000_000n, 50_000_000n) })
    .map(({ sales, netAssets }) => {
      const rd = times(sales, rdRate);
      return fy(year, { salesRevenue: sales, totalRevenue: sales, hiTechRevenue: times(sales, '0.7'), rdExpense: rd, rdExpenseDomestic: times(rd, domestic), netAssets });
    });

const incidentArb = fc.record({ kind: fc.constantFrom('safety', 'quality', 'environmental', 'dishonesty'), date: fc.constantFrom('2019-05-31', '2019-06-01', '2020-06-01') });

/**
 * Firms evaluated as of 2020-06-01, registered 2014..2019 (every window length), with a
 * given score or sub-scores; about one in ten is eligible.
 */
const firmArb = fc
  .record({
    registeredYear: fc.integer({ min: 2014, max: 2019 }),
    rates: fc.tuple(fc.constantFrom('0.02', '0.04', '0.05', '0.06', '0.08'), fc.constantFrom('0.4', '0.6', '0.75', '1')),
    stStaff: fc.integer({ min: 5, max: 30 }),
    score: fc.constantFrom('70', '70.5', '80', null),
    ip: fc.integer({ min: 10, max: 30 }),
    incident: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: incidentArb, weight: 1 }),
  })
  .chain((f) => fc.tuple(yearArb(2017, ...f.rates), yearArb(2018, ...f.rates), yearArb(2019, ...f.rates)).map((years) => ({ ...f, years })))
  .map(({ registeredYear, years, stStaff, score, ip, incident }) =>
    firm({
      registeredOn: `${registeredYear}-02-28`,
      financials: years,
      employees: 100,
      stStaff,
      innovationScore: score,
      innovation: { ip, conversion: 22, rdManagement: 14 },
      incidents: incident ? [incident] : [],
    }),
  );

/** Raises domestic R&D (rdExpense and rdExpenseDomestic) of one window year by `extra`. */
function raiseRd(record: Record<string, unknown>, index: number, extra: string): Record<string, unknown> {
  const financials = (record['financials'] as Record<string, string>[]).map((y, i) =>
    i === index ? { ...y, rdExpense: new Decimal(y['rdExpense'] as string).plus(extra).toFixed(2), rdExpenseDomestic: new Decimal(y['rdExpenseDomestic'] as string).plus(extra).toFixed(2) } : y,
  );
  return { ...record, financials };
}

describe('cn.hnte.2016 properties', () => {
  it('raising domestic R&D expense never turns an eligible firm ineligible or undetermined, nor fails a passing rdRatio', () => {
    let eligibleSeen = 0;
    fc.assert(
      fc.property(firmArb, fc.integer({ min: 0, max: 2 }), money(0n, 5_000_000n), (record, index, extra) => {
        const before = eval2016(record);
        const after = eval2016(raiseRd(record, index, extra));
        if (before.status === 'eligible') eligibleSeen++;
        expect(before.status === 'eligible' ? after.status : 'eligible').toBe('eligible');
        if (criterionOf(before, 'rdRatio')?.result === 'pass') expect(criterionOf(after, 'rdRatio')?.result).toBe('pass');
      }),
      { numRuns: 200 },
    );
    expect(eligibleSeen).toBeGreaterThan(3); // the generator does reach eligible firms (about 1 in 10)
  }, 30_000);

  it('every result is consistent: eligible iff every criterion passes; failed = the failing criteria', () => {
    fc.assert(
      fc.property(firmArb, (record) => {
        const r = eval2016(record);
        expect(r.status).not.toBe('error');
        const fails = r.criteria.filter((c) => c.result === 'fail').map((c) => c.id).sort();
        expect(r.failed).toEqual(fails);
        expect(r.status === 'eligible').toBe(r.criteria.every((c) => c.result === 'pass'));
        if (r.status === 'ineligible') expect(r.missing).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe.each([
  ['cn.hnte.2016', hnte2016, '2020-06-01'],
  ['cn.hnte.2008', hnte2008, '2015-06-01'],
] as const)('%s JSON round trip', (_id, p: Policy, asOf) => {
  const back = parsePolicy(JSON.parse(JSON.stringify(toJSON(p))), { functions: STDLIB });

  it('parses back to the same policy data', () => {
    expect(back).toEqual(p);
  });

  it('evaluates identically (with trace) on generated firms', () => {
    const a = compile(p);
    const b = compile(back);
    const shift = Number(asOf.slice(0, 4)) - 2020;
    fc.assert(
      fc.property(firmArb, (record) => {
        const moved = { ...record, financials: (record['financials'] as { year: number }[]).map((y) => ({ ...y, year: y.year + shift })) };
        expect(JSON.stringify(b.evaluate(moved, { asOf, trace: true }))).toBe(JSON.stringify(a.evaluate(moved, { asOf, trace: true })));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
