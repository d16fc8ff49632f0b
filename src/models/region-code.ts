import { z } from 'zod';
import { expectedGot, showValue } from './describe-input';

const message = (iss: { input?: unknown }) =>
  expectedGot('a 6-digit administrative division code such as "420100"', iss.input, showValue);
const error = { error: message, abort: true };

/**
 * A 6-digit administrative division code (GB/T 2260): `"650100"` is Urumqi, codes starting
 * with `42` are in Hubei. A whole number with six digits is accepted too (YAML reads
 * `650100` as a number). Output: the 6-character string.
 *
 * @example
 * RegionCodeSchema.parse('420100'); // '420100'
 * RegionCodeSchema.parse(650100); // '650100'
 * RegionCodeSchema.safeParse('4201').success; // false
 */
export const RegionCodeSchema = /*@__PURE__*/ z
  .union(
    [
      z.string({ error: message }).regex(/^\d{6}$/, error),
      z.int({ error: message }).min(100000, error).max(999999, error),
    ],
    { error: message },
  )
  .transform((v) => String(v))
  .meta({ description: 'GB/T 2260 six-digit administrative division code' });
