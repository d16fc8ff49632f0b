import { isDecimal, type Decimal } from '../../models/decimal';
import { decimalToScaled, DECLINE, pow10 } from './scaled';

/**
 * The compact layout of a record for the decision fast path: the same tree of plain
 * objects and lists, with every number already an exact integer at the policy's scale
 * `10^k` (a decimal `123.45` at `k = 2` is `12345`, a head count `15` is `1500`). Converting
 * once and deciding many times (several dates, a policy and its edited copy) skips the
 * per-read conversion and reads small objects instead of decimal.js values.
 *
 * Nothing is approximated: a number the scale cannot hold exactly (more decimals than `k`,
 * beyond 2^53, not finite) and any object that is not plain data become
 * {@link UNREPRESENTABLE}, and the fast path declines whenever it touches one.
 *
 * @module
 */

/**
 * A value the compact layout cannot hold exactly; reading it (or through it) declines, so
 * the record is decided by the general evaluator from its original facts.
 *
 * @example
 * toScaledFacts(new Decimal('0.125'), 2) === UNREPRESENTABLE; // true
 */
export const UNREPRESENTABLE: { readonly unrepresentable: true } = Object.freeze({ unrepresentable: true as const });

/** `raw x 10^k`, or {@link UNREPRESENTABLE} when that is not an exact safe integer. */
function scaledNumber(raw: number, S: number): number | typeof UNREPRESENTABLE {
  if (!Number.isSafeInteger(raw)) return UNREPRESENTABLE;
  const r = raw * S;
  return Number.isSafeInteger(r) ? r : UNREPRESENTABLE;
}

/** A decimal at scale `k`, or {@link UNREPRESENTABLE}. */
function scaledDecimal(raw: Decimal, k: number): number | typeof UNREPRESENTABLE {
  try {
    return decimalToScaled(raw, k);
  } catch (e) {
    if (e === DECLINE) return UNREPRESENTABLE;
    throw e;
  }
}

/**
 * The prototype of every record of the compact layout: empty, frozen, with no prototype of
 * its own, so reading any key of a layout record finds only its own fields (no inherited
 * `toString`, no polluted `Object.prototype`). Compiled readers rely on it to read a field
 * without an own-property check.
 *
 * @example
 * Object.getPrototypeOf(toScaledFacts({ a: 1 }, 2)) === LAYOUT_PROTO; // true
 */
export const LAYOUT_PROTO: object = Object.freeze(Object.create(null) as object);

/**
 * The constructor of layout records. Records made by one constructor get V8's in-object
 * slack tracking: every field sits inside the record (no separate property store to reach),
 * which matters when a screening reads a large population from memory.
 */
const LayoutRecord = function LayoutRecord(): void {} as unknown as new () => Record<string, unknown>;
LayoutRecord.prototype = LAYOUT_PROTO;

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Converts raw or parsed facts to the compact layout at scale `10^k`: decimals and whole
 * JS numbers scaled, booleans, strings (short ones shared, unless `share` is false: a
 * record converted for one evaluation and dropped), `null` and `undefined` as they are,
 * plain objects and lists converted item by item (own enumerable keys; `__proto__` stays
 * an own key), records with the prototype {@link LAYOUT_PROTO}.
 *
 * @example
 * toScaledFacts({ stStaff: 15, fin: [{ year: 2019, sales: new Decimal('40000000.00') }] }, 2);
 * // { stStaff: 1500, fin: [{ year: 201900, sales: 4000000000 }] }
 */
export function toScaledFacts(raw: unknown, k: number, share = true): unknown {
  return convert(raw, k, pow10(k), share);
}

/**
 * Short texts (dates, codes) shared across records: one string per content, so the fast
 * path's per-date and per-date-text caches find them by identity instead of hashing and
 * comparing each record's own copy.
 */
const TEXTS = new Map<string, string>();

function intern(text: string): string {
  if (text.length > 32) return text;
  const hit = TEXTS.get(text);
  if (hit !== undefined) return hit;
  if (TEXTS.size >= 100_000) TEXTS.clear();
  TEXTS.set(text, text);
  return text;
}

function convert(raw: unknown, k: number, S: number, share: boolean): unknown {
  if (typeof raw === 'string') return share ? intern(raw) : raw;
  if (raw === undefined || raw === null || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return scaledNumber(raw, S);
  if (typeof raw !== 'object') return UNREPRESENTABLE;
  if (Array.isArray(raw)) {
    const out = new Array<unknown>(raw.length);
    for (let i = 0; i < raw.length; i++) if (i in raw) out[i] = convert(raw[i], k, S, share);
    return out;
  }
  if (isDecimal(raw)) return scaledDecimal(raw, k);
  if (!isPlainObject(raw)) return UNREPRESENTABLE;
  const out = new LayoutRecord();
  for (const key of Object.keys(raw)) {
    const v = convert((raw as Record<string, unknown>)[key], k, S, share);
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else {
      // null first: V8 then gives the field a tagged representation, so a large number is
      // stored as its own immutable box, which a kernel reads as it is; a field that held
      // numbers from the start stores doubles unboxed, and every read that needs a value
      // allocates a new box (about 64 bytes a decision on cn.hnte.2016, see performance.md)
      out[key] = null;
      out[key] = v;
    }
  }
  return out;
}
