import { z } from 'zod';
import { defineFunction, type PolicyFunction } from '../../engine/functions';

/** The condition slots of `list.select`, in order: `when1` goes with `names[0]`. */
const SLOTS = ['when1', 'when2', 'when3', 'when4', 'when5', 'when6', 'when7', 'when8'] as const;

/**
 * Configuration of `list.select`: the names of the entries, `names[i]` selected by the
 * condition passed as argument `when{i+1}` (up to 8), and whether to sort the result.
 *
 * @example
 * ListSelectConfigSchema.safeParse({ names: ['tailoredPlan', 'dedicatedAgent'], sort: true }).success; // true
 * ListSelectConfigSchema.safeParse({ names: ['tailoredPlan', 'tailoredPlan'] }).success; // false (names must differ)
 */
export const ListSelectConfigSchema = z.strictObject({
  names: z.array(z.string().min(1)).min(1).max(SLOTS.length).refine((n) => new Set(n).size === n.length, 'names must differ'),
  sort: z.boolean().optional(),
});

/**
 * `list.select` configuration as data.
 *
 * @example
 * const c: ListSelectConfig = { names: ['a', 'b'] };
 */
export type ListSelectConfig = z.infer<typeof ListSelectConfigSchema>;

/**
 * `list.select`: builds lists of names from three-valued conditions: `{ selected, undecided }`,
 * the names whose condition is true, and those whose condition is unknown (an unknown
 * condition never silently counts as false). Sorted when `sort` is set (code-point order),
 * else in `names` order. Conditions that are false are left out of both.
 *
 * @example
 * // { kind: 'call', fn: 'list.select', args: { when1: <expr>, when2: <expr> }, config: { names: ['tailoredPlan', 'vipTeam'], sort: true } }
 * // -> { selected: ['tailoredPlan'], undecided: ['vipTeam'] } when when1 is true and when2 unknown
 */
export const listSelectFn: PolicyFunction = defineFunction({
  name: 'list.select',
  label: { zh: '条件列表', en: 'Select names by condition' },
  args: Object.fromEntries(SLOTS.map((s) => [s, 'optional'])) as Record<(typeof SLOTS)[number], 'optional'>,
  config: ListSelectConfigSchema,
  make: (config) => (args) => {
    const selected: string[] = [];
    const undecided: string[] = [];
    config.names.forEach((name, i) => {
      const v = args[SLOTS[i] as string];
      if (v === undefined) undecided.push(name);
      else if (v === true) selected.push(name);
      else if (v !== false) throw new TypeError(`list.select: condition ${SLOTS[i]} is not a boolean`);
    });
    const order = (xs: string[]) => (config.sort ? [...xs].sort() : xs);
    return { selected: order(selected), undecided: order(undecided) };
  },
});
