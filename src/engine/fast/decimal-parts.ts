/**
 * Exact decimal digits of the kernels' values, computed on integers: a scaled integer
 * `n / 10^k`, and a quotient `n / D` rounded half-up to 40 significant digits, which is
 * what decimal.js (precision 40, `ROUND_HALF_UP`) gives for the quotient of two exact
 * decimals. Then the roundings and texts of the general formatting (`formatDecimalText`,
 * `toFixed`, `toString`), without building a decimal (about a microsecond each).
 *
 * @module
 */

/**
 * An exact decimal as digits: the sign, the integer digits (`'0'` for none) and the
 * fraction digits without trailing zeros.
 *
 * @example
 * const p: DecimalParts = { neg: true, int: '12', frac: '5' }; // -12.5
 */
export interface DecimalParts {
  neg: boolean;
  int: string;
  frac: string;
}

/** The largest divisor whose remainders stay exact when multiplied by 10. */
const MAX_DIVISOR = 900_719_925_474_099;
const PRECISION = 40;

/**
 * `floor(t / D)` of integers with `t < D x 10^c` and `D x 10^c` a safe integer (`10^c`
 * bounding the quotient): exact from the float quotient. The float rounds `t / D` to the
 * nearest double; to reach the next integer `m + 1` it would have to come within half an
 * ulp of it, about `(m + 1) x 2^-53`, while it stays at least `1 / D` below it; that needs
 * `D x (m + 1) >= 2^53`, and `D x (m + 1) <= D x 10^c < 2^53`.
 */
function quotientOf(t: number, D: number): number {
  return Math.floor(t / D);
}

/** The remainder left by the last {@link nextDigit}. */
let REST = 0;

/** The next decimal digit of `r / D` (`0 <= r < D`, `10 D` a safe integer), leaving `10r mod D` in `REST`. */
function nextDigit(r: number, D: number): number {
  const t = r * 10;
  const q = quotientOf(t, D);
  REST = t - q * D;
  return q;
}

function stripZeros(frac: string): string {
  // charCodeAt(-1) is NaN: the loop stops at the start
  let end = frac.length;
  while (frac.charCodeAt(end - 1) === 48) end--;
  return frac.slice(0, end);
}

/**
 * The digits of the scaled integer `n / 10^k` (exact).
 *
 * @example
 * scaledParts(-1250, 2); // { neg: true, int: '12', frac: '5' }
 */
export function scaledParts(n: number, k: number): DecimalParts {
  const neg = n < 0;
  const s = String(neg ? -n : n);
  const padded = s.length <= k ? '0'.repeat(k + 1 - s.length) + s : s;
  return { neg, int: padded.slice(0, padded.length - k), frac: stripZeros(padded.slice(padded.length - k)) };
}

/** Adds one unit in the last place of `int.frac` (digits only, no sign). */
function bumpLast(int: string, frac: string): { int: string; frac: string } {
  const digits = (int + frac).split('').map(Number);
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 9) digits[i--] = 0;
  if (i >= 0) digits[i] = (digits[i] as number) + 1;
  else digits.unshift(1);
  const all = digits.join('');
  const cut = all.length - frac.length;
  return { int: all.slice(0, cut), frac: all.slice(cut) };
}

/**
 * The digits of `n / D` rounded half-up (away from zero on a tie) to 40 significant
 * digits, as decimal.js divides at precision 40; `null` when `D` is not a positive integer
 * up to about 9 x 10^14 (the remainders would leave the exact integers).
 *
 * @example
 * quotientParts(1, 3)?.frac.length; // 40
 * quotientParts(-1, 8); // { neg: true, int: '0', frac: '125' }
 */
export function quotientParts(n: number, D: number): DecimalParts | null {
  if (!(D > 0 && D <= MAX_DIVISOR && Number.isInteger(D) && Number.isSafeInteger(n))) return null;
  const neg = n < 0;
  const a = neg ? -n : n;
  let r = a % D;
  const ip = (a - r) / D;
  const int = String(ip);
  let sig = ip === 0 ? 0 : int.length;
  let frac = '';
  while (r !== 0 && sig < PRECISION) {
    const digit = nextDigit(r, D);
    r = REST;
    frac += String.fromCharCode(48 + digit);
    if (sig > 0 || digit !== 0) sig++;
  }
  // the digit after the 40th decides (half-up on the magnitude; none left reads as 0)
  if (nextDigit(r, D) >= 5) {
    const up = bumpLast(int, frac);
    return { neg, int: up.int, frac: stripZeros(up.frac) };
  }
  return { neg, int, frac: stripZeros(frac) };
}

/**
 * The digits rounded half-up (away from zero on a tie) to `places` decimal places.
 *
 * @example
 * roundParts({ neg: false, int: '0', frac: '12345' }, 4); // { neg: false, int: '0', frac: '1235' }
 */
export function roundParts(p: DecimalParts, places: number): DecimalParts {
  if (p.frac.length <= places) return p;
  const kept = p.frac.slice(0, places);
  if (p.frac.charCodeAt(places) < 53) return { neg: p.neg, int: p.int, frac: stripZeros(kept) };
  const up = bumpLast(p.int, kept);
  return { neg: p.neg, int: up.int, frac: stripZeros(up.frac) };
}

/** Whether the digits are zero (a negative zero prints without its sign). */
function isZero(p: DecimalParts): boolean {
  return p.frac === '' && p.int === '0';
}

/**
 * The text decimal.js's `toString` gives (no exponent within 10^±40): the sign unless
 * zero, the integer digits, and the fraction digits if any.
 *
 * @example
 * partsText({ neg: true, int: '12', frac: '5' }); // '-12.5'
 */
export function partsText(p: DecimalParts): string {
  const body = p.frac ? `${p.int}.${p.frac}` : p.int;
  return p.neg && !isZero(p) ? `-${body}` : body;
}

/**
 * `formatDecimalText` on digits: exact with at least `minScale` places, rounded half-up
 * at `maxScale` when it has more.
 *
 * @example
 * formatParts({ neg: false, int: '0', frac: '05' }, 4, 10); // '0.0500'
 */
export function formatParts(p: DecimalParts, minScale: number, maxScale: number): string {
  return paddedText(roundParts(p, maxScale), minScale);
}

/** {@link partsText} with zeros added up to `minScale` places (as `formatDecimalText` pads). */
function paddedText(p: DecimalParts, minScale: number): string {
  const dp = p.frac.length;
  const text = partsText(p);
  return dp >= minScale ? text : `${text}${dp === 0 ? '.' : ''}${'0'.repeat(minScale - dp)}`;
}

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * `formatParts(quotientParts(n, D), minScale, maxScale)` computed with only `maxScale + 1`
 * fraction digits (`maxScale + 2` after a 4), a few at a time, as one integer: the 40-digit
 * rounding cannot change the `maxScale` rounding unless the digit after `maxScale` is a 4
 * followed by a 9, and then (or when `maxScale` passes 13, or `D` is out of range) it
 * returns `null` for the exact path.
 *
 * @example
 * quotientText(1, 3, 0, 10); // '0.3333333333'
 * quotientText(2, 3, 4, 10); // '0.6666666667'
 */
export function quotientText(n: number, D: number, minScale: number, maxScale: number): string | null {
  // maxScale + 1 <= 14 places, while the 40-digit rounding keeps at least 40 - 16 (the integer
  // part of a safe integer's quotient has at most 16 digits): it rounds after the guard digit
  if (!(D > 0 && D <= MAX_DIVISOR && Number.isInteger(D) && Number.isSafeInteger(n)) || maxScale > 13) return null;
  const neg = n < 0;
  const a = neg ? -n : n;
  let r = a % D;
  let ip = (a - r) / D;
  // digits per step: as many as keep r x 10^c exact (at least one, as MAX_DIVISOR allows)
  let c = 1;
  while (c < 14 && D * POW10[c + 1]! <= Number.MAX_SAFE_INTEGER) c++;
  // g: the first maxScale + 1 fraction digits, as an integer
  let g = 0;
  for (let left = maxScale + 1; left > 0 && r !== 0; ) {
    const step = left < c ? left : c;
    const t = r * POW10[step]!;
    const q = quotientOf(t, D);
    g = g * POW10[step]! + q;
    r = t - q * D;
    left -= step;
    if (r === 0) g *= POW10[left]!;
  }
  const guard = g % 10;
  // a 4 becomes a 5 only if the 40-digit rounding carries into it: the digits after it up to
  // the 40th all nines; the next digit is a 9 when 10r >= 9D (both exact: 10D is a safe integer)
  if (guard === 4 && r !== 0 && r * 10 >= 9 * D) return null;
  let f = (g - guard) / 10;
  if (guard >= 5 && ++f === POW10[maxScale]) {
    f = 0;
    ip++;
  }
  return paddedText({ neg, int: String(ip), frac: stripZeros(String(f).padStart(maxScale, '0')) }, minScale);
}
