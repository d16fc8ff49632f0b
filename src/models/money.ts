import { decimalSchema } from './decimal-schema';

/** The largest money magnitude accepted, in yuan: anything beyond is a data error. */
const MONEY_MAX = '1e20';

/**
 * A non-negative amount of money in yuan: a decimal string or a JSON number, any number of
 * decimals (verified figures may carry more than the fen), at most 1e20. Output: a Decimal.
 *
 * @example
 * MoneySchema.parse('50000000').toString(); // '50000000'
 * MoneySchema.parse(1234.5).toString(); // '1234.5'
 * MoneySchema.safeParse('-3').success; // false ("amount must not be negative, got -3")
 */
export const MoneySchema = /*@__PURE__*/ decimalSchema({
  what: 'amount',
  min: '0',
  max: MONEY_MAX,
  description: 'non-negative amount in yuan, as a decimal string ("1234.50") or a number',
});

/**
 * A strictly positive amount of money in yuan (a loan principal, a guaranteed amount).
 *
 * @example
 * PositiveMoneySchema.parse('5000000').toString(); // '5000000'
 * PositiveMoneySchema.safeParse('0').success; // false ("amount must be greater than 0, got 0")
 */
export const PositiveMoneySchema = /*@__PURE__*/ decimalSchema({
  what: 'amount',
  min: '0',
  minExclusive: true,
  max: MONEY_MAX,
  description: 'positive amount in yuan, as a decimal string ("5000000") or a number',
});

/**
 * An amount of money in yuan that may be negative (net assets), magnitude at most 1e20.
 *
 * @example
 * SignedMoneySchema.parse('-3').toString(); // '-3'
 */
export const SignedMoneySchema = /*@__PURE__*/ decimalSchema({
  what: 'amount',
  max: MONEY_MAX,
  description: 'amount in yuan, may be negative, as a decimal string ("-3") or a number',
});

const atFen = (d: { decimalPlaces(): number }) => d.decimalPlaces() <= 2;
const FEN_MESSAGE = 'a contract amount must be at the fen (at most 2 decimals)';

/**
 * A non-negative contract amount at the fen (a payment, a rent): at most two decimals,
 * since a schedule cannot pay a fraction of a fen.
 *
 * @example
 * FenMoneySchema.parse('1234.50').toString(); // '1234.5'
 * FenMoneySchema.safeParse('1000.005').success; // false
 */
export const FenMoneySchema = /*@__PURE__*/ MoneySchema.refine(atFen, { error: FEN_MESSAGE });

/**
 * A strictly positive contract amount at the fen (a loan principal, a guaranteed amount).
 *
 * @example
 * PositiveFenMoneySchema.parse('5000000').toString(); // '5000000'
 * PositiveFenMoneySchema.safeParse('0.001').success; // false
 */
export const PositiveFenMoneySchema = /*@__PURE__*/ PositiveMoneySchema.refine(atFen, { error: FEN_MESSAGE });
