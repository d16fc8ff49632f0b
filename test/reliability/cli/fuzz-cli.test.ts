import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { CATALOG_POLICIES } from '../../../src/index';
import { extremeLines, fuzzLines, type FuzzLine } from '../fuzz/ndjson-lines';
import { cliProblems, writeLines } from '../fuzz/run-cli';
import { loadSeeds } from '../fuzz/seeds';

const SEEDS = loadSeeds();
const PER_POLICY = 154; // 13 policies: 2,002 records
const dir = await mkdtemp(join(tmpdir(), 'zp-fuzz-'));

/** Writes the fuzz lines to a file of its own per test (`tag`): the tests run side by side, and one rewriting a file another's binary is reading gave that binary an empty input. */
async function fuzzFile(policy: string, count: number, seed: number, tag = 'ndjson'): Promise<{ file: string; lines: FuzzLine[]; asOf: string }> {
  const seeds = SEEDS.get(policy) ?? [];
  const lines = fuzzLines(seeds, count, 7, seed);
  const file = join(dir, `${policy}-${seed}-${tag}.ndjson`);
  await writeLines(file, lines);
  return { file, lines, asOf: seeds[0]?.asOf ?? '' };
}

// each test spawns the binary: they run side by side
describe.concurrent('fuzz: zone-policy eval over NDJSON with malformed lines mixed in', () => {
  it.for(CATALOG_POLICIES.map((p) => p.id))(`%s: ${PER_POLICY} lines, one row per record in order, typed errors only`, async (policy, { expect }) => {
    const { file, lines, asOf } = await fuzzFile(policy, PER_POLICY, 20260601);
    expect(lines.filter((l) => l.row).length).toBeGreaterThan(140);
    expect(await cliProblems(policy, file, lines, 'ndjson', ['--as-of', asOf])).toEqual([]);
  });

  const batchPolicies = ['cn.gov-guarantee-fee.2019', 'ankang.awards.2019', 'urumqi.financing-support.2020'];
  it.for(batchPolicies.flatMap((p) => (['json', 'csv', 'table'] as const).map((f) => [p, f] as const)))('%s --format %s --summary: rows in order with the batch figures', async ([policy, format], { expect }) => {
    const { file, lines, asOf } = await fuzzFile(policy, PER_POLICY, 7, format);
    expect(await cliProblems(policy, file, lines, format, ['--as-of', asOf, '--summary'])).toEqual([]);
  });

  it('extremes on one line each (100,000 levels deep, a 1 MB string, a 100,000-digit number, 20,000 keys) stay rows in place', async ({ expect }) => {
    const lines = extremeLines();
    const file = join(dir, 'extremes.ndjson');
    await writeLines(file, lines);
    expect(await cliProblems('cn.hnte.2016', file, lines, 'ndjson', ['--as-of', '2020-06-01'])).toEqual([]);
  });
});
