import { Decimal } from './decimal';

/**
 * Reading plain decimal notation (`"1234.50"`, `"-3"`, `"0.05"`) into a {@link Decimal} in
 * one pass over the characters: the check the models' regular expressions make and the
 * value decimal.js would parse, without decimal.js's second scan of the text (a second
 * regular expression, `replace`, `search` and a `slice` per 7-digit word). Validation of
 * an Enterprise record parses about twenty amounts, so this is most of what building its
 * decimals costs.
 *
 * The result is the value `new Decimal(text)` builds, field for field: the sign `s`, the
 * exponent `e` and the base-10^7 digit words `d` (decimal.js's documented instance
 * properties), set on an instance made by the same constructor, so it has the same
 * properties in the same order (`test/models/plain-decimal.test.ts` compares them on
 * generated texts). A string keeps all its digits in decimal.js (no rounding to the
 * precision happens when parsing), and so here.
 *
 * @module
 */

/** Digits per word of decimal.js's digit array (its `LOG_BASE`). */
const WORD = 7;

const ZERO_CODE = 48;
const DOT = 46;
const MINUS = 45;

/**
 * Whether `text` is plain decimal notation: an optional minus (when `signed`), one or more
 * ASCII digits, and optionally a point followed by one or more digits. Exactly the
 * regular expressions `^-?\d+(\.\d+)?$` (signed) and `^\d+(\.\d+)?$`.
 *
 * @example
 * isPlainDecimal('1234.50', false); // true
 * isPlainDecimal('-3', false); // false
 * isPlainDecimal('1e3', true); // false
 */
export function isPlainDecimal(text: string, signed: boolean): boolean {
  return pointOf(text, signed ? 1 : 0) !== -2;
}

/**
 * Where the point of plain notation sits (`text.length` when there is none), or `-2` when
 * the text is not plain notation. `minus` is 1 when a leading minus is allowed.
 */
function pointOf(text: string, minus: 0 | 1): number {
  const n = text.length;
  // (`charCodeAt` past the end is NaN, so an empty text needs no check of its own)
  let i = minus === 1 && text.charCodeAt(0) === MINUS ? 1 : 0;
  const start = i;
  let point = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      // one point, with a digit on each side
      if (point !== -1 || i === start || i === n - 1) return -2;
      point = i;
    } else if (c < ZERO_CODE || c > ZERO_CODE + 9) return -2;
  }
  if (i === start) return -2;
  return point === -1 ? n : point;
}

/**
 * The decimal of plain notation (see {@link isPlainDecimal}), equal to `new Decimal(text)`
 * in sign, exponent and digits; `undefined` when `text` is not plain notation. A minus is
 * read only when `signed`.
 *
 * @example
 * plainDecimal('76049592.75', false)?.toString(); // '76049592.75'
 * plainDecimal('-0.050', true)?.toString(); // '-0.05'
 * plainDecimal('1,000', true); // undefined
 */
export function plainDecimal(text: string, signed: boolean): Decimal | undefined {
  const point = pointOf(text, signed ? 1 : 0);
  if (point === -2) return undefined;
  const negative = text.charCodeAt(0) === MINUS;
  const n = text.length;
  // the significant digits run from `first` to `last` (character positions), skipping the point
  let first = negative ? 1 : 0;
  while (first < n && (text.charCodeAt(first) === ZERO_CODE || first === point)) first++;
  let last = n - 1;
  while (last >= first && (text.charCodeAt(last) === ZERO_CODE || last === point)) last--;
  // made by the constructor, so it has the properties of any other instance in their order
  const x = new Decimal(0);
  // decimal.js declares its fields read-only; this is the one place that writes them
  const w = x as unknown as { s: number; e: number; d: number[] };
  w.s = negative ? -1 : 1;
  if (first > last) {
    w.e = 0;
    w.d = [0];
    return x;
  }
  // the exponent of the first significant digit
  const e = first < point ? point - first - 1 : point - first;
  w.e = e;
  const words: number[] = [];
  // the first word holds the digits down to the exponent's multiple of 7, as in decimal.js
  let room = (e + 1) % WORD;
  if (room <= 0) room += WORD;
  let word = 0;
  for (let i = first; i <= last; i++) {
    if (i === point) continue;
    word = word * 10 + (text.charCodeAt(i) - ZERO_CODE);
    if (--room === 0) {
      words.push(word);
      word = 0;
      room = WORD;
    }
  }
  if (room !== WORD) {
    // the last word is padded with zeros to its full width
    for (; room > 0; room--) word *= 10;
    words.push(word);
  }
  w.d = words;
  return x;
}
