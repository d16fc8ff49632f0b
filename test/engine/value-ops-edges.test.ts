import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { PolicyError } from '../../src/engine/errors';
import { Interval } from '../../src/engine/interval';
import { arith, asDecimal, asInterval, compare, describe as describeValue, kleene, minMax, ONE, unknownOf } from '../../src/engine/value-ops';
import { isUnknown, Unknown, type Value } from '../../src/engine/values';

// Edge cases of the value operations under every expression, written to kill the mutants
// Stryker left alive (docs/testing.md, Mutation testing).

const d = (x: string | number) => new Decimal(x);
const iv = (lo: number, hi: number) => new Interval(d(lo), d(hi));
const text = (v: Value): string => (v instanceof Interval ? `[${v.toString()}]` : v instanceof Decimal ? v.toString() : JSON.stringify(v));

describe('Unknown', () => {
  it('merging one unknown gives it back unchanged', () => {
    const u = new Unknown(['b', 'a'], 'why');
    expect(Unknown.merge([u])).toBe(u);
  });
  it('merging several gives the sorted union of their missing facts and the first reason', () => {
    const m = Unknown.merge([new Unknown(['b', 'a']), new Unknown([], 'first'), new Unknown(['a', 'c'], 'second')]);
    expect(m.missing).toEqual(['a', 'b', 'c']);
    expect(m.reason).toBe('first');
    expect(Unknown.merge([new Unknown(['x']), new Unknown(['y'])]).reason).toBeUndefined();
    expect(m.kind).toBe('unknown');
  });
  it('isUnknown is true only for unknowns', () => {
    expect([isUnknown(new Unknown([])), isUnknown(null), isUnknown(d(0)), isUnknown({ kind: 'unknown', missing: [] })]).toEqual([true, false, false, false]);
  });
});

describe('unknownOf', () => {
  it('is null when every value is known (or there are none)', () => {
    expect(unknownOf([])).toBeNull();
    expect(unknownOf([d(1), true, 'x', null])).toBeNull();
  });
  it('merges the unknowns among known values', () => {
    expect(unknownOf([d(1), new Unknown(['b']), true, new Unknown(['a'])])?.missing).toEqual(['a', 'b']);
  });
});

describe('asDecimal / asInterval / describe', () => {
  it('accepts decimals and plain decimal text only', () => {
    expect(asDecimal(d('2.5'), 'x').toString()).toBe('2.5');
    for (const [s, want] of [['12.50', '12.5'], ['-3', '-3'], ['0', '0'], ['45', '45'], ['-0.125', '-0.125']] as const) expect(asDecimal(s, 'x').toString()).toBe(want);
    for (const s of ['1e5', 'a5', '5a', '.5', '5.', '1.2.3', ' 5', '5 ', '', '-', '+5', 'x1.5', '1.5x']) expect(() => asDecimal(s, 'x'), s).toThrow(PolicyError);
  });
  it('names what was expected and what it got', () => {
    expect(() => asDecimal('abc', 'ratio')).toThrow('ratio: expected a number, got string abc');
    expect(() => asDecimal(true, 'sum')).toThrow('sum: expected a number, got boolean true');
  });
  it('an interval stays itself; a number becomes a point interval', () => {
    const g = iv(9, 10);
    expect(asInterval(g, 'x')).toBe(g);
    expect(asInterval(d(3), 'x').toString()).toBe('3..3');
    expect(asInterval('4.5', 'x').toString()).toBe('4.5..4.5');
    expect(() => asInterval(true, 'x')).toThrow('x: expected a number, got boolean true');
  });
  it('describes every kind of value', () => {
    expect(describeValue(d('2.50'))).toBe('number 2.5');
    expect(describeValue(iv(1, 2))).toBe('interval 1..2');
    expect(describeValue([1])).toBe('list');
    expect(describeValue(null)).toBe('null');
    expect(describeValue({ a: 1 })).toBe('record');
    expect(describeValue(true)).toBe('boolean true');
    expect(describeValue('2020-01-01')).toBe('string 2020-01-01');
    expect(describeValue(undefined)).toBe('undefined undefined');
  });
});

describe('arith', () => {
  it('folds left to right: 10 - 3 - 2 = 5, 2 * 3 * 4 = 24, 0.1 + 0.2 + 0.3 = 0.6', () => {
    expect(text(arith('-', [d(10), d(3), d(2)]))).toBe('5');
    expect(text(arith('*', [d(2), d(3), d(4)]))).toBe('24');
    expect(text(arith('+', [d('0.1'), d('0.2'), d('0.3')]))).toBe('0.6');
    expect(text(arith('+', [d(7)]))).toBe('7');
  });
  it('reads decimal text as numbers and rejects anything else, naming the operator', () => {
    expect(text(arith('+', ['1.5', d(2)]))).toBe('3.5');
    expect(() => arith('-', [d(1), true])).toThrow('-: expected a number, got boolean true');
    expect(() => arith('*', ['x', d(1)])).toThrow('*: expected a number, got string x');
  });
  it('carries intervals through + and - on either side', () => {
    expect(text(arith('+', [iv(1, 2), d(3)]))).toBe('[4..5]');
    expect(text(arith('+', [d(3), iv(1, 2)]))).toBe('[4..5]');
    expect(text(arith('-', [d(10), iv(1, 2)]))).toBe('[8..9]');
    expect(text(arith('-', [iv(5, 6), iv(1, 2)]))).toBe('[3..5]');
    expect(text(arith('+', [iv(1, 2), iv(10, 20), d(100)]))).toBe('[111..122]');
    expect(() => arith('+', [iv(1, 2), 'x'])).toThrow('+: expected a number, got string x');
  });
  it('multiplies an interval by a number on either side, but never two bands', () => {
    expect(text(arith('*', [iv(1, 2), d(3)]))).toBe('[3..6]');
    expect(text(arith('*', [d(3), iv(1, 2)]))).toBe('[3..6]');
    expect(text(arith('*', [d(-1), iv(1, 2)]))).toBe('[-2..-1]');
    expect(text(arith('*', [iv(2, 2), iv(1, 3)]))).toBe('[2..6]');
    expect(() => arith('*', [iv(1, 2), iv(1, 2)])).toThrow('interval times interval is not supported');
    expect(() => arith('*', [iv(1, 2), true])).toThrow('*: expected a number, got boolean true');
  });
  it('a result band of width zero is a plain number again', () => {
    const r = arith('+', [iv(1, 1), d(2)]);
    expect(r).toBeInstanceOf(Decimal);
    expect(text(r)).toBe('3');
    expect(text(arith('-', [iv(1, 2), iv(0, 1)]))).toBe('[0..2]');
  });
});

describe('compare', () => {
  it('a comparison with a band is decided when it can be, else unknown with a reason and nothing missing', () => {
    expect(compare(iv(71, 72), '>', d(70))).toBe(true);
    expect(compare(d(70), '<', iv(71, 72))).toBe(true);
    expect(compare(iv(60, 69), '>', '70')).toBe(false);
    const u = compare(iv(69, 71), '>', d(70));
    expect(isUnknown(u)).toBe(true);
    expect((u as Unknown).missing).toEqual([]);
    expect((u as Unknown).reason).toBe("within the experts' band: the outcome depends on the value chosen within the interval");
  });
  it('numbers compare exactly, also against decimal text on either side', () => {
    expect(compare(d('0.10'), '=', d('0.1'))).toBe(true);
    expect(compare(d(5), '>', '4.99')).toBe(true);
    expect(compare('4.99', '>', d(5))).toBe(false);
    expect(compare('5.00', '=', d(5))).toBe(true);
    expect(() => compare(d(5), '=', 'five')).toThrow('cannot compare number 5 = string five');
    expect(() => compare('five', '=', d(5))).toThrow('cannot compare string five = number 5');
  });
  it('texts and dates compare in order with every operator', () => {
    const ops = ['>', '>=', '<', '<=', '=', '!='] as const;
    expect(ops.map((op) => compare('2020-01-31', op, '2020-02-01'))).toEqual([false, false, true, true, false, true]);
    expect(ops.map((op) => compare('2020-02-01', op, '2020-02-01'))).toEqual([false, true, false, true, true, false]);
    expect(ops.map((op) => compare('b', op, 'a'))).toEqual([true, true, false, false, false, true]);
  });
  it('booleans compare only for (in)equality', () => {
    expect([compare(true, '=', true), compare(true, '=', false), compare(true, '!=', false), compare(false, '!=', false)]).toEqual([true, false, true, false]);
    expect(() => compare(true, '>', false)).toThrow('cannot compare boolean true > boolean false');
    expect(() => compare(true, '<=', false)).toThrow(PolicyError);
    expect(() => compare(true, '=', d(1))).toThrow('cannot compare boolean true = number 1');
    expect(() => compare('true', '=', true)).toThrow(PolicyError);
  });
});

describe('kleene', () => {
  const U = (m: string) => new Unknown([m]);
  it('and: false wins over unknown; unknown over true; empty is true', () => {
    expect(kleene('and', [true, true])).toBe(true);
    expect(kleene('and', [true, false])).toBe(false);
    expect(kleene('and', [U('a'), false])).toBe(false);
    expect((kleene('and', [U('b'), true, U('a')]) as Unknown).missing).toEqual(['a', 'b']);
    expect(kleene('and', [])).toBe(true);
  });
  it('or: true wins over unknown; unknown over false; empty is false', () => {
    expect(kleene('or', [false, false])).toBe(false);
    expect(kleene('or', [false, true])).toBe(true);
    expect(kleene('or', [U('a'), true])).toBe(true);
    expect((kleene('or', [U('a'), false]) as Unknown).missing).toEqual(['a']);
    expect(kleene('or', [])).toBe(false);
  });
  it('rejects a non-boolean operand it reaches, naming the operator', () => {
    expect(() => kleene('and', [true, d(1)])).toThrow('and: expected a boolean, got number 1');
    expect(() => kleene('or', ['yes'])).toThrow('or: expected a boolean, got string yes');
    expect(() => kleene('and', [U('a'), null])).toThrow(PolicyError);
  });
});

describe('minMax', () => {
  it('the smallest and the largest, wherever they stand', () => {
    expect(text(minMax('min', [d(3), d(1), d(2)]))).toBe('1');
    expect(text(minMax('min', [d(1), d(3), d(2)]))).toBe('1');
    expect(text(minMax('max', [d(3), d(5), d(2)]))).toBe('5');
    expect(text(minMax('max', [d(5), d(3)]))).toBe('5');
    expect(text(minMax('min', ['0.5', d(1)]))).toBe('0.5');
    expect(text(minMax('max', [d(4)]))).toBe('4');
  });
  it('rejects a non-number, naming the operator', () => {
    expect(() => minMax('max', [d(1), true])).toThrow('max: expected a number, got boolean true');
    expect(() => minMax('min', ['x'])).toThrow('min: expected a number, got string x');
  });
  it('ONE is one', () => {
    expect(ONE.toString()).toBe('1');
  });
});
