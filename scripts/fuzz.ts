/**
 * The long fuzz run (`npm run fuzz`): malformed records through every catalog policy, in
 * the library (`compile(p).evaluate`) and through the built binary (`eval` over NDJSON
 * with malformed lines mixed in, `--jobs 1` checked row by row and `--jobs 2` compared byte
 * for byte), then one-line extremes. Prints the figures; exits 1 when anything was found.
 *
 *   npm run fuzz                      100,000 records in each part, seed 20260601
 *   npm run fuzz -- --records 20000 --seed 7 --no-cli
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG_POLICIES } from '../src/index';
import { extremeLines, fuzzLines } from '../test/reliability/fuzz/ndjson-lines';
import { cliProblems, runBinary, writeLines } from '../test/reliability/fuzz/run-cli';
import { fuzzPolicyLibrary } from '../test/reliability/fuzz/run-library';
import { loadSeeds } from '../test/reliability/fuzz/seeds';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(v) || v < 1) throw new Error(`--${name} takes a whole number`);
  return v;
}

const RECORDS = option('records', 100_000);
const SEED = option('seed', 20260601);
const seeds = loadSeeds();
const policies = CATALOG_POLICIES.filter((p) => seeds.has(p.id));
const share = (i: number) => Math.floor(RECORDS / policies.length) + (i < RECORDS % policies.length ? 1 : 0);
const findings: string[] = [];
const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(1);

async function library(): Promise<void> {
  const t = performance.now();
  const tally = new Map<string, number>();
  policies.forEach((p, i) => {
    for (const f of fuzzPolicyLibrary(p, seeds.get(p.id) ?? [], share(i), SEED + i, tally)) findings.push(`library ${f.policy}: ${f.problem}\n    asOf ${f.asOf}: ${f.text.slice(0, 300)}`);
  });
  const mix = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`library: ${RECORDS} records, ${policies.length} policies, ${seconds(t)} s\n  outcomes: ${mix}`);
}

async function cli(): Promise<void> {
  const t = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'zp-fuzz-'));
  let rows = 0;
  for (const [i, p] of policies.entries()) {
    const list = seeds.get(p.id) ?? [];
    const lines = fuzzLines(list, share(i), 7, SEED + 1000 + i);
    rows += lines.filter((l) => l.row).length;
    const file = join(dir, `${p.id}.ndjson`);
    await writeLines(file, lines);
    const args = ['--as-of', list[0]?.asOf ?? ''];
    for (const problem of await cliProblems(p.id, file, lines, 'ndjson', args)) findings.push(`cli ${p.id}: ${problem}`);
    const [one, two] = await Promise.all(['1', '2'].map((j) => runBinary(['eval', p.id, '--input', file, ...args, '--jobs', j])));
    if (!one?.stdout.equals(two?.stdout ?? Buffer.alloc(0))) findings.push(`cli ${p.id}: --jobs 2 wrote other bytes than --jobs 1 (${two?.stderr.trim()})`);
  }
  console.log(`cli: ${RECORDS} lines (${rows} records, the rest blank), ${policies.length} policies, --jobs 1 and 2, ${seconds(t)} s`);
  const extremes = extremeLines();
  const file = join(dir, 'extremes.ndjson');
  await writeLines(file, extremes);
  for (const jobs of ['1', '2']) {
    for (const problem of await cliProblems('cn.hnte.2016', file, extremes, 'ndjson', ['--as-of', '2020-06-01', '--jobs', jobs])) findings.push(`cli extremes --jobs ${jobs}: ${problem}`);
  }
  await rm(dir, { recursive: true, force: true });
}

const started = performance.now();
await library();
if (!process.argv.includes('--no-cli')) await cli();
console.log(`seed ${SEED}, ${seconds(started)} s in all, ${findings.length} finding(s)`);
for (const f of findings.slice(0, 50)) console.log(`  ${f}`);
process.exitCode = findings.length ? 1 : 0;
