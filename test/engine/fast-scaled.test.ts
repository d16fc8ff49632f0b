import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import { DECLINE, decimalToScaled, literalToScaled, numberToScaled, pow10, safeAdd, safeMul, safeSub, scaleFor } from '../../src/engine/fast/scaled';
import { fastCompare, Ratio, UNKNOWN, type FastValue } from '../../src/engine/fast/fast-value';
import type { CompareOp } from '../../src/engine/interval';

// The oracle: exact BigInt arithmetic. A value is safe when |n| <= 2^53 - 1.
const MAX = BigInt(Number.MAX_SAFE_INTEGER); // 9007199254740991
const safe = (n: bigint): boolean => n <= MAX && n >= -MAX;
const OPS: CompareOp[] = ['>', '>=', '<', '<=', '=', '!='];

/** The result of `f`, or 'DECLINE' when it throws the fast path's DECLINE (anything else is rethrown). */
function outcome<T>(f: () => T): T | 'DECLINE' {
  try {
    const r = f();
    // -0 and 0 are the same scaled value
    return (typeof r === 'number' && r === 0 ? 0 : r) as T;
  } catch (e) {
    if (e === DECLINE) return 'DECLINE';
    throw e;
  }
}

/** `mant x 10^-exp x 10^k` when it is an integer, else null. */
function scaledOracle(neg: boolean, mant: bigint, exp: number, k: number): bigint | null {
  const shift = k - exp;
  let n: bigint;
  if (shift >= 0) n = mant * 10n ** BigInt(shift);
  else {
    const q = 10n ** BigInt(-shift);
    if (mant % q !== 0n) return null;
    n = mant / q;
  }
  return neg ? -n : n;
}

/** What the fast path must give for an exact value: the safe integer, else DECLINE. */
function expected(n: bigint | null): number | 'DECLINE' {
  return n === null || !safe(n) ? 'DECLINE' : Number(n);
}

/** The plain decimal text of `mant x 10^-exp` (exp decimals, trailing zeros kept: '0.10', '1000000'). */
function plainText(neg: boolean, mant: bigint, exp: number): string {
  const digits = mant.toString().padStart(exp + 1, '0');
  const body = exp === 0 ? digits : `${digits.slice(0, digits.length - exp)}.${digits.slice(digits.length - exp)}`;
  return `${neg ? '-' : ''}${body}`;
}

// mantissas up to ~10^20, biased to the boundary of the safe range and to round numbers
const mantissa = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 20n }),
  fc.bigInt({ min: 0n, max: 10n ** 6n }),
  fc.tuple(fc.constantFrom(MAX, MAX + 1n, MAX - 1n, 2n ** 53n, 9_007_199_254_740_990n), fc.integer({ min: -3, max: 3 })).map(([m, d]) => m + BigInt(d)),
  fc.tuple(fc.bigInt({ min: 1n, max: 99_999n }), fc.integer({ min: 0, max: 15 })).map(([m, z]) => m * 10n ** BigInt(z)),
  fc.constant(0n),
);
const decimalCase = fc.record({
  neg: fc.boolean(),
  mant: mantissa.filter((m) => m >= 0n),
  exp: fc.integer({ min: 0, max: 12 }),
  zeros: fc.integer({ min: 0, max: 3 }),
  k: fc.integer({ min: 0, max: 12 }),
});

describe('decimalToScaled', () => {
  it('worked examples: 123.45 at 2 is 12345; trailing zeros, zero and negative zero', () => {
    expect(decimalToScaled(new Decimal('123.45'), 2)).toBe(12345);
    expect(decimalToScaled(new Decimal('911145583.7'), 2)).toBe(91114558370); // [911, 1455837] words, one decimal
    expect(outcome(() => decimalToScaled(new Decimal('911145583.7'), 0))).toBe('DECLINE');
    expect(decimalToScaled(new Decimal('1000000'), 2)).toBe(100_000_000); // one word [1000000]
    expect(decimalToScaled(new Decimal('10000000'), 6)).toBe(10_000_000_000_000); // two words [1, 0]
    expect(decimalToScaled(new Decimal('0.10'), 2)).toBe(10);
    expect(decimalToScaled(new Decimal('0.10'), 1)).toBe(1);
    expect(outcome(() => decimalToScaled(new Decimal('0.125'), 2))).toBe('DECLINE');
    expect(Object.is(decimalToScaled(new Decimal('0'), 2), 0)).toBe(true);
    expect(Object.is(decimalToScaled(new Decimal('-0'), 2), 0)).toBe(true);
    expect(Object.is(decimalToScaled(new Decimal('-0.000'), 6), 0)).toBe(true);
    expect(decimalToScaled(new Decimal('-12.5'), 3)).toBe(-12500);
  });
  it('boundaries exactly at 2^53 - 1, scaled and unscaled', () => {
    expect(decimalToScaled(new Decimal('9007199254740991'), 0)).toBe(Number.MAX_SAFE_INTEGER);
    expect(decimalToScaled(new Decimal('-9007199254740991'), 0)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(outcome(() => decimalToScaled(new Decimal('9007199254740992'), 0))).toBe('DECLINE');
    expect(outcome(() => decimalToScaled(new Decimal('9007199254740993'), 0))).toBe('DECLINE');
    expect(decimalToScaled(new Decimal('90071992547409.91'), 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(outcome(() => decimalToScaled(new Decimal('90071992547409.92'), 2))).toBe('DECLINE');
    expect(decimalToScaled(new Decimal('9007.199254740991'), 12)).toBe(Number.MAX_SAFE_INTEGER);
    expect(outcome(() => decimalToScaled(new Decimal('9007.199254740992'), 12))).toBe('DECLINE');
    expect(outcome(() => decimalToScaled(new Decimal('9007199254740991'), 1))).toBe('DECLINE');
  });
  it('NaN, infinities and values beyond 10^15 scaling decline', () => {
    for (const t of ['NaN', 'Infinity', '-Infinity', '1e30', '1e-30']) expect(outcome(() => decimalToScaled(new Decimal(t), 2))).toBe('DECLINE');
    expect(decimalToScaled(new Decimal('1e-12'), 12)).toBe(1);
    expect(decimalToScaled(new Decimal('1e15'), 0)).toBe(1e15);
  });
  it('property: equals value x 10^k when that is a safe integer, else declines (plain and exponent texts)', () => {
    fc.assert(fc.property(decimalCase, fc.boolean(), ({ neg, mant, exp, zeros, k }, sci) => {
      const m = mant * 10n ** BigInt(zeros);
      const e = exp + zeros;
      const text = sci ? `${neg ? '-' : ''}${m}e-${e}` : plainText(neg, m, e);
      expect(outcome(() => decimalToScaled(new Decimal(text), k))).toBe(expected(scaledOracle(neg, m, e, k)));
    }), { numRuns: 3000 });
  });
  it('property: decimals built from safe JS integers scale like numberToScaled', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 12 }), (n, k) => {
      const want = expected(BigInt(n) * 10n ** BigInt(k));
      expect(outcome(() => decimalToScaled(new Decimal(n), k))).toBe(want);
      expect(outcome(() => numberToScaled(n, k))).toBe(want);
    }), { numRuns: 500 });
  });
});

describe('numberToScaled', () => {
  it('whole safe numbers scale; fractions, 2^53 and beyond, NaN and infinities decline', () => {
    expect(numberToScaled(15, 2)).toBe(1500);
    expect(numberToScaled(Number.MAX_SAFE_INTEGER, 0)).toBe(Number.MAX_SAFE_INTEGER);
    for (const v of [0.5, 2 ** 53, -(2 ** 53), 1e300, Number.NaN, Number.POSITIVE_INFINITY]) expect(outcome(() => numberToScaled(v, 2))).toBe('DECLINE');
    expect(outcome(() => numberToScaled(90_071_992_547_410, 2))).toBe('DECLINE'); // 9007199254741000 > 2^53 - 1
    expect(numberToScaled(90_071_992_547_409, 2)).toBe(9_007_199_254_740_900);
  });
});

describe('literalToScaled', () => {
  it('worked examples, and null where decimalToScaled declines', () => {
    expect(literalToScaled('0.05', 4)).toBe(500);
    expect(literalToScaled('0.00001', 4)).toBeNull();
    expect(literalToScaled('0.10', 1)).toBe(1);
    expect(literalToScaled('007.50', 2)).toBe(750);
    expect(literalToScaled('-0', 2)).toBe(0);
    expect(Object.is(literalToScaled('-0.00', 2), 0)).toBe(true);
    expect(literalToScaled('911145583.7', 2)).toBe(91114558370);
    expect(literalToScaled('9007199254740991', 0)).toBe(Number.MAX_SAFE_INTEGER);
    expect(literalToScaled('9007199254740992', 0)).toBeNull();
    expect(literalToScaled('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(literalToScaled('-90071992547409.91', 2)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(literalToScaled('90071992547409.92', 2)).toBeNull();
    expect(literalToScaled('00000000000000000000001', 0)).toBe(1);
    expect(literalToScaled('123456789012345678', 0)).toBeNull();
  });
  it('texts that are not plain decimal literals are null', () => {
    for (const t of ['1e5', '.5', '5.', '+1', ' 1', '1 ', '', '-', '1.2.3', '0x10', 'NaN']) expect(literalToScaled(t, 2)).toBeNull();
  });
  it('property: equals value x 10^k when that is a safe integer, else null', () => {
    fc.assert(fc.property(decimalCase, fc.integer({ min: 0, max: 3 }), ({ neg, mant, exp, zeros, k }, lead) => {
      const m = mant * 10n ** BigInt(zeros);
      const e = exp + zeros;
      const text = plainText(neg, m, e).replace(/^(-?)/, `$1${'0'.repeat(lead)}`);
      const want = expected(scaledOracle(neg, m, e, k));
      expect(literalToScaled(text, k)).toBe(want === 'DECLINE' ? null : want);
    }), { numRuns: 3000 });
  });
});

const nearBoundary = fc.oneof(
  fc.maxSafeInteger(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.tuple(fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 52, 94_906_265, 94_906_266), fc.integer({ min: -2, max: 0 })).map(([a, d]) => a + d * Math.sign(a)),
);

describe('safeAdd, safeSub, safeMul', () => {
  it('boundary examples at 2^53 - 1', () => {
    expect(safeAdd(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(outcome(() => safeAdd(Number.MAX_SAFE_INTEGER, 1))).toBe('DECLINE');
    expect(safeSub(-Number.MAX_SAFE_INTEGER + 1, 1)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(outcome(() => safeSub(-Number.MAX_SAFE_INTEGER, 1))).toBe('DECLINE');
    expect(safeSub(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toBe(0);
    expect(safeMul(94_906_265, 94_906_265)).toBe(9_007_199_136_250_225); // just below 2^53 - 1
    expect(outcome(() => safeMul(94_906_266, 94_906_266))).toBe('DECLINE'); // 9007199326062756 > 2^53 - 1
    expect(outcome(() => safeMul(2 ** 30, 2 ** 30))).toBe('DECLINE');
    expect(safeMul(Number.MAX_SAFE_INTEGER, -1)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(pow10(15)).toBe(1e15);
    expect(() => pow10(16)).toThrow(RangeError);
  });
  it('property: exact against BigInt or DECLINE', () => {
    fc.assert(fc.property(nearBoundary, nearBoundary, (a, b) => {
      const [A, B] = [BigInt(a), BigInt(b)];
      expect(outcome(() => safeAdd(a, b))).toBe(expected(A + B));
      expect(outcome(() => safeSub(a, b))).toBe(expected(A - B));
      expect(outcome(() => safeMul(a, b))).toBe(expected(A * B));
    }), { numRuns: 3000 });
  });
});

describe('scaleFor', () => {
  it('the most decimals of any decimal literal, at least 2, at most max', () => {
    expect(scaleFor({})).toBe(2);
    expect(scaleFor({ parameters: { min: { versions: [{ value: '0.035' }] } } })).toBe(3);
    expect(scaleFor({ a: ['0.10', '1.5000', '12', '-0.125'] })).toBe(3); // '0.10' and '1.5000' count 1
    expect(scaleFor({ a: { b: [{ c: '0.0000001' }] } })).toBe(6); // capped
    expect(scaleFor({ a: '0.0000001' }, 4)).toBe(4);
    expect(scaleFor({ d: '2020-01-01', s: 'x.yz', n: 1.2345, t: '1e-9' })).toBe(2); // not decimal literals
    expect(scaleFor(['0.1234', null, true])).toBe(4);
  });
});

// fast values: scaled integers and ratios with their exact value as a BigInt fraction
type Num = { v: number | Ratio; n: bigint; d: bigint };
const scaledNum: fc.Arbitrary<Num> = nearBoundary.map((v) => ({ v, n: BigInt(v), d: 1n }));
const ratio: fc.Arbitrary<Num> = fc.tuple(nearBoundary, nearBoundary.filter((d) => d !== 0)).map(([n, d]) => {
  const r = new Ratio(n, d);
  return { v: r, n: d < 0 ? -BigInt(n) : BigInt(n), d: d < 0 ? -BigInt(d) : BigInt(d) };
});
const smallRatio: fc.Arbitrary<Num> = fc.tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0)).map(([n, d]) => ({ v: new Ratio(n, d), n: d < 0 ? -BigInt(n) : BigInt(n), d: BigInt(Math.abs(d)) }));

function orderOf(c: number, op: CompareOp): boolean {
  return op === '>' ? c > 0 : op === '>=' ? c >= 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '=' ? c === 0 : c !== 0;
}

describe('fastCompare', () => {
  it('worked example: 15 staff of 120 is 0.125 >= 0.10; exactly 12 of 120 is at the threshold', () => {
    // at scale 2: 15 / 120 is Ratio(1500, 120); the threshold 0.10 is 10
    expect(fastCompare(new Ratio(1500, 120), '>=', 10)).toBe(true);
    expect(fastCompare(new Ratio(1200, 120), '>=', 10)).toBe(true);
    expect(fastCompare(new Ratio(1200, 120), '>', 10)).toBe(false);
    expect(fastCompare(new Ratio(1200, 120), '=', new Ratio(100, 10))).toBe(true);
    expect(fastCompare(new Ratio(-1, -3), '=', new Ratio(1, 3))).toBe(true);
    expect(fastCompare(Number.MAX_SAFE_INTEGER, '>', -Number.MAX_SAFE_INTEGER)).toBe(true); // the difference rounds, its sign does not
    expect(fastCompare(Number.MAX_SAFE_INTEGER, '>', Number.MAX_SAFE_INTEGER - 1)).toBe(true);
    expect(() => new Ratio(1, 0)).toThrow(RangeError);
  });
  it('property: numbers and ratios compare as the BigInt cross-multiplication, or decline when a product is unsafe', () => {
    fc.assert(fc.property(fc.oneof(scaledNum, ratio, smallRatio), fc.constantFrom(...OPS), fc.oneof(scaledNum, ratio, smallRatio), (a, op, b) => {
      const l = a.n * b.d;
      const r = b.n * a.d;
      const bothNumbers = typeof a.v === 'number' && typeof b.v === 'number';
      const want = !bothNumbers && (!safe(l) || !safe(r)) ? 'DECLINE' : orderOf(l < r ? -1 : l > r ? 1 : 0, op);
      expect(outcome(() => fastCompare(a.v, op, b.v))).toBe(want);
    }), { numRuns: 3000 });
  });
  it('strings (dates, codes) by order, booleans by = and != only', () => {
    fc.assert(fc.property(fc.string({ maxLength: 4 }), fc.constantFrom(...OPS), fc.string({ maxLength: 4 }), (a, op, b) => {
      expect(fastCompare(a, op, b)).toBe(orderOf(a < b ? -1 : a > b ? 1 : 0, op));
    }), { numRuns: 300 });
    expect(fastCompare('2020-02-29', '<', '2020-03-01')).toBe(true);
    expect(fastCompare(true, '=', true)).toBe(true);
    expect(fastCompare(true, '!=', false)).toBe(true);
    expect(fastCompare(false, '=', true)).toBe(false);
    for (const op of ['>', '>=', '<', '<='] as const) expect(outcome(() => fastCompare(true, op, false))).toBe('DECLINE');
  });
  it('mixed kinds, unknown and raw data decline', () => {
    const odd: FastValue[] = [UNKNOWN, {}, [1], null, '10', true];
    for (const a of odd) for (const b of [10, new Ratio(1, 2), 'x', false, UNKNOWN] as FastValue[]) {
      const sameKind = (typeof a === 'string' && typeof b === 'string') || (typeof a === 'boolean' && typeof b === 'boolean');
      if (!sameKind) for (const op of OPS) expect(outcome(() => fastCompare(a, op, b))).toBe('DECLINE');
    }
  });
});
