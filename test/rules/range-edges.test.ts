import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { DecimalStringSchema, fenAmount, MoneyStringSchema, NonNegativeDecimalStringSchema, nonNegative, ShareStringSchema, toDecimal } from '../../src/rules/decimal-input';
import { compareLower, compareUpper, formatRange, intersectRanges, isNonEmptyRange, rangeContains, type Bound, type Range } from '../../src/rules/range';

// Edge cases of decimal inputs and ranges (the ends of every band and check table), written
// to kill the mutants Stryker left alive (docs/testing.md, Mutation testing).

const d = (x: string) => new Decimal(x);
const b = (value: string, inclusive: boolean): Bound => ({ value, inclusive });

describe('decimal inputs', () => {
  it('toDecimal takes finite decimals and plain decimal strings, naming what it read otherwise', () => {
    expect(toDecimal('0.01').toString()).toBe('0.01');
    expect(toDecimal('-12.5', 'x').toString()).toBe('-12.5');
    const x = d('3');
    expect(toDecimal(x)).toBe(x);
    expect(() => toDecimal(d('Infinity'), 'cap')).toThrow('cap: not a finite decimal: Infinity');
    expect(() => toDecimal(d('NaN'))).toThrow('value: not a finite decimal: NaN');
    for (const s of ['1e3', '.5', '5.', 'a1', '1a', '', ' 1', '+1', '1.2.3']) expect(() => toDecimal(s, 'cap'), s).toThrow(`cap: not a decimal string: ${s}`);
    expect(() => toDecimal(5 as unknown as string)).toThrow('value: not a decimal string: 5');
  });
  it('nonNegative accepts zero (also -0) and refuses negatives', () => {
    expect(nonNegative('0').toString()).toBe('0');
    expect(nonNegative(d('-0')).isZero()).toBe(true);
    expect(nonNegative('0.001', 'rate').toString()).toBe('0.001');
    expect(() => nonNegative('-0.01', 'cap')).toThrow('cap: must be >= 0, got -0.01');
    expect(() => nonNegative('-1')).toThrow('value: must be >= 0, got -1');
  });
  it('fenAmount allows two places, not three', () => {
    expect(fenAmount('160000.00', 'award').toString()).toBe('160000');
    expect(fenAmount('0.01').toString()).toBe('0.01');
    expect(() => fenAmount('0.005', 'award')).toThrow('award: not rounded to the fen: 0.005');
    expect(() => fenAmount('-1')).toThrow('amount: must be >= 0, got -1');
  });
  it('the string schemas', () => {
    const ok = (s: { safeParse: (x: unknown) => { success: boolean } }, xs: string[]) => xs.map((x) => s.safeParse(x).success);
    expect(ok(DecimalStringSchema, ['-12.50', '0', '1.5', '1e3', '.5', 'x1', '1x'])).toEqual([true, true, true, false, false, false, false]);
    expect(ok(NonNegativeDecimalStringSchema, ['0.015', '3', '-1', '1.', 'a0.1', '0.1a'])).toEqual([true, true, false, false, false, false]);
    expect(ok(MoneyStringSchema, ['1000000', '1.5', '1.50', '0.001', '-1', '1.', 'x1', '1x'])).toEqual([true, true, true, false, false, false, false, false]);
    expect(ok(ShareStringSchema, ['0', '0.5', '1', '1.0', '1.01', '-0.1'])).toEqual([true, true, true, true, false, false]);
    expect(ShareStringSchema.safeParse('1.2').error?.issues[0]?.message).toBe('expected a share between 0 and 1');
  });
});

describe('ranges', () => {
  it('contain their inclusive ends and not their exclusive ones', () => {
    const closed: Range = { lo: b('1', true), hi: b('2', true) };
    const open: Range = { lo: b('1', false), hi: b('2', false) };
    const at = (r: Range) => ['0.99', '1', '1.5', '2', '2.01'].map((x) => rangeContains(r, d(x)));
    expect(at(closed)).toEqual([false, true, true, true, false]);
    expect(at(open)).toEqual([false, false, true, false, false]);
    expect(at({})).toEqual([true, true, true, true, true]);
    expect(at({ lo: b('1', true) })).toEqual([false, true, true, true, true]);
    expect(at({ hi: b('2', false) })).toEqual([true, true, true, false, false]);
  });
  it('are non-empty when lo < hi, or at a point closed at both ends; malformed ends are left to the schema', () => {
    expect(isNonEmptyRange({})).toBe(true);
    expect(isNonEmptyRange({ lo: b('5', false) })).toBe(true);
    expect(isNonEmptyRange({ hi: b('5', false) })).toBe(true);
    expect(isNonEmptyRange({ lo: b('1', false), hi: b('2', false) })).toBe(true);
    expect(isNonEmptyRange({ lo: b('2', true), hi: b('1', true) })).toBe(false);
    const point = (li: boolean, hi: boolean) => isNonEmptyRange({ lo: b('1', li), hi: b('1.0', hi) });
    expect([point(true, true), point(true, false), point(false, true), point(false, false)]).toEqual([true, false, false, false]);
    expect(isNonEmptyRange({ lo: b('x', true), hi: b('1', true) })).toBe(true);
    expect(isNonEmptyRange({ lo: b('2', true), hi: b('1e0', true) })).toBe(true);
  });
  it('order lower ends: unbounded first, then by value, inclusive before exclusive', () => {
    expect([compareLower(undefined, undefined), compareLower(undefined, b('-5', true)), compareLower(b('-5', true), undefined)]).toEqual([0, -1, 1]);
    expect([compareLower(b('1', true), b('2', true)), compareLower(b('2', false), b('1', true))]).toEqual([-1, 1]);
    expect([compareLower(b('1', true), b('1.0', false)), compareLower(b('1', false), b('1', true)), compareLower(b('1', false), b('1', false))]).toEqual([-1, 1, 0]);
  });
  it('order upper ends: by value, exclusive before inclusive, unbounded last', () => {
    expect([compareUpper(undefined, undefined), compareUpper(undefined, b('9', true)), compareUpper(b('9', true), undefined)]).toEqual([0, 1, -1]);
    expect([compareUpper(b('1', true), b('2', false)), compareUpper(b('2', false), b('1', true))]).toEqual([-1, 1]);
    expect([compareUpper(b('1', false), b('1', true)), compareUpper(b('1', true), b('1', false)), compareUpper(b('1', true), b('1', true))]).toEqual([-1, 1, 0]);
  });
  it('intersect to the later lower end and the earlier upper end', () => {
    expect(intersectRanges({ lo: b('1', true), hi: b('5', true) }, { lo: b('2', false), hi: b('4', false) })).toEqual({ lo: b('2', false), hi: b('4', false) });
    expect(intersectRanges({ lo: b('2', false), hi: b('4', false) }, { lo: b('1', true), hi: b('5', true) })).toEqual({ lo: b('2', false), hi: b('4', false) });
    expect(intersectRanges({ lo: b('1', true) }, { lo: b('1', false) })).toEqual({ lo: b('1', false), hi: undefined });
    expect(intersectRanges({ hi: b('1', true) }, { hi: b('1', false) })).toEqual({ lo: undefined, hi: b('1', false) });
    expect(intersectRanges({}, { lo: b('3', true), hi: b('4', true) })).toEqual({ lo: b('3', true), hi: b('4', true) });
    // equal ends: the first range's own text is kept
    expect(intersectRanges({ lo: b('1', true), hi: b('2', true) }, { lo: b('1.0', true), hi: b('2.0', true) })).toEqual({ lo: b('1', true), hi: b('2', true) });
  });
  it('format in interval notation with the data’s own digits; a closed point reads "exactly"', () => {
    expect(formatRange({ lo: b('0.30', true) })).toBe('[0.30, +∞)');
    expect(formatRange({ hi: b('0.05', false) })).toBe('(-∞, 0.05)');
    expect(formatRange({ lo: b('0', false), hi: b('0.05', true) })).toBe('(0, 0.05]');
    expect(formatRange({})).toBe('(-∞, +∞)');
    expect(formatRange({ lo: b('1', true), hi: b('1.0', true) })).toBe('exactly 1');
    expect(formatRange({ lo: b('1', true), hi: b('1', false) })).toBe('[1, 1)');
    expect(formatRange({ lo: b('1', false), hi: b('1', true) })).toBe('(1, 1]');
    expect(formatRange({ lo: b('1', true), hi: b('2', true) })).toBe('[1, 2]');
  });
});
