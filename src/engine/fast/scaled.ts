import type { Decimal } from '../../models/decimal';

/**
 * Exact integer arithmetic on scaled values, the number side of the decision fast path.
 *
 * A value `v` with at most `k` decimals is held as the JS integer `v x 10^k` (`k` is fixed
 * per compiled policy). Every operation checks that its result is a safe integer
 * (`|n| <= 2^53 - 1`): a float result is the exact result rounded, and rounding is
 * monotonic, so a true result beyond the safe range always shows up as an unsafe float and
 * is detected. Whatever cannot be represented throws {@link DECLINE}, and the caller falls
 * back to decimal.js. No value is ever approximated.
 *
 * @module
 */

/**
 * Thrown (never returned) when the fast path cannot decide a record exactly: the caller
 * evaluates the record with the general decimal evaluator instead.
 *
 * @example
 * try { throw DECLINE; } catch (e) { e === DECLINE; } // true
 */
export const DECLINE: { readonly declined: true } = Object.freeze({ declined: true as const });

/**
 * Throws {@link DECLINE}.
 *
 * @example
 * const fallback = (): never => decline(); // the record goes to the general evaluator
 */
export function decline(): never {
  throw DECLINE;
}

/**
 * `a + b` on safe integers, exactly, or {@link DECLINE}.
 *
 * @example
 * safeAdd(1, 2); // 3
 * safeAdd(2 ** 53 - 1, 1); // throws DECLINE
 */
export function safeAdd(a: number, b: number): number {
  const r = a + b;
  return Number.isSafeInteger(r) ? r : decline();
}

/**
 * `a - b` on safe integers, exactly, or {@link DECLINE}.
 *
 * @example
 * safeSub(1, 3); // -2
 */
export function safeSub(a: number, b: number): number {
  const r = a - b;
  return Number.isSafeInteger(r) ? r : decline();
}

/**
 * `a x b` on safe integers, exactly, or {@link DECLINE}.
 *
 * @example
 * safeMul(1_000_000, 1_000_000); // 1000000000000
 * safeMul(2 ** 30, 2 ** 30); // throws DECLINE
 */
export function safeMul(a: number, b: number): number {
  const r = a * b;
  return Number.isSafeInteger(r) ? r : decline();
}

const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * `10^k` for `0 <= k <= 15` (exact in a double).
 *
 * @example
 * pow10(2); // 100
 */
export function pow10(k: number): number {
  const p = POW10[k];
  if (p === undefined) throw new RangeError(`pow10: ${k} is outside 0..15`);
  return p;
}

function digitsOf(word: number): number {
  return word < 10 ? 1 : word < 100 ? 2 : word < 1000 ? 3 : word < 10_000 ? 4 : word < 100_000 ? 5 : word < 1_000_000 ? 6 : 7;
}

/**
 * A decimal.js value times `10^k` as a safe integer, read from its documented instance
 * fields (`d`: base-10^7 digit words, `e`: exponent, `s`: sign) without allocating; or
 * {@link DECLINE} when it has more than `k` decimals or is out of the safe range.
 *
 * @example
 * decimalToScaled(new Decimal('123.45'), 2); // 12345
 * decimalToScaled(new Decimal('0.125'), 2); // throws DECLINE
 */
export function decimalToScaled(x: Decimal, k: number): number {
  const d = x.d as number[] | null;
  if (!d) return decline();
  const first = d[0] as number;
  if (first === 0) return 0;
  // word i (base 10^7) ends at the decimal exponent e - len(word 0) + 1 - 7i; scaled by 10^k
  let ex = x.e - digitsOf(first) + 1 + k;
  let n = 0;
  for (let i = 0; i < d.length; i++, ex -= 7) {
    const w = d[i] as number;
    if (w === 0) continue;
    if (ex >= 0) n += ex > 15 ? decline() : safeMul(w, pow10(ex));
    else {
      // a word below the scale must be a whole number of units (integer modulo on small integers)
      if (ex < -7) return decline();
      const q = pow10(-ex);
      if (w % q !== 0) return decline();
      n += w / q;
    }
  }
  // every term is non-negative and exact: an unsafe sum shows as an unsafe float
  if (!Number.isSafeInteger(n)) return decline();
  return x.s < 0 ? -n : n;
}

/**
 * A finite JS number (a head count, a year) times `10^k`, when both are exact integers.
 *
 * @example
 * numberToScaled(15, 2); // 1500
 * numberToScaled(0.5, 2); // throws DECLINE (the general path reads it through its shortest text)
 */
export function numberToScaled(v: number, k: number): number {
  return Number.isSafeInteger(v) ? safeMul(v, pow10(k)) : decline();
}

/**
 * A decimal literal of policy data (`"0.05"`, `"-12"`) times `10^k`, or `null` when it has
 * more than `k` decimals or is out of the safe range.
 *
 * @example
 * literalToScaled('0.05', 4); // 500
 * literalToScaled('0.00001', 4); // null
 */
export function literalToScaled(text: string, k: number): number | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > k) return null;
  const digits = `${m[2] as string}${frac.padEnd(k, '0')}`.replace(/^0+(?=\d)/, '');
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || digits.length > 16) return null;
  return m[1] === '-' && n !== 0 ? -n : n;
}

/**
 * The number of decimals the fast path uses for a policy: the most any decimal literal in
 * its data has (`"0.05"` has 2), at least 2 (money at the fen), at most `max`. Literals
 * with more decimals than the chosen scale are simply not taken by the fast path.
 *
 * @example
 * scaleFor({ parameters: { min: { versions: [{ value: '0.035' }] } } }); // 3
 */
export function scaleFor(policyData: unknown, max = 6): number {
  let k = 2;
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const m = /^-?\d+\.(\d+)$/.exec(v);
      if (m) k = Math.max(k, Math.min(max, (m[1] as string).replace(/0+$/, '').length));
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(policyData);
  return k;
}
