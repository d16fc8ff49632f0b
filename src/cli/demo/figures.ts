import { Decimal, formatMoney, groupThousands, roundTo, type Json, type Lang } from '../../index';

/**
 * A JSON money or decimal output (`"293340.00"`) as a Decimal; `null`, absent or
 * non-decimal values are an error (the demo only reads values its rules computed).
 *
 * @example
 * dec('293340.00').toFixed(2); // '293340.00'
 */
export function dec(value: Json | undefined): Decimal {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return new Decimal(value);
  if (typeof value === 'number' && Number.isInteger(value)) return new Decimal(value);
  throw new TypeError(`expected a decimal output, got ${JSON.stringify(value)}`);
}

/**
 * Yuan with thousands separators and two decimals.
 *
 * @example
 * yuanText(new Decimal('293340000')); // '293,340,000.00'
 */
export function yuanText(x: Decimal): string {
  return groupThousands(formatMoney(x));
}

/**
 * Yuan with its unit: `441,041.68 yuan` / `441,041.68元`.
 *
 * @example
 * yuanUnit(new Decimal('108750'), 'en'); // '108,750.00 yuan'
 */
export function yuanUnit(x: Decimal, lang: Lang): string {
  return lang === 'zh' ? `${yuanText(x)}元` : `${yuanText(x)} yuan`;
}

/**
 * An amount in 万 (10,000 yuan): whole 万 without decimals, otherwise two decimals
 * rounded half-up (the exact yuan figure is always shown beside it).
 *
 * @example
 * wanText(new Decimal('293340000')); // '29,334万'
 * wanText(new Decimal('3051000')); // '305.10万'
 */
export function wanText(x: Decimal): string {
  const wan = x.div(10_000);
  return `${groupThousands(wan.isInteger() ? wan.toFixed(0) : roundTo(wan, 2, 'half-up').toFixed(2))}万`;
}

/**
 * Money as the article writes it and exactly: `29,334万 (293,340,000.00 yuan)`.
 *
 * @example
 * moneyText(new Decimal('47500000'), 'zh'); // '4,750万元（47,500,000.00元）'
 */
export function moneyText(x: Decimal, lang: Lang): string {
  return lang === 'zh' ? `${wanText(x)}元（${yuanText(x)}元）` : `${wanText(x)} (${yuanText(x)} yuan)`;
}

/**
 * A ratio as a percentage, rounded half-up to `scale` decimals.
 *
 * @example
 * percent(new Decimal('0.0087'), 2); // '0.87%'
 */
export function percent(ratio: Decimal, scale: number): string {
  return `${roundTo(ratio.times(100), scale, 'half-up').toFixed(scale)}%`;
}

/**
 * The sum of a money output over rows.
 *
 * @example
 * sumOf([{ outputs: { fee: '1.00' } }, { outputs: { fee: '2.50' } }], 'fee').toFixed(2); // '3.50'
 */
export function sumOf(rows: readonly { outputs: Record<string, Json> }[], name: string): Decimal {
  return rows.reduce((a, r) => a.plus(dec(r.outputs[name])), new Decimal(0));
}

/**
 * The largest decimal output over rows (0 for none).
 *
 * @example
 * maxOf([{ outputs: { rate: '0.008' } }, { outputs: { rate: '0.01' } }], 'rate').toString(); // '0.01'
 */
export function maxOf(rows: readonly { outputs: Record<string, Json> }[], name: string): Decimal {
  return rows.reduce((a, r) => Decimal.max(a, dec(r.outputs[name])), new Decimal(0));
}
