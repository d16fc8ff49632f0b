import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import { compareDecimals, compareIntervals, Interval, type CompareOp } from '../../src/engine/interval';

// Edge cases of the expert-band intervals, written to kill the mutants Stryker left alive
// (docs/testing.md, Mutation testing).

const d = (x: string | number) => new Decimal(x);
const iv = (lo: string | number, hi: string | number) => new Interval(d(lo), d(hi));
const OPS: CompareOp[] = ['>', '>=', '<', '<=', '=', '!='];

/** The truth of `x op y` on two exact values. */
function holds(x: Decimal, op: CompareOp, y: Decimal): boolean {
  const c = x.comparedTo(y);
  return { '>': c > 0, '>=': c >= 0, '<': c < 0, '<=': c <= 0, '=': c === 0, '!=': c !== 0 }[op];
}

/**
 * The oracle of the three-valued comparison: every pair of values on a grid of halves
 * inside both intervals (the endpoints included); true if the comparison holds for all,
 * false if for none, null otherwise. Exact for intervals with integer endpoints.
 */
function oracle(a: Interval, op: CompareOp, b: Interval): boolean | null {
  const grid = (i: Interval): Decimal[] => {
    const out: Decimal[] = [];
    for (let x = i.lo; x.lte(i.hi); x = x.plus('0.5')) out.push(x);
    return out;
  };
  let some = false;
  let all = true;
  for (const x of grid(a)) for (const y of grid(b)) if (holds(x, op, y)) some = true; else all = false;
  return all ? true : some ? null : false;
}

describe('Interval', () => {
  it('rejects an empty interval (lo > hi) and accepts a point', () => {
    expect(() => iv(2, 1)).toThrow(RangeError);
    expect(() => iv(2, 1)).toThrow('empty interval 2..1');
    expect(() => iv('1.5', '1.5')).not.toThrow();
    expect(iv(1, 2).kind).toBe('interval');
  });
  it('a point has lo = hi; a band does not', () => {
    const p = Interval.point(d(7));
    expect([p.lo.toString(), p.hi.toString()]).toEqual(['7', '7']);
    expect(p.isPoint()).toBe(true);
    expect(iv(1, 2).isPoint()).toBe(false);
    expect(iv('1.0', '1').isPoint()).toBe(true);
  });
  it('adds bound to bound and subtracts crosswise: [5,6] - [1,2] = [3,5]', () => {
    expect(iv(1, 2).plus(iv(10, 20)).toString()).toBe('11..22');
    expect(iv(5, 6).minus(iv(1, 2)).toString()).toBe('3..5');
    expect(iv(1, 2).minus(iv(1, 2)).toString()).toBe('-1..1');
  });
  it('multiplies by a constant, swapping the bounds for a negative one', () => {
    expect(iv(1, 2).times(d(3)).toString()).toBe('3..6');
    expect(iv(1, 2).times(d(-1)).toString()).toBe('-2..-1');
    expect(iv(-1, 2).times(d(-2)).toString()).toBe('-4..2');
    expect(iv(1, 2).times(d(0)).toString()).toBe('0..0');
  });
  it('contains both of its bounds and nothing outside', () => {
    const g = iv(9, 10);
    expect([g.contains(d(9)), g.contains(d('9.5')), g.contains(d(10))]).toEqual([true, true, true]);
    expect([g.contains(d('8.99')), g.contains(d('10.01'))]).toEqual([false, false]);
  });
});

describe('compareIntervals', () => {
  it('agrees with the grid oracle on every pair of intervals with endpoints in 0..4, every operator', () => {
    const all: Interval[] = [];
    for (let lo = 0; lo <= 4; lo++) for (let hi = lo; hi <= 4; hi++) all.push(iv(lo, hi));
    let checked = 0;
    for (const a of all) for (const b of all) for (const op of OPS) {
      expect([a.toString(), op, b.toString(), compareIntervals(a, op, b)]).toEqual([a.toString(), op, b.toString(), oracle(a, op, b)]);
      checked++;
    }
    expect(checked).toBe(15 * 15 * 6);
  });
  it('worked cases: a total of 69..71 against 70 is undecided; 71..72 > 70 is true; 69..70 > 70 is false', () => {
    expect(compareIntervals(iv(69, 71), '>', Interval.point(d(70)))).toBeNull();
    expect(compareIntervals(iv(71, 72), '>', Interval.point(d(70)))).toBe(true);
    expect(compareIntervals(iv(69, 70), '>', Interval.point(d(70)))).toBe(false);
    expect(compareIntervals(iv(70, 71), '>=', Interval.point(d(70)))).toBe(true);
  });
  it('property: a decided comparison holds (or fails) for the endpoints of both intervals', () => {
    const arbIv = fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 5 })).map(([lo, w]) => iv(lo, lo + w));
    fc.assert(
      fc.property(arbIv, fc.constantFrom(...OPS), arbIv, (a, op, b) => {
        const r = compareIntervals(a, op, b);
        if (r === null) return;
        for (const x of [a.lo, a.hi]) for (const y of [b.lo, b.hi]) expect(holds(x, op, y)).toBe(r);
      }),
    );
  });
});

describe('compareDecimals', () => {
  it('compares exactly with every operator, on both sides of equality', () => {
    const table: [string, string, boolean[]][] = [
      // a, b, [>, >=, <, <=, =, !=]
      ['1', '2', [false, false, true, true, false, true]],
      ['0.10', '0.1', [false, true, false, true, true, false]],
      ['3', '2', [true, true, false, false, false, true]],
    ];
    for (const [a, b, want] of table) expect(OPS.map((op) => compareDecimals(d(a), op, d(b)))).toEqual(want);
  });
});
