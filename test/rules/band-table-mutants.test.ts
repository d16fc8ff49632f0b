import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import { atLeastBands, lookupBand } from '../../src/rules/band-table';

// "At least" tables built inside the tests, for the src/rules mutation run of 2026-11-26
// (docs/testing.md, Mutation testing). Every other test file builds its multi-row tables
// when it loads (test/rules/band-fixtures.ts, describe-level tables); under a mutant that
// breaks atLeastBands those files fail to load, and Stryker's vitest runner does not count
// a file that fails to load as a failing test. This file imports no fixture and builds
// every table in a test, so a broken builder fails a test here.

const d = (x: string | number) => new Decimal(x);

describe('an at-least list, highest threshold first', () => {
  it('tech-SME S&T staff share: each band runs from its threshold up to the one above', () => {
    // >= 30% -> 20, >= 25% -> 16, >= 20% -> 12, >= 15% -> 8, >= 10% -> 4, below -> 0
    const staff = atLeastBands([['0.30', '20'], ['0.25', '16'], ['0.20', '12'], ['0.15', '8'], ['0.10', '4']], { below: '0' });
    expect(staff.bands.map((b) => [b.lo?.value ?? null, b.hi?.value ?? null, b.yields])).toEqual([
      ['0.30', null, '20'], ['0.25', '0.30', '16'], ['0.20', '0.25', '12'], ['0.15', '0.20', '8'], ['0.10', '0.15', '4'], [null, '0.10', '0'],
    ]);
    // each threshold is reached exactly at it; one ten-thousandth below falls a band lower
    const at = (x: string) => lookupBand(staff, d(x))?.value.toString();
    expect(['1', '0.30', '0.2999', '0.25', '0.2499', '0.10', '0.0999', '0'].map(at)).toEqual(['20', '20', '16', '16', '12', '4', '0', '0']);
  });
  it('property: a value falls in the band of the highest threshold it reaches', () => {
    const thresholds = fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }).map((xs) => [...xs].sort((a, b) => b - a));
    fc.assert(
      fc.property(thresholds, fc.integer({ min: -10, max: 110 }), (ts, x) => {
        // threshold t_i (in percent) yields i + 1; below the last threshold: 0
        const table = atLeastBands(ts.map((t, i) => [d(t).div(100).toString(), String(i + 1)] as const), { below: '0' });
        const reached = ts.findIndex((t) => x >= t);
        expect(lookupBand(table, d(x).div(100))?.value.toString()).toBe(String(reached + 1));
      }),
    );
  });
});
