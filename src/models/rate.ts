import { decimalSchema } from './decimal-schema';

/**
 * A non-negative rate or ratio as a decimal (`"0.0435"` is 4.35%): a decimal string or a
 * JSON number, at most 1e6. Output: a Decimal.
 *
 * @example
 * RateSchema.parse('0.0435').toString(); // '0.0435'
 * RateSchema.parse(0.01).toString(); // '0.01'
 * RateSchema.safeParse('-0.01').success; // false
 */
export const RateSchema = /*@__PURE__*/ decimalSchema({
  what: 'rate',
  min: '0',
  max: '1e6',
  description: 'non-negative rate as a decimal ("0.0435" is 4.35%), string or number',
});
