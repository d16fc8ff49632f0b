import { defineFunction, type PolicyFunction } from '../../engine/functions';
import type { Value } from '../../engine/values';
import { z } from 'zod';

/**
 * Configuration of `choose.first`: the options' ids, in the order they are tried.
 *
 * @example
 * ChoiceConfigSchema.parse({ options: ['hnteCertificate', 'ledStandard'] }).options.length; // 2
 */
export const ChoiceConfigSchema = z.strictObject({
  options: z
    .array(z.string().regex(/^[A-Za-z][\w.-]*$/, 'an option id is letters, digits, _ . -'))
    .min(1)
    .refine((ids) => new Set(ids).size === ids.length, 'option ids must be unique'),
});

/**
 * The configuration of `choose.first` (see {@link ChoiceConfigSchema}).
 *
 * @example
 * const c: ChoiceConfig = { options: ['a', 'b'] };
 */
export type ChoiceConfig = z.infer<typeof ChoiceConfigSchema>;

/**
 * The id of the first option whose condition is known to be `true`, or `null` when none is
 * (an unknown condition is skipped, as default logic skips an exception that may apply).
 *
 * @example
 * firstTrue(['a', 'b', 'c'], { a: undefined, b: true, c: true }); // 'b'
 * firstTrue(['a'], { a: false }); // null
 */
export function firstTrue(options: readonly string[], conditions: Readonly<Record<string, Value | undefined>>): string | null {
  for (const id of options) {
    const c = conditions[id];
    if (c !== undefined && typeof c !== 'boolean') throw new TypeError(`choose.first: option ${id} is not a condition (true/false)`);
    if (c === true) return id;
  }
  return null;
}

/**
 * `choose.first`: names which of several conditions applies: the id of the first option
 * (in the configured order) whose condition holds, or `null` when none surely does. Its
 * arguments are the options by id, each a boolean expression (unknown = does not surely
 * hold); a call must pass exactly the configured options. Used to report which exception
 * of a rule applied (e.g. a direct qualification).
 *
 * @example
 * // { kind: 'call', fn: 'choose.first', args: { hnteCertificate: <cond>, ledStandard: <cond> },
 * //   config: { options: ['hnteCertificate', 'ledStandard'] } }  -> 'ledStandard' or null
 */
export const chooseFirstFn: PolicyFunction = defineFunction({
  name: 'choose.first',
  label: { zh: '首个适用项', en: 'First option that applies' },
  args: {},
  argsFor: (config) => Object.fromEntries(config.options.map((name) => [name, 'optional' as const])),
  config: ChoiceConfigSchema,
  make: (config) => (args, env) => {
    const chosen = firstTrue(config.options, args);
    env.note('chosen', chosen);
    return chosen;
  },
});
