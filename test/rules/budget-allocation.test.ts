import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { BudgetConfigSchema, allocateBudget } from '../../src/rules/budget-allocation';

const d = (s: string) => new Decimal(s);
const ds = (...xs: string[]) => xs.map(d);
const money = (xs: readonly Decimal[]) => xs.map((x) => x.toFixed(2));

describe('allocateBudget', () => {
  it('awards [100, 200, 300], budget 300 -> [50, 100, 150] (factor 1/2, no leftover)', () => {
    const r = allocateBudget(ds('100', '200', '300'), d('300'));
    expect(money(r.allocations)).toEqual(['50.00', '100.00', '150.00']);
    expect(r.scaled).toBe(true);
    expect(r.factor.toString()).toBe('0.5');
    expect(r.leftoverFen).toBe(0);
    expect(r.total.toString()).toBe('600');
    expect(r.allocated.toString()).toBe('300');
  });

  it('total fits: everyone gets the award, not scaled', () => {
    const r = allocateBudget(ds('100', '200.55'), d('16500000'));
    expect(money(r.allocations)).toEqual(['100.00', '200.55']);
    expect([r.scaled, r.factor.toString(), r.leftoverFen]).toEqual([false, '1', 0]);
    expect(r.allocated.toFixed(2)).toBe('300.55');
  });

  it('total exactly equal to the budget is not scaled', () => {
    expect(allocateBudget(ds('100', '200'), d('300')).scaled).toBe(false);
  });

  it('leftover fen go to the largest remainders', () => {
    // awards 1.00, 2.00, 4.00 (700 fen), budget 1.00 (100 fen)
    // exact shares in fen: 100x100/700 = 14.285..., 200x100/700 = 28.571..., 400x100/700 = 57.142...
    // truncated 14 + 28 + 57 = 99; 1 fen left; remainders .285, .571, .142 -> the second gets it
    const r = allocateBudget(ds('1', '2', '4'), d('1'));
    expect(money(r.allocations)).toEqual(['0.14', '0.29', '0.57']);
    expect(r.leftoverFen).toBe(1);
    expect(r.receivedLeftover).toEqual([false, true, false]);
  });

  it('a tie in remainders is broken by input order', () => {
    // awards 1.00 x 3 (300 fen), budget 2.00: each 66.666... fen -> 66 each, 2 fen left,
    // equal remainders: the first two (input order) get one fen each
    const r = allocateBudget(ds('1', '1', '1'), d('2'));
    expect(money(r.allocations)).toEqual(['0.67', '0.67', '0.66']);
    expect(r.leftoverFen).toBe(2);
    expect(r.receivedLeftover).toEqual([true, true, false]);
  });

  it('a tie among unequal awards also goes by input order', () => {
    // awards 0.03, 0.01, 0.03, 0.01 (8 fen), budget 0.02 (2 fen):
    // exact 0.75, 0.25, 0.75, 0.25 -> truncated 0,0,0,0; 2 fen to the largest remainders 75 (#0) and 75 (#2)
    const r = allocateBudget(ds('0.03', '0.01', '0.03', '0.01'), d('0.02'));
    expect(money(r.allocations)).toEqual(['0.01', '0.00', '0.01', '0.00']);
  });

  it('Ankang budget 16,500,000 over approved awards totalling 18,000,000', () => {
    // factor 16.5/18 = 11/12: 2,000,000 -> 1,833,333.333.. ; 6,000,000 -> 5,500,000; 10,000,000 -> 9,166,666.666..
    // truncated 1,833,333.33 + 5,500,000.00 + 9,166,666.66 = 16,499,999.99; 1 fen to the largest remainder
    // (remainders .333 and .666 of a fen) -> the third
    const r = allocateBudget(ds('2000000', '6000000', '10000000'), d('16500000'));
    expect(money(r.allocations)).toEqual(['1833333.33', '5500000.00', '9166666.67']);
    expect(r.allocated.toFixed(2)).toBe('16500000.00');
  });

  it('zero budget, empty list, zero awards', () => {
    expect(money(allocateBudget(ds('1', '2'), d('0')).allocations)).toEqual(['0.00', '0.00']);
    expect(allocateBudget([], d('10')).allocations).toEqual([]);
    expect(money(allocateBudget(ds('0', '5'), d('1')).allocations)).toEqual(['0.00', '1.00']);
  });

  it('rejects negative or sub-fen amounts', () => {
    expect(() => allocateBudget(ds('-1'), d('1'))).toThrow(RangeError);
    expect(() => allocateBudget(ds('1.001'), d('1'))).toThrow(/fen/);
    expect(() => allocateBudget(ds('1'), d('0.005'))).toThrow(/fen/);
  });

  it('property: sums to exactly min(budget, total), no one above award, order-preserving', () => {
    const fen = (max: bigint) => fc.bigInt({ min: 0n, max }).map((n) => new Decimal(n.toString()).div(100));
    fc.assert(
      fc.property(fc.array(fen(10n ** 10n), { maxLength: 30 }), fen(10n ** 11n), (awards, budget) => {
        const r = allocateBudget(awards, budget);
        const total = awards.reduce((s, a) => s.plus(a), new Decimal(0));
        const sum = r.allocations.reduce((s, a) => s.plus(a), new Decimal(0));
        expect(sum.eq(Decimal.min(budget, total))).toBe(true);
        expect(r.allocated.eq(sum)).toBe(true);
        r.allocations.forEach((a, i) => {
          const award = awards[i] as Decimal;
          expect(a.lte(award) && a.gte(0) && a.decimalPlaces() <= 2).toBe(true);
          awards.forEach((other, j) => {
            if (award.gt(other)) expect(a.gte(r.allocations[j] as Decimal)).toBe(true);
          });
        });
        expect(r.leftoverFen).toBeLessThanOrEqual(Math.max(awards.length - 1, 0));
      }),
    );
  });

  it('property: tiny budgets spread over many equal awards still sum exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 500 }), (n, budgetFen) => {
        const awards = Array.from({ length: n }, () => d('0.07'));
        const budget = new Decimal(budgetFen).div(100);
        const r = allocateBudget(awards, budget);
        const sum = r.allocations.reduce((s, a) => s.plus(a), new Decimal(0));
        expect(sum.eq(Decimal.min(budget, d('0.07').times(n)))).toBe(true);
      }),
    );
  });
});

describe('BudgetConfigSchema', () => {
  it('money as a string at the fen', () => {
    expect(BudgetConfigSchema.parse({ budget: '16500000' })).toEqual({ budget: '16500000' });
    expect(BudgetConfigSchema.safeParse({ budget: 16500000 }).success).toBe(false);
    expect(BudgetConfigSchema.safeParse({ budget: '1.001' }).success).toBe(false);
  });
});
