/**
 * The CLI end to end: `zone-policy eval cn.hnte.2016` over an NDJSON population (read,
 * validate, evaluate, write NDJSON to /dev/null) with `--jobs 1` and `--jobs 2`, one run
 * each, timed from spawn to exit with the child's peak RSS. The built binary is used
 * (rebuilt with tsup first when dist/ is older than src/).
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { setup as buildIfStale } from '../test/cli/global-setup';
import { ndjsonPopulation } from './ndjson-file';
import { measureRun } from './peak-rss';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * One CLI run's figures.
 *
 * @example
 * const r: CliRun = { jobs: 2, records: 1000000, seconds: 60.2, recordsPerSecond: 16611, peakRssMb: 190.3, rssBy: '/usr/bin/time -v' };
 */
export interface CliRun {
  jobs: number;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMb: number | null;
  rssBy: string;
}

/**
 * Times the CLI with each `jobs` value over `records` generated records.
 *
 * @example
 * await timeCli({ records: 10000, seed: 1, asOf: '2020-06-01', jobs: [1, 2] }, console.error); // two CliRuns
 */
export async function timeCli(o: { records: number; seed: number; asOf: string; jobs: readonly number[] }, log: (line: string) => void): Promise<CliRun[]> {
  log('cli: building dist/ if older than src/ ...');
  buildIfStale();
  log(`cli: writing ${o.records.toLocaleString('en-US')} NDJSON records (kept for re-runs) ...`);
  const input = ndjsonPopulation(o.records, o.seed, o.asOf);
  const runs: CliRun[] = [];
  for (const jobs of o.jobs) {
    const args = ['dist/cli/bin.js', 'eval', 'cn.hnte.2016', '--input', input, '--as-of', o.asOf, '--format', 'ndjson', '--jobs', String(jobs)];
    log(`cli: zone-policy ${args.slice(1).join(' ')} > /dev/null`);
    const r = await measureRun(process.execPath, args, ROOT);
    if (r.code !== 0) throw new Error(`the CLI exited with ${r.code}: ${r.stderr.slice(-2000)}`);
    const seconds = r.wallMs / 1000;
    runs.push({ jobs, records: o.records, seconds: Math.round(seconds * 100) / 100, recordsPerSecond: Math.round(o.records / seconds), peakRssMb: r.peakRssMb, rssBy: r.rssBy });
    log(`cli: --jobs ${jobs}: ${seconds.toFixed(1)} s, peak RSS ${r.peakRssMb ?? '?'} MB`);
  }
  return runs;
}
