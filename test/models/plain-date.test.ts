import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween, isPlainDate, plusDays, plusMonths, plusYears } from '../../src/models/plain-date';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('plain dates', () => {
  it('isPlainDate agrees with the calendar (leap years by the Gregorian rule)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
      const u = new Date(0);
      u.setUTCFullYear(y, m - 1, d);
      const real = u.getUTCFullYear() === y && u.getUTCMonth() === m - 1 && u.getUTCDate() === d;
      expect(isPlainDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(real);
    }), { numRuns: 2000 });
    expect([isPlainDate('1900-02-29'), isPlainDate('2000-02-29'), isPlainDate('2100-02-29'), isPlainDate('2024-02-29')]).toEqual([false, true, false, true]);
  });
  it('memoised arithmetic gives the same answer on repeated calls', () => {
    expect(plusYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(plusYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(plusMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(plusMonths('2020-11-30', 3)).toBe('2021-02-28');
  });
  it('adding then counting days is consistent', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -2000, max: 2000 }), (y, m, d, n) => {
      const a = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
      expect(daysBetween(a, plusDays(a, n))).toBe(n);
    }));
  });
});
