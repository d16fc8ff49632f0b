import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import { Interval } from '../../src/engine/interval';
import { sumIntervals, threeValuedAtLeast, toInterval } from '../../src/rules/interval-sum';

const d = (s: string | number) => new Decimal(s);
const iv = (lo: string | number, hi: string | number) => new Interval(d(lo), d(hi));

describe('sumIntervals', () => {
  it('adds decimals and ranges exactly', () => {
    // 24 + 22 + 14 + growth 9..10 + growth 7..8 = 76..78
    expect(sumIntervals([d(24), d(22), d(14), iv(9, 10), iv(7, 8)]).toString()).toBe('76..78');
    expect(sumIntervals([d('0.1'), d('0.2')]).toString()).toBe('0.3..0.3');
    expect(sumIntervals([]).toString()).toBe('0..0');
    expect(toInterval(iv(1, 2)).toString()).toBe('1..2');
  });
});

describe('threeValuedAtLeast', () => {
  it('">= 60": 60 passes, 59.99 fails', () => {
    expect(threeValuedAtLeast(d(60), d(60), false)).toBe('pass');
    expect(threeValuedAtLeast(d('59.99'), d(60), false)).toBe('fail');
  });

  it('"> 70" (70分以上，不含70分): 70.5 passes, 70 fails', () => {
    expect(threeValuedAtLeast(d('70.5'), d(70), true)).toBe('pass');
    expect(threeValuedAtLeast(d(70), d(70), true)).toBe('fail');
  });

  it('a total of 60 + growth 9..10: 69..70 can never exceed 70 but may reach it', () => {
    const total = sumIntervals([d(60), iv(9, 10)]); // 69..70
    expect(threeValuedAtLeast(total, d(70), true)).toBe('fail');
    expect(threeValuedAtLeast(total, d(70), false)).toBe('unknown');
  });

  it('a total of 61 + growth 9..10 vs "> 70" depends on the experts: unknown', () => {
    const total = sumIntervals([d(61), iv(9, 10)]); // 70..71
    expect(threeValuedAtLeast(total, d(70), true)).toBe('unknown');
    expect(threeValuedAtLeast(total, d(70), false)).toBe('pass');
    expect(threeValuedAtLeast(sumIntervals([d(62), iv(9, 10)]), d(70), true)).toBe('pass'); // 71..72
  });
});

describe('properties', () => {
  const choiceArb = fc
    .tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10 }))
    .map(([lo, width, tenths]) => {
      const band = new Interval(d(lo).div(10), d(lo + width).div(10));
      // an expert's choice within the band: lo + width * tenths / 10
      return { band, choice: band.lo.plus(band.hi.minus(band.lo).times(tenths).div(10)) };
    });

  it('the interval sum contains every sum of choices within the bands', () => {
    fc.assert(
      fc.property(fc.array(choiceArb, { maxLength: 8 }), (xs) => {
        const total = sumIntervals(xs.map((x) => x.band));
        const chosen = xs.reduce((s, x) => s.plus(x.choice), d(0));
        expect(total.contains(chosen)).toBe(true);
        // and the ends are attained: the sums of all-lowest and all-highest choices
        expect(total.lo.eq(xs.reduce((s, x) => s.plus(x.band.lo), d(0)))).toBe(true);
        expect(total.hi.eq(xs.reduce((s, x) => s.plus(x.band.hi), d(0)))).toBe(true);
      }),
    );
  });

  it('a decided verdict agrees with every choice; unknown means choices disagree', () => {
    fc.assert(
      fc.property(fc.array(choiceArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: -300, max: 300 }), fc.boolean(), (xs, t, strict) => {
        const threshold = d(t).div(10);
        const verdict = threeValuedAtLeast(sumIntervals(xs.map((x) => x.band)), threshold, strict);
        const meets = (v: Decimal) => (strict ? v.gt(threshold) : v.gte(threshold));
        const chosen = xs.reduce((s, x) => s.plus(x.choice), d(0));
        const lowest = xs.reduce((s, x) => s.plus(x.band.lo), d(0));
        const highest = xs.reduce((s, x) => s.plus(x.band.hi), d(0));
        if (verdict === 'pass') expect(meets(chosen) && meets(lowest)).toBe(true);
        if (verdict === 'fail') expect(meets(chosen) || meets(highest)).toBe(false);
        if (verdict === 'unknown') expect([meets(lowest), meets(highest)]).toEqual([false, true]);
      }),
    );
  });
});
