/**
 * The benchmark's command-line flags (`npm run bench -- --records 20000 --no-cli --json`).
 *
 * @module
 */
import { parseArgs } from 'node:util';

/**
 * The benchmark's options.
 *
 * @example
 * const o: BenchOptions = parseBenchArgs([]); // o.records === 100000
 */
export interface BenchOptions {
  records: number;
  rounds: number;
  seed: number;
  asOf: string;
  modelRecords: number;
  cli: boolean;
  cliRecords: number;
  json: boolean;
}

/**
 * The usage text.
 *
 * @example
 * USAGE.startsWith('npm run bench'); // true
 */
export const USAGE = `npm run bench -- [options]
  --records N        population evaluated by every implementation (default 100000)
  --rounds N         timed passes after the warm-up; the median is reported (default 5)
  --seed N           population seed (default 1)
  --as-of DATE       evaluation date (default 2020-06-01)
  --model-records N  records for the model-validation and evaluate figures (default min(records, 20000))
  --cli-records N    records for the CLI runs (default 1000000)
  --no-cli           skip the CLI runs
  --json             end the output with one JSON line of the figures`;

function count(v: string | undefined, fallback: number, flag: string): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`${flag} must be a whole number >= 1, got ${v}`);
  return Number(v);
}

/**
 * Parses the flags; throws with a one-line message on a bad one.
 *
 * @example
 * parseBenchArgs(['--records', '5000', '--no-cli']).cli; // false
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      records: { type: 'string' }, rounds: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' },
      'model-records': { type: 'string' }, 'cli-records': { type: 'string' }, 'no-cli': { type: 'boolean' }, json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const records = count(values.records, 100_000, '--records');
  const asOf = values['as-of'] ?? '2020-06-01';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of must be YYYY-MM-DD, got ${asOf}`);
  return {
    records,
    rounds: count(values.rounds, 5, '--rounds'),
    seed: count(values.seed, 1, '--seed'),
    asOf,
    modelRecords: Math.min(records, count(values['model-records'], 20_000, '--model-records')),
    cli: values['no-cli'] !== true,
    cliRecords: count(values['cli-records'], 1_000_000, '--cli-records'),
    json: values.json === true,
  };
}
