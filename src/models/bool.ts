import { z } from 'zod';
import { expectedGot, showValue } from './describe-input';

const message = (iss: { input?: unknown }) => expectedGot('true or false', iss.input, showValue);

/**
 * A yes/no fact, CSV-friendly: the booleans `true`/`false` or exactly the strings
 * `"true"`/`"false"` (nothing else: not "yes", not 1). Output: a boolean.
 *
 * @example
 * BoolSchema.parse('false'); // false
 * BoolSchema.parse(true); // true
 * BoolSchema.safeParse('yes').success; // false ("expected true or false, got 'yes'")
 */
export const BoolSchema = /*@__PURE__*/ z
  .union([z.boolean({ error: message }), z.enum(['true', 'false'], { error: message })], { error: message })
  .transform((v) => v === true || v === 'true')
  .meta({ description: 'true or false (the strings "true"/"false" are accepted too)' });
