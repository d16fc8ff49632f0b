import { z } from 'zod';
import type { BatchFunction } from '../../engine/batch';
import type { Json } from '../../engine/output-type';
import type { EvalResult } from '../../engine/result';
import { configIssues, outputStrings, RowFilterSchema, rowCounted } from './batch-rows';

/**
 * Configuration of `tally.list`: the list-of-names output to count (e.g. `entitlements`),
 * the names always reported (even at 0, in that order) and the rows counted (default
 * every evaluated row).
 *
 * @example
 * TallyListConfigSchema.safeParse({ output: 'entitlements', names: ['tailoredPlan', 'dedicatedAgent'] }).success; // true
 * TallyListConfigSchema.safeParse({ names: ['tailoredPlan'] }).success; // false (output is required)
 */
export const TallyListConfigSchema = z.strictObject({
  output: z.string().min(1),
  names: z.array(z.string().min(1)).optional(),
  include: RowFilterSchema.optional(),
});

/**
 * `tally.list` configuration as data.
 *
 * @example
 * const c: TallyListConfig = { output: 'entitlements' };
 */
export type TallyListConfig = z.infer<typeof TallyListConfigSchema>;

/**
 * A running count of how many rows list each name (a name listed twice in one row counts
 * once), and of the rows whose list is unknown.
 *
 * @example
 * const t = listTally({ output: 'entitlements' });
 * t.add({ policy: 'p', asOf: '2020-05-01', status: 'eligible', criteria: [], failed: [], missing: [], outputs: { entitlements: ['dedicatedAgent', 'tailoredPlan'] } });
 * t.summary(); // { count: 1, byName: { dedicatedAgent: 1, tailoredPlan: 1 }, unknownRows: 0, errorRows: 0 }
 */
export function listTally(config: TallyListConfig): {
  /** Counts one row's names. */
  add: (row: EvalResult) => void;
  /** The counts so far. */
  summary: () => Json;
} {
  const include = config.include ?? 'all';
  const byName = new Map<string, number>((config.names ?? []).map((n) => [n, 0]));
  let count = 0;
  let unknownRows = 0;
  let errorRows = 0;
  return {
    add: (row) => {
      if (row.status === 'error') errorRows++;
      if (!rowCounted(row.status, include)) return;
      count++;
      const names = outputStrings(row, config.output);
      if (names === null) unknownRows++;
      else for (const n of new Set(names)) byName.set(n, (byName.get(n) ?? 0) + 1);
    },
    summary: () => ({ count, byName: Object.fromEntries(byName), unknownRows, errorRows }),
  };
}

/**
 * `tally.list`: counts the rows listing each name of a list output (e.g. how many
 * projects get a dedicated agent). Adds no row outputs.
 *
 * @example
 * // batch: [{ fn: 'tally.list', config: { output: 'entitlements', names: ['dedicatedAgent', 'oneStopLifecycle', 'tailoredPlan', 'vipTeam'] } }]
 */
export const tallyListBatch: BatchFunction = {
  name: 'tally.list',
  label: { zh: '分项计数', en: 'Count by name' },
  check: (config) => configIssues(TallyListConfigSchema, config),
  start: (raw) => {
    const tally = listTally(TallyListConfigSchema.parse(raw));
    return {
      add: (r) => tally.add(r),
      finish: () => ({ fn: 'tally.list', label: tallyListBatch.label, values: tally.summary(), rowOutputs: new Map() }),
    };
  },
};
