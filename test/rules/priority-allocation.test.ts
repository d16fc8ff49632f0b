import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { PriorityConfigSchema, allocateByPriority, type WhenShort } from '../../src/rules/priority-allocation';

const d = (s: string) => new Decimal(s);
const ds = (...xs: string[]) => xs.map(d);
const money = (xs: readonly Decimal[]) => xs.map((x) => x.toFixed(2));
const REQ = ds('400', '400', '100');

describe('allocateByPriority', () => {
  it('partial (default): the request that crosses the budget gets the remainder, later ones 0', () => {
    // budget 500: 400 granted (100 left); 400 crosses -> 100; 100 -> 0
    const r = allocateByPriority(REQ, d('500'));
    expect(money(r.allocations)).toEqual(['400.00', '100.00', '0.00']);
    expect(r.statuses).toEqual(['full', 'partial', 'none']);
    expect([r.requested.toFixed(2), r.allocated.toFixed(2), r.remaining.toFixed(2)]).toEqual(['900.00', '500.00', '0.00']);
    expect(r.whenShort).toBe('partial');
  });

  it('skip: a request that does not fit gets 0 and later ones that fit are granted', () => {
    const r = allocateByPriority(REQ, d('500'), { whenShort: 'skip' });
    expect(money(r.allocations)).toEqual(['400.00', '0.00', '100.00']);
    expect(r.statuses).toEqual(['full', 'none', 'full']);
    expect(r.remaining.toFixed(2)).toBe('0.00');
  });

  it('stop: a request that does not fit gets 0 and so do all later ones', () => {
    const r = allocateByPriority(REQ, d('500'), { whenShort: 'stop' });
    expect(money(r.allocations)).toEqual(['400.00', '0.00', '0.00']);
    expect(r.remaining.toFixed(2)).toBe('100.00');
  });

  it('a request exactly equal to what remains is granted in full', () => {
    const r = allocateByPriority(ds('400', '100', '1'), d('500'), { whenShort: 'stop' });
    expect(money(r.allocations)).toEqual(['400.00', '100.00', '0.00']);
    expect(r.statuses).toEqual(['full', 'full', 'none']);
  });

  it('partial with nothing left: the crossing request gets 0 (status none)', () => {
    const r = allocateByPriority(ds('500', '1'), d('500'));
    expect(r.statuses).toEqual(['full', 'none']);
  });

  it('everything fits: all granted, budget left over', () => {
    const r = allocateByPriority(ds('1.01', '2.02'), d('10'));
    expect(money(r.allocations)).toEqual(['1.01', '2.02']);
    expect(r.remaining.toFixed(2)).toBe('6.97');
  });

  it('rejects sub-fen or negative amounts', () => {
    expect(() => allocateByPriority(ds('0.001'), d('1'))).toThrow(RangeError);
    expect(() => allocateByPriority(ds('1'), d('-1'))).toThrow(RangeError);
  });

  it('property: sum <= budget, no grant above its request, input order respected', () => {
    const fen = (max: bigint) => fc.bigInt({ min: 0n, max }).map((n) => new Decimal(n.toString()).div(100));
    const mode = fc.constantFrom<WhenShort>('partial', 'skip', 'stop');
    fc.assert(
      fc.property(fc.array(fen(10n ** 8n), { maxLength: 25 }), fen(10n ** 9n), mode, (requests, budget, whenShort) => {
        const r = allocateByPriority(requests, budget, { whenShort });
        const sum = r.allocations.reduce((s, a) => s.plus(a), new Decimal(0));
        const total = requests.reduce((s, a) => s.plus(a), new Decimal(0));
        expect(sum.lte(budget)).toBe(true);
        expect(sum.eq(r.allocated) && budget.minus(sum).eq(r.remaining)).toBe(true);
        r.allocations.forEach((a, i) => expect(a.gte(0) && a.lte(requests[i] as Decimal)).toBe(true));
        if (total.lte(budget)) expect(sum.eq(total)).toBe(true);
        // partial mode spends the whole budget when demand exceeds it
        if (whenShort === 'partial' && total.gt(budget)) expect(sum.eq(budget)).toBe(true);
        // first come, first served: a request short of full means every later one in partial/stop gets 0
        const firstShort = r.statuses.findIndex((s, i) => s !== 'full' && !(requests[i] as Decimal).isZero());
        if (whenShort !== 'skip' && firstShort >= 0) {
          r.allocations.slice(firstShort + 1).forEach((a) => expect(a.isZero()).toBe(true));
        }
      }),
    );
  });
});

describe('PriorityConfigSchema', () => {
  it('parses a budget and mode; rejects unknown modes', () => {
    const c = PriorityConfigSchema.parse({ budget: '500', whenShort: 'skip' });
    expect(money(allocateByPriority(REQ, d(c.budget), c).allocations)).toEqual(['400.00', '0.00', '100.00']);
    expect(PriorityConfigSchema.safeParse({ budget: '500', whenShort: 'random' }).success).toBe(false);
  });
});
