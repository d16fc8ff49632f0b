import type { Decimal } from '../models/decimal';
import { roundTo } from '../models/rounding';

/**
 * Decimal-to-text conversions remembered for the decimals formatted most recently.
 *
 * One evaluation formats the same decimal several times: a ratio is a division step's
 * value, its definition's value, a criterion's reported value and an output; a window sum
 * is a definition's value and the numerator of a division; a parameter or band yield is
 * the same object for every record. decimal.js rebuilds the text each time (and rounding
 * allocates a new decimal), so the last few conversions are kept, by identity. Decimals
 * are immutable, so the text of the same object never changes.
 *
 * @module
 */

const SIZE = 16;
const MASK = SIZE - 1;

/** The last texts (`toString`), by decimal identity: a small ring, scanned linearly. */
const textKeys: (Decimal | null)[] = new Array<Decimal | null>(SIZE).fill(null);
const textValues: string[] = new Array<string>(SIZE).fill('');
let textNext = 0;

/**
 * `d.toString()`, remembered for the decimals converted most recently.
 *
 * @example
 * decimalText(new Decimal('0.50')); // '0.5'
 */
export function decimalText(d: Decimal): string {
  for (let i = 0; i < SIZE; i++) if (textKeys[i] === d) return textValues[i] as string;
  const t = d.toString();
  textKeys[textNext] = d;
  textValues[textNext] = t;
  textNext = (textNext + 1) & MASK;
  return t;
}

/** The last roundings at a maximum scale, by decimal identity and scale: the text and its decimal places. */
const roundKeys: (Decimal | null)[] = new Array<Decimal | null>(SIZE).fill(null);
const roundScales: number[] = new Array<number>(SIZE).fill(-1);
const roundTexts: string[] = new Array<string>(SIZE).fill('');
const roundPlaces: number[] = new Array<number>(SIZE).fill(0);
let roundNext = 0;

/**
 * Formats a decimal exactly with at least `minScale` places; when it has more than
 * `maxScale` places (a non-terminating ratio) it is rounded half-up there. The rounded
 * text is remembered for the decimals formatted most recently (the padding to `minScale`
 * is applied per call).
 *
 * @example
 * formatDecimalText(new Decimal('0.125'), 4, 10); // '0.1250'
 * formatDecimalText(new Decimal(1).div(3), 0, 10); // '0.3333333333'
 */
export function formatDecimalText(d: Decimal, minScale: number, maxScale: number): string {
  let text: string | undefined;
  let dp = 0;
  for (let i = 0; i < SIZE; i++) {
    if (roundKeys[i] === d && roundScales[i] === maxScale) {
      text = roundTexts[i] as string;
      dp = roundPlaces[i] as number;
      break;
    }
  }
  if (text === undefined) {
    const r = d.decimalPlaces() > maxScale ? roundTo(d, maxScale, 'half-up') : d;
    dp = r.decimalPlaces();
    // within the configured exponent limits (1e-40, 1e40) toString is toFixed(dp) and ~5x cheaper
    text = r.e > -40 && r.e < 40 ? r.toString() : r.toFixed(dp);
    roundKeys[roundNext] = d;
    roundScales[roundNext] = maxScale;
    roundTexts[roundNext] = text;
    roundPlaces[roundNext] = dp;
    roundNext = (roundNext + 1) & MASK;
  }
  return dp >= minScale ? text : `${text}${dp === 0 ? '.' : ''}${'0'.repeat(minScale - dp)}`;
}
