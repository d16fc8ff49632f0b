import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { formatDecimal, Interval, OutputTypeSchema, toJsonLoose, toOutputJson, Unknown, type OutputType } from '../../src/engine';

// Edge cases of output serialisation, written to kill the mutants Stryker left alive
// (docs/testing.md, Mutation testing).

const d = (x: string | number) => new Decimal(x);
const third = d(1).div(3);

describe('formatDecimal', () => {
  it('keeps a terminating decimal exact, padded to the minimum scale', () => {
    expect(formatDecimal(d('0.125'), 4, 10)).toBe('0.1250');
    expect(formatDecimal(d('0.125'), 2, 10)).toBe('0.125');
    expect(formatDecimal(d('7'))).toBe('7');
    expect(formatDecimal(d('12.5'), 0)).toBe('12.5');
  });
  it('rounds half-up at the maximum scale only when there are more places', () => {
    expect(formatDecimal(third, 0, 10)).toBe('0.3333333333');
    expect(formatDecimal(d(2).div(3), 0, 4)).toBe('0.6667');
    expect(formatDecimal(d('0.12345'), 0, 4)).toBe('0.1235');
    expect(formatDecimal(d('0.1234'), 0, 4)).toBe('0.1234');
    expect(formatDecimal(d('0.10000000005'), 0, 10)).toBe('0.1000000001');
  });
  it('a rounding that ends in zeros shows the places it keeps, at least the minimum scale', () => {
    expect(formatDecimal(d('0.995'), 0, 2)).toBe('1');
    expect(formatDecimal(d('0.995'), 2, 2)).toBe('1.00');
    expect(formatDecimal(d('1.2049'), 3, 2)).toBe('1.200');
  });
  it('the default maximum scale is 40 places', () => {
    expect(formatDecimal(third)).toBe(`0.${'3'.repeat(40)}`);
  });
});

describe('toOutputJson', () => {
  const money: OutputType = { type: 'money' };
  it('an absent or unknown value is null for every type', () => {
    for (const t of [money, { type: 'string' }, { type: 'list', of: money }] as OutputType[]) {
      expect([toOutputJson(undefined, t), toOutputJson(null, t), toOutputJson(new Unknown(['x']), t)]).toEqual([null, null, null]);
    }
  });
  it('money: two places exactly, from decimals, decimal text or JS numbers; never rounds', () => {
    expect(toOutputJson(d(5), money)).toBe('5.00');
    expect(toOutputJson('5.5', money)).toBe('5.50');
    expect(toOutputJson(293340, money)).toBe('293340.00');
    expect(() => toOutputJson(d('5.555'), money)).toThrow('money output 5.555 is not rounded to the fen: round it explicitly in the policy');
    expect(() => toOutputJson(d('5.555'), money)).toThrow(RangeError);
    expect(() => toOutputJson(true, money)).toThrow('output of type money got true');
    expect(() => toOutputJson('five', money)).toThrow(TypeError);
    expect(() => toOutputJson('5.5x', money)).toThrow('output of type money got 5.5x');
    expect(() => toOutputJson(Number.NaN, money)).toThrow('output of type money got NaN');
  });
  it('decimal: exact with its scales (0 and 40 by default)', () => {
    expect(toOutputJson(d('0.125'), { type: 'decimal', minScale: 4 })).toBe('0.1250');
    expect(toOutputJson(third, { type: 'decimal', maxScale: 4 })).toBe('0.3333');
    expect(toOutputJson('0.10', { type: 'decimal' })).toBe('0.1');
    expect(toOutputJson(third, { type: 'decimal' })).toBe(`0.${'3'.repeat(40)}`);
    expect(() => toOutputJson(false, { type: 'decimal' })).toThrow('output of type decimal got false');
  });
  it('integer: a whole number as a JSON number, nothing else', () => {
    expect(toOutputJson(d(5), { type: 'integer' })).toBe(5);
    expect(toOutputJson('12', { type: 'integer' })).toBe(12);
    expect(toOutputJson(7, { type: 'integer' })).toBe(7);
    expect(() => toOutputJson(d('5.5'), { type: 'integer' })).toThrow('output of type integer got "5.5"');
    expect(() => toOutputJson(Number.POSITIVE_INFINITY, { type: 'integer' })).toThrow('output of type integer got Infinity');
    expect(() => toOutputJson('x', { type: 'integer' })).toThrow(TypeError);
  });
  it('boolean, date and string keep their JSON type; text is never read as a number', () => {
    expect(toOutputJson(true, { type: 'boolean' })).toBe(true);
    expect(toOutputJson(false, { type: 'boolean' })).toBe(false);
    expect(() => toOutputJson('true', { type: 'boolean' })).toThrow('output of type boolean got true');
    expect(toOutputJson('2020-06-30', { type: 'date' })).toBe('2020-06-30');
    expect(toOutputJson('5', { type: 'string' })).toBe('5');
    expect(() => toOutputJson(d(5), { type: 'date' })).toThrow(TypeError);
    expect(() => toOutputJson({ a: d(1) }, { type: 'string' })).toThrow('output of type string got {"a":"1"}');
  });
  it('interval: { lo, hi }, a number being a point', () => {
    expect(toOutputJson(new Interval(d(9), d(10)), { type: 'interval' })).toEqual({ lo: '9', hi: '10' });
    expect(toOutputJson(d(3), { type: 'interval' })).toEqual({ lo: '3', hi: '3' });
    expect(() => toOutputJson('3', { type: 'interval' })).toThrow('output of type interval got 3');
  });
  it('nullable, list and record apply their inner types', () => {
    expect(toOutputJson('2', { type: 'nullable', of: money })).toBe('2.00');
    expect(toOutputJson(null, { type: 'nullable', of: money })).toBeNull();
    expect(toOutputJson([d(1), null, '2.5'], { type: 'list', of: money })).toEqual(['1.00', null, '2.50']);
    expect(() => toOutputJson('x', { type: 'list', of: money })).toThrow('output of type list got x');
    const rec: OutputType = { type: 'record', fields: { due: { type: 'date' }, interest: money } };
    expect(toOutputJson({ due: '2020-06-30', interest: d(3), extra: 1 }, rec)).toEqual({ due: '2020-06-30', interest: '3.00' });
    expect(toOutputJson({ due: '2020-06-30' }, rec)).toEqual({ due: '2020-06-30', interest: null });
    expect(() => toOutputJson('x', rec)).toThrow('output of type record got x');
  });
  it('json: any value, loosely', () => {
    expect(toOutputJson({ a: d('0.1'), b: [true] }, { type: 'json' })).toEqual({ a: '0.1', b: [true] });
    expect(toOutputJson(5, { type: 'json' })).toBe(5);
  });
  it('the schema accepts each type and rejects unknown keys and scales out of range', () => {
    expect(OutputTypeSchema.parse({ type: 'list', of: { type: 'nullable', of: { type: 'money' } } })).toEqual({ type: 'list', of: { type: 'nullable', of: { type: 'money' } } });
    expect(OutputTypeSchema.safeParse({ type: 'decimal', minScale: 20, maxScale: 40 }).success).toBe(true);
    expect(OutputTypeSchema.safeParse({ type: 'decimal', minScale: 21 }).success).toBe(false);
    expect(OutputTypeSchema.safeParse({ type: 'decimal', maxScale: 41 }).success).toBe(false);
    expect(OutputTypeSchema.safeParse({ type: 'decimal', minScale: -1 }).success).toBe(false);
    expect(OutputTypeSchema.safeParse({ type: 'money', extra: 1 }).success).toBe(false);
    expect(OutputTypeSchema.safeParse({ type: 'float' }).success).toBe(false);
  });
});

describe('toJsonLoose', () => {
  it('absent, null and unknown are null', () => {
    expect([toJsonLoose(undefined), toJsonLoose(null), toJsonLoose(new Unknown([]))]).toEqual([null, null, null]);
  });
  it('decimals are exact strings, intervals { lo, hi }, through lists and records', () => {
    expect(toJsonLoose(d('0.1'))).toBe('0.1');
    expect(toJsonLoose(new Interval(d(1), d(2)))).toEqual({ lo: '1', hi: '2' });
    expect(toJsonLoose([d(1), [d(2)], { x: d(3), u: new Unknown([]) }])).toEqual(['1', ['2'], { x: '3', u: null }]);
  });
  it('finite numbers stay numbers, non-finite ones become null; texts and booleans pass', () => {
    expect([toJsonLoose(2.5), toJsonLoose(Number.NaN), toJsonLoose(Number.POSITIVE_INFINITY), toJsonLoose('x'), toJsonLoose(false)]).toEqual([2.5, null, null, 'x', false]);
  });
});
