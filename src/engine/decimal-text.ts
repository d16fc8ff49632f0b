import type { Decimal } from '../models/decimal';
import { roundTo } from '../models/rounding';

/**
 * Decimal formatting with the roundings remembered for the decimals rounded most recently.
 *
 * One evaluation formats the same ratio twice: as a criterion's reported value and as an
 * output, both rounded half-up at 10 places. Rounding a 40-digit quotient allocates a new
 * decimal and costs about six times its `toString`, so the last roundings are kept, by
 * identity (decimals are immutable: the same object always rounds the same way). Values
 * that need no rounding are printed directly. `decimalText` remembers the last four texts:
 * while tracing, a quotient is printed for its division step and at once again as its
 * definition's value, a window sum as its definition's value and then as a numerator (a
 * quarter of the texts of a traced record repeat one of the last four; a longer memory
 * catches few more and costs a comparison per entry on every call).
 *
 * @module
 */

const TEXTS = 4;
const textKeys: (Decimal | null)[] = [null, null, null, null];
const textValues: string[] = ['', '', '', ''];
let textNext = 0;

/**
 * `d.toString()`, remembered for the last four decimals printed.
 *
 * @example
 * decimalText(new Decimal('0.50')); // '0.5'
 */
export function decimalText(d: Decimal): string {
  for (let i = 0; i < TEXTS; i++) if (textKeys[i] === d) return textValues[i] as string;
  const t = d.toString();
  textKeys[textNext] = d;
  textValues[textNext] = t;
  textNext = (textNext + 1) & (TEXTS - 1);
  return t;
}

const SIZE = 8;
const MASK = SIZE - 1;

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
  let dp = d.decimalPlaces();
  if (dp <= maxScale) {
    // within the configured exponent limits (1e-40, 1e40) toString is toFixed(dp) and ~5x cheaper
    text = d.e > -40 && d.e < 40 ? d.toString() : d.toFixed(dp);
  } else {
    for (let i = 0; i < SIZE; i++) {
      if (roundKeys[i] === d && roundScales[i] === maxScale) {
        text = roundTexts[i] as string;
        dp = roundPlaces[i] as number;
        break;
      }
    }
    if (text === undefined) {
      const r = roundTo(d, maxScale, 'half-up');
      dp = r.decimalPlaces();
      text = r.e > -40 && r.e < 40 ? r.toString() : r.toFixed(dp);
      roundKeys[roundNext] = d;
      roundScales[roundNext] = maxScale;
      roundTexts[roundNext] = text;
      roundPlaces[roundNext] = dp;
      roundNext = (roundNext + 1) & MASK;
    }
  }
  return dp >= minScale ? text : `${text}${dp === 0 ? '.' : ''}${'0'.repeat(minScale - dp)}`;
}
