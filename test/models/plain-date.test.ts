import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween, isPlainDate, plusDays, plusMonths, plusYears } from '../../src/models/plain-date';
import { UTCDate } from '@date-fns/utc';
import { addYears } from 'date-fns';

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

describe('plusYears on the text equals date-fns addYears on the UTC day', () => {
  // the former implementation, kept as the reference
  const reference = (d: string, n: number): string => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const u = new UTCDate(Date.UTC(y, m - 1, day));
    if (y < 100) u.setUTCFullYear(y);
    const r = addYears(u, n);
    const ry = r.getUTCFullYear();
    if (ry < 1 || ry > 9999) throw new RangeError('out of range');
    return `${String(ry).padStart(4, '0')}-${String(r.getUTCMonth() + 1).padStart(2, '0')}-${String(r.getUTCDate()).padStart(2, '0')}`;
  };
  const day = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    .filter(isPlainDate);
  it('any real day, any whole number of years (Feb 29 and the calendar edges included)', () => {
    fc.assert(
      fc.property(fc.oneof(day, fc.constantFrom('2016-02-29', '2000-02-29', '1900-02-28', '0001-01-01', '9999-12-31', '0099-02-28')), fc.integer({ min: -10_000, max: 10_000 }), (d, n) => {
        let want: string | RangeError;
        try {
          want = reference(d, n);
        } catch {
          want = new RangeError('out of range');
        }
        if (want instanceof RangeError) expect(() => plusYears(d, n)).toThrow(RangeError);
        else expect(plusYears(d, n)).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });
  it('rejects what is not a plain date', () => {
    expect(() => plusYears('2019-02-29', 1)).toThrow(RangeError);
    expect(() => plusYears('20190101', 1)).toThrow(RangeError);
  });
});

describe('isPlainDate read character by character', () => {
  // the former definition: the pattern, then the calendar
  const RE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const byPattern = (s: unknown): boolean => {
    if (typeof s !== 'string') return false;
    const m = RE.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return d <= (mo === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!);
  };
  it('boundaries: leap days, month ends, year 0001 and 0000, non-ASCII digits, trailing newline', () => {
    for (const s of ['2020-02-29', '2019-02-29', '1900-02-29', '2000-02-29', '0001-01-01', '0000-01-01', '9999-12-31', '2020-04-31', '2020-13-01', '2020-00-10', '2020-01-00',
      '２０２０-01-01', '2020-01-01\n', ' 2020-01-01', '2020/01/01', '2020-1-01', '+020-01-01', '2020-01-0a', '']) {
      expect(isPlainDate(s)).toBe(byPattern(s));
    }
    expect(isPlainDate('2020-02-29')).toBe(true);
    expect(isPlainDate('2019-02-29')).toBe(false);
  });
  it('property: equals the pattern-and-calendar definition on near-dates and any text', () => {
    const chars = fc.constantFrom(...'0123456789-/ x\n'.split(''));
    const nearDate = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(fc.oneof(nearDate, fc.string(), fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), fc.anything()), (s) => {
      expect(isPlainDate(s)).toBe(byPattern(s));
    }), { numRuns: 3000 });
  });
});
