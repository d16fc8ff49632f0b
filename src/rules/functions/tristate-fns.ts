import { z } from 'zod';
import { defineFunction, type PolicyFunction } from '../../engine/functions';
import { Unknown } from '../../engine/values';

const TEXT = z.string().min(1);

/**
 * Configuration of `value.tristate`: the texts that mean yes, those that mean no, and
 * those that mean "not decided yet", each with the reason shown in the explanation.
 *
 * @example
 * TristateConfigSchema.safeParse({ yes: ['approved'], no: ['rejected'], undecided: { pending: 'the joint review is pending' } }).success; // true
 * TristateConfigSchema.safeParse({ yes: ['approved'], no: ['approved'] }).success; // false (a text may be listed once only)
 */
export const TristateConfigSchema = z
  .strictObject({ yes: z.array(TEXT), no: z.array(TEXT), undecided: z.record(TEXT, TEXT).optional() })
  .refine((c) => {
    const all = [...c.yes, ...c.no, ...Object.keys(c.undecided ?? {})];
    return new Set(all).size === all.length;
  }, 'a text may be listed once only');

/**
 * `value.tristate` configuration as data.
 *
 * @example
 * const c: TristateConfig = { yes: ['approved'], no: ['rejected'] };
 */
export type TristateConfig = z.infer<typeof TristateConfigSchema>;

/**
 * `value.tristate`: reads a status text as a three-valued truth: true, false, or unknown
 * with a reason and no missing fact (nothing in the record would settle it: e.g. a review
 * still pending). A text in no list is a policy mistake (TypeError).
 *
 * @example
 * // { kind: 'call', fn: 'value.tristate', args: { x: { kind: 'fact', path: ['review'] } },
 * //   config: { yes: ['approved'], no: ['rejected'], undecided: { pending: 'the joint review is pending' } } }
 */
export const tristateFn: PolicyFunction = defineFunction({
  name: 'value.tristate',
  label: { zh: '三值判断', en: 'Three-valued reading' },
  args: { x: 'required' },
  config: TristateConfigSchema,
  make: (config) => (args) => {
    const x = args['x'];
    if (typeof x !== 'string') throw new TypeError('value.tristate: expected a text');
    if (config.yes.includes(x)) return true;
    if (config.no.includes(x)) return false;
    const reason = config.undecided?.[x];
    if (reason !== undefined && Object.prototype.hasOwnProperty.call(config.undecided, x)) return new Unknown([], reason);
    throw new TypeError(`value.tristate: ${JSON.stringify(x)} is in none of the lists`);
  },
});
