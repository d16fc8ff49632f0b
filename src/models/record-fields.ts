import { z } from 'zod';
import { expectedGot, showValue } from './describe-input';
import { fact } from './fact';
import { PlainDateSchema } from './plain-date-schema';

const idMessage = (iss: { input?: unknown }) =>
  expectedGot('an id (a non-empty string or a non-negative whole number)', iss.input, showValue);

/**
 * A record id: a non-empty string, or a whole number (YAML and hand-written JSON write
 * `id: 7`), which becomes its string. Output: a string.
 *
 * @example
 * IdSchema.parse('E1'); // 'E1'
 * IdSchema.parse(7); // '7'
 * IdSchema.safeParse('').success; // false
 */
export const IdSchema = /*@__PURE__*/ z
  .union(
    [
      z.string({ error: idMessage }).min(1, { error: idMessage, abort: true }),
      z.int({ error: idMessage }).min(0, { error: idMessage, abort: true }),
    ],
    { error: idMessage },
  )
  .transform((v) => String(v))
  .meta({ description: 'identifier (a non-empty string or a whole number)' });

/**
 * The fields every input record may carry, all optional: `id` (echoed in results), `name`
 * (for people), and `asOf`, the record's own evaluation date, which overrides the CLI's
 * `--as-of`. Spread into each record's shape.
 *
 * @example
 * const S = z.strictObject({ ...RECORD_FIELDS });
 * S.parse({ id: 'E1', asOf: '2020-06-01' }); // { id: 'E1', asOf: '2020-06-01' }
 */
export const RECORD_FIELDS = {
  id: /*@__PURE__*/ fact(IdSchema),
  name: /*@__PURE__*/ fact(z.string()),
  asOf: /*@__PURE__*/ fact(PlainDateSchema),
};
