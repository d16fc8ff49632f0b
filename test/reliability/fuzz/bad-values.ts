import fc from 'fast-check';
import { RawJson } from './raw-json';

const nest = (open: string, close: string, depth: number, leaf = '1') => new RawJson(open.repeat(depth) + leaf + close.repeat(depth));

/** Hand-picked malformed values: the classics of bad spreadsheets and bad exports. */
export const FIXED_BAD_VALUES: readonly unknown[] = [
  // wrong types
  null, true, false, 0, 1, -1, 1.5, '', ' ', 'abc', [], {}, [1, 2], { a: 1 }, ['2020-01-01'],
  // numbers as text that are not numbers, or not in the form the models read
  'NaN', 'nan', 'Infinity', '-Infinity', '+Infinity', 'infinity', '1e5', '1E-7', '0x10', '0b1', '0o7', '1_000', '1,000', '1 000', ' 12 ', '12.', '.5', '+5', '--5',
  '１２３', '١٢٣', '5元', '¥100', '50%', 'true', 'false', 'null', 'undefined', '{}', '[]',
  // huge, tiny and special numbers (JSON text kept as written)
  new RawJson('1e400'), new RawJson('-1e400'), new RawJson('1e-400'), new RawJson('-0'), new RawJson('5e-324'), new RawJson('1.7976931348623157e308'),
  new RawJson('9007199254740993'), new RawJson('123456789012345678901234567890'), new RawJson(`1${'0'.repeat(400)}`), new RawJson(`0.${'0'.repeat(400)}1`),
  Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 1e-7, 0.1, 0.30000000000000004,
  `1${'0'.repeat(400)}`, `-${'9'.repeat(100)}`, `0.${'0'.repeat(100)}1`, '1e999999999', '1e-999999999', '9'.repeat(5000),
  // negative counts and amounts
  -5, '-5', '-0', '-0.00', '-1e3', -0.01,
  // dates that do not exist or are not plain dates
  '2019-02-30', '2019-02-29', '2021-02-29', '2100-02-29', '2019-04-31', '2019-13-01', '2019-00-10', '2019-01-00', '2019-01-32', '0000-01-01', '9999-12-31',
  '+002020-01-01', '-000001-01-01', '2020-1-1', '2020/01/01', '2020-01-01T00:00:00Z', '2020-01-01T23:59:59+14:00', '2020-01-01 ', '20200101', '2020-W01-1',
  '2020年1月1日', 'yesterday', '1577836800', 1577836800, 20200101,
  // strings that trouble writers and terminals
  'a\nb', 'a\r\nb', 'a,b', '"quoted"', "it's", '\t', '\u0000', '\u2028', '\ud800', '\udfff', '\ufeff', '‮RTL', '😀'.repeat(50), 'x'.repeat(10_000),
  // prototype-pollution shapes (own keys, as JSON.parse makes them)
  new RawJson('{"__proto__":{"polluted":true}}'), new RawJson('{"constructor":{"prototype":{"polluted":true}}}'), new RawJson('{"prototype":{"polluted":true}}'),
  new RawJson('[{"__proto__":{"year":2019}}]'), '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

/** Values the models accept at their extremes: they reach the building blocks. */
export const EDGE_VALUES: readonly unknown[] = [
  '0', 0, '0.00', '0.01', '1', 1, '1e20', '99999999999999999999.99', '100000000000000000000', '0.0000000001', '0.9999999999', '1.5', '100', 100, 9_007_199_254_740_991,
  '9007199254740991', 1200, 1201, 2, 12, 300, 301, 1000, '5000000', '5000000.01', '4999999.99',
  '0001-01-01', '1000-01-01', '1899-12-31', '1970-01-01', '2000-02-29', '2019-12-31', '2020-01-24', '2020-02-29', '2020-06-30', '2020-12-31', '2021-02-28', '2099-12-31', '9999-12-28', '9999-12-31',
  'micro', 'small', 'medium', 'large', 'new', 'extension', 'renewal', 'approved', 'rejected', 'pending', '650100', '000000', '999999',
];

/** Dates for the date fields of a record: calendar ends, leap days, days that do not exist. */
export const EDGE_DATES: readonly string[] = [
  '0001-01-01', '0001-12-31', '1899-12-31', '1900-02-28', '1900-02-29', '1970-01-01', '2000-02-29', '2016-02-29', '2019-02-28', '2019-02-29', '2019-03-01', '2020-01-23', '2020-01-24',
  '2020-01-25', '2020-02-29', '2020-03-08', '2020-06-30', '2020-07-01', '2020-12-31', '2021-02-28', '2100-02-28', '2100-02-29', '9998-12-31', '9999-01-01', '9999-10-31', '9999-12-31', '10000-01-01', '0000-12-31',
];

/** Keys that must stay plain data when a record carries them as its own. */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toJSON', 'then', 'length'];

const dateText = fc
  .tuple(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const deep = fc.tuple(fc.integer({ min: 10, max: 2000 }), fc.boolean()).map(([depth, arr]) => (arr ? nest('[', ']', depth) : nest('{"a":', '}', depth)));

const hugeDigits = fc.tuple(fc.integer({ min: 16, max: 2000 }), fc.constantFrom('', '-', '0.'), fc.constantFrom('', 'e308', 'e-308', 'e99999')).map(
  ([n, sign, exp]) => `${sign}${'7'.repeat(n)}${exp}`,
);

const lonely = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 });

/**
 * A malformed value: one of {@link FIXED_BAD_VALUES}, a calendar-shaped date that may not
 * exist, a huge or negative number, deep nesting, any JSON value, or an odd string.
 *
 * @example
 * fc.sample(badValue(), 3); // e.g. ['2019-02-30', -12, RawJson('[[[…]]]')]
 */
export function badValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FIXED_BAD_VALUES) },
    { weight: 4, arbitrary: fc.constantFrom(...EDGE_VALUES) },
    { weight: 2, arbitrary: dateText },
    { weight: 1, arbitrary: fc.integer({ min: -1_000_000_000, max: -1 }) },
    { weight: 1, arbitrary: fc.integer({ min: -1000, max: -1 }).map(String) },
    { weight: 1, arbitrary: hugeDigits.map((t) => new RawJson(t)) },
    { weight: 1, arbitrary: hugeDigits },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: deep },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: lonely },
  );
}
