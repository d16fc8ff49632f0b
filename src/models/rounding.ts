import DecimalJs from 'decimal.js';
import type { Decimal } from './decimal';

/**
 * Rounding modes, named as the law and accountants name them.
 * - `half-up`: half away from zero (四舍五入), the default for money.
 * - `half-even`: banker's rounding.
 * - `down`: towards zero (truncate, 舍去).
 * - `up`: away from zero (进位).
 * - `floor` / `ceil`: towards -infinity / +infinity.
 *
 * @example
 * const mode: RoundingMode = 'half-up';
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up' | 'floor' | 'ceil';

/** Every rounding mode, in a stable order. @example ROUNDING_MODES.includes('down'); // true */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'down', 'up', 'floor', 'ceil'];

const MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  floor: DecimalJs.ROUND_FLOOR,
  ceil: DecimalJs.ROUND_CEIL,
};

/**
 * Rounds `x` to `scale` decimal places with an explicit mode.
 *
 * @example
 * roundTo(new Decimal('2.345'), 2, 'half-up').toFixed(2); // '2.35'
 * roundTo(new Decimal('2.349'), 2, 'down').toFixed(2); // '2.34'
 */
export function roundTo(x: Decimal, scale: number, mode: RoundingMode): Decimal {
  return x.toDecimalPlaces(scale, MODE[mode]);
}

/**
 * Rounds to the fen (2 places) half-up: the default for money (DESIGN §4.1).
 *
 * @example
 * toFen(new Decimal('1.005')).toFixed(2); // '1.01'
 */
export function toFen(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
}

/**
 * Formats money as a string with exactly two decimals. The value must already be at
 * the fen: formatting never rounds silently.
 *
 * @example
 * formatMoney(new Decimal('293340')); // '293340.00'
 */
export function formatMoney(x: Decimal): string {
  if (x.decimalPlaces() > 2) throw new RangeError(`money ${x.toString()} is not rounded to the fen`);
  return x.toFixed(2);
}
