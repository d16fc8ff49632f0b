import { z } from 'zod';
import { BoolSchema } from './bool';
import { CountSchema } from './count';
import { fact } from './fact';

/**
 * An enterprise's intellectual property: whether it owns IP that supports its core
 * products (HNTE Art.11(2)), and its counts of Class I (invention patents and the like)
 * and Class II (utility models, designs, software copyrights) IP. All optional facts.
 *
 * @example
 * IpHoldingsSchema.parse({ ownsCoreIp: true, classI: 1, classII: 3 }).classII; // 3
 */
export const IpHoldingsSchema = /*@__PURE__*/ z.strictObject({
  ownsCoreIp: fact(BoolSchema),
  classI: fact(CountSchema),
  classII: fact(CountSchema),
});

/**
 * Parsed IP holdings.
 *
 * @example
 * const ip: IpHoldings = { ownsCoreIp: true };
 */
export type IpHoldings = z.output<typeof IpHoldingsSchema>;
