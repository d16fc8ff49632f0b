import DecimalJs from 'decimal.js';

/**
 * The generators' decimal: decimal.js with the project's settings (40 significant
 * digits, half-up), imported from the package's dependency rather than from `src/`, so the
 * generator shipped in `examples/seed` runs from an installed package too.
 *
 * @example
 * new Decimal('0.1').plus('0.2').toString(); // '0.3'
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

/**
 * A generator decimal value.
 *
 * @example
 * const x: Decimal = new Decimal('16500000');
 */
export type Decimal = DecimalJs;
