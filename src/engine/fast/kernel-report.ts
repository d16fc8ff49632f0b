import { Decimal } from '../../models/decimal';
import type { Label } from '../citation';
import type { Json, OutputType } from '../output-type';
import type { CriterionReport } from '../result';
import type { Outcome } from '../values';
import type { Decision } from './fast-policy';
import { Ratio, type FastValue } from './fast-value';
import { decline } from './scaled';
import { formatParts, partsText, quotientParts, quotientText, scaledParts, type DecimalParts } from './decimal-parts';

/**
 * The full result's side of the decision kernels (`emitFastModule` in full mode): a
 * kernel's values, exact scaled integers and fractions, printed as the general evaluator
 * prints its decimal.js values (`reportedValue`, `toOutputJson`), on integers
 * (`decimal-parts.ts`; the tests compare both on random values).
 *
 * A fraction is printed only where it is a single quotient of exact values (the emitter
 * proves it): decimal.js rounds a quotient correctly, so `n / (d x 10^k)` rounded once to
 * 40 digits is the general evaluator's quotient of the same two exact decimals. A quotient
 * of a quotient is rounded twice there, so the kernel declines it.
 *
 * @module
 */

/**
 * What a kernel asked for the full result gives: the decision, every reportable rule's
 * row, and the outputs (`{}` when not due), as the general evaluator's result has them.
 *
 * @example
 * const r: KernelResult = { status: 'eligible', criteria: [], failed: [], missing: [], outputs: {} };
 */
export interface KernelResult extends Decision {
  failed: string[];
  missing: string[];
  criteria: CriterionReport[];
  outputs: Record<string, Json>;
}

/**
 * A decision kernel generated ahead of time (`emitFastModule`): on a record of the compact
 * layout and a date in force, the decision, or with `full` the full result without trace;
 * `null` where it declines (the closures or the general evaluator then decide).
 *
 * @example
 * const kernel: Kernel = () => null; // declines everything
 */
export type Kernel = (facts: unknown, asOf: string, full?: boolean) => Decision | KernelResult | null;

/**
 * The digits of a number the kernel holds at scale `10^k`: a scaled integer exactly, a
 * fraction `n / d` as its quotient rounded once to 40 digits (only when `quotientOnce`,
 * else decline); anything else declines.
 *
 * @example
 * numberParts(1250, 2, true); // { neg: false, int: '12', frac: '5' }
 */
export function numberParts(v: FastValue, k: number, quotientOnce: boolean): DecimalParts {
  if (typeof v === 'number') return scaledParts(v, k);
  if (v instanceof Ratio && quotientOnce) return ratioParts(v.n, v.d, k);
  return decline();
}

/**
 * The digits of the fraction `n / d` at scale `10^k` (the value `n / (d x 10^k)`) rounded
 * once to 40 digits: on integers, or by decimal.js where the divisor is too large for them.
 *
 * @example
 * ratioParts(100, 3, 2).frac.length; // 40
 */
export function ratioParts(n: number, d: number, k: number): DecimalParts {
  const D = d * 10 ** k;
  const p = Number.isSafeInteger(D) ? quotientParts(n, D) : null;
  if (p) return p;
  const text = new Decimal(n).div(new Decimal(d).times(new Decimal(10).pow(k))).toString();
  const neg = text.startsWith('-');
  const [int, frac = ''] = (neg ? text.slice(1) : text).split('.');
  return { neg, int: int as string, frac };
}

/**
 * A criterion's reported value of a kernel value: texts and booleans as they are, numbers
 * as `reportedValue` prints the general evaluator's decimal (exact within 10 places, else
 * rounded half-up at 10).
 *
 * @example
 * reportedOf(new Ratio(100, 3), 2, true); // '0.3333333333'
 */
export function reportedOf(v: FastValue, k: number, quotientOnce: boolean): Json {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return formatParts(numberParts(v, k, quotientOnce), 0, 10);
}

/**
 * A reported value held in registers as a fraction `n / d` at scale `10^k`.
 *
 * @example
 * reportedRatio(100, 3, 2); // '0.3333333333'
 */
export function reportedRatio(n: number, d: number, k: number): Json {
  return quotientText(n, d * 10 ** k, 0, 10) ?? formatParts(ratioParts(n, d, k), 0, 10);
}

/**
 * An output's JSON of a kernel value by its declared type, as `toOutputJson` formats the
 * general evaluator's value; where it would throw (money not at the fen, a type that does
 * not match, a list or a record of a single value), the kernel declines.
 *
 * @example
 * outputOf(29334000, { type: 'money' }, 2, true); // '293340.00'
 */
export function outputOf(v: FastValue, type: OutputType, k: number, quotientOnce: boolean): Json {
  switch (type.type) {
    case 'nullable':
      return outputOf(v, type.of, k, quotientOnce);
    case 'boolean':
      return typeof v === 'boolean' ? v : decline();
    case 'date':
    case 'string':
      return typeof v === 'string' ? v : decline();
    case 'json':
      return typeof v === 'string' || typeof v === 'boolean' ? v : partsText(numberParts(v, k, quotientOnce));
    default:
      // numeric types; a list or a record declines in numericOutput (the kernel holds no such values)
      return numericOutput(numberParts(v, k, quotientOnce), type, typeof v === 'number' ? v / 10 ** k : undefined);
  }
}

/** A number's output by a numeric type (`whole`: its value when a scaled integer). */
function numericOutput(p: DecimalParts, type: OutputType, whole: number | undefined): Json {
  switch (type.type) {
    case 'money':
      return p.frac.length > 2 ? decline() : formatParts(p, 2, 2);
    case 'decimal':
      return formatParts(p, type.minScale ?? 0, type.maxScale ?? 40);
    case 'integer':
      return p.frac === '' && whole !== undefined ? whole : decline();
    case 'interval': {
      const text = partsText(p);
      return { lo: text, hi: text };
    }
    default:
      return decline();
  }
}

/**
 * An output's JSON of a fraction `n / d` held in registers.
 *
 * @example
 * outputRatio(1500, 120, { type: 'decimal', minScale: 4, maxScale: 10 }, 2); // '0.1250'
 */
export function outputRatio(n: number, d: number, type: OutputType, k: number): Json {
  if (type.type === 'decimal') {
    const text = quotientText(n, d * 10 ** k, type.minScale ?? 0, type.maxScale ?? 40);
    if (text !== null) return text;
  }
  return outputOf(new Ratio(n, d), type, k, true);
}

/**
 * What a criterion row always shows of its rule: the id, the formatted citation, the label.
 *
 * @example
 * const h: RowHead = { id: 'coreIp', cite: '国科发火〔2016〕32号 art. 11(2)', label: { zh: '核心知识产权', en: 'Owns core IP' } };
 */
export interface RowHead {
  id: string;
  cite?: string;
  label?: Label;
}

/**
 * A criterion row of the full result, its fields in the order the general evaluator writes
 * them (id, result, cite, label, values, reason).
 *
 * @example
 * row({ id: 'coreIp' }, 'pass', {}); // { id: 'coreIp', result: 'pass', values: {} }
 */
export function row(head: RowHead, result: string | undefined, values: Record<string, Json>, reason?: string): CriterionReport {
  const r = { id: head.id, result: result as Outcome } as CriterionReport;
  if (head.cite) r.cite = head.cite;
  if (head.label) r.label = head.label;
  r.values = values;
  if (reason) r.reason = reason;
  return r;
}
