import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { fuzzLines } from '../fuzz/ndjson-lines';
import { runBinary, writeLines } from '../fuzz/run-cli';
import { loadSeeds } from '../fuzz/seeds';

const SEEDS = loadSeeds();
const dir = await mkdtemp(join(tmpdir(), 'zp-determinism-'));

interface Batch {
  policy: string;
  records: number;
  flags: string[];
  formats: ('ndjson' | 'json' | 'csv' | 'table')[];
}

// mixed records (valid, edge and malformed; every 7th line not a record at all)
const BATCHES: Batch[] = [
  { policy: 'cn.gov-guarantee-fee.2019', records: 1500, flags: ['--summary'], formats: ['ndjson', 'json', 'csv', 'table'] },
  { policy: 'ankang.awards.2019', records: 1000, flags: ['--summary', '--budget', '3000000'], formats: ['ndjson', 'table'] },
  { policy: 'cn.hnte.2016', records: 400, flags: ['--explain'], formats: ['ndjson', 'csv'] },
];

async function inputFor(b: Batch): Promise<{ file: string; asOf: string }> {
  const seeds = SEEDS.get(b.policy) ?? [];
  const file = join(dir, `${b.policy}.ndjson`);
  await writeLines(file, fuzzLines(seeds, b.records, 7, 424242));
  return { file, asOf: seeds[0]?.asOf ?? '' };
}

const inputs = new Map(await Promise.all(BATCHES.map(async (b) => [b.policy, await inputFor(b)] as const)));

// each test runs three processes side by side; the tests run one after the other
describe('determinism: the same input gives the same bytes, whatever --jobs', () => {
  it.for(BATCHES.flatMap((b) => b.formats.map((f) => [b.policy, f] as const)))('%s --format %s: --jobs 1, 2 and 4 byte for byte', async ([policy, format], { expect }) => {
    const b = BATCHES.find((x) => x.policy === policy) as Batch;
    const { file, asOf } = inputs.get(b.policy) ?? { file: '', asOf: '' };
    const args = ['eval', b.policy, '--input', file, '--as-of', asOf, '--format', format, ...b.flags];
    const [one, two, four] = await Promise.all([runBinary([...args, '--jobs', '1']), runBinary([...args, '--jobs', '2']), runBinary([...args, '--jobs', '4'])]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(1); // some rows are errors
    expect(one.stdout.length).toBeGreaterThan(b.records * 50);
    expect(two.stdout.equals(one.stdout)).toBe(true);
    expect(four.stdout.equals(one.stdout)).toBe(true);
    expect([two.code, four.code]).toEqual([1, 1]);
  });

  it.for(BATCHES)('$policy: two runs give the same bytes, with results and error rows', async (b, { expect }) => {
    const { file, asOf } = inputs.get(b.policy) ?? { file: '', asOf: '' };
    const args = ['eval', b.policy, '--input', file, '--as-of', asOf, ...b.flags];
    const [first, second] = await Promise.all([runBinary(args), runBinary(args)]);
    expect(second.stdout.equals(first.stdout)).toBe(true);
    const rows = first.stdout.toString('utf8').split('\n').filter((l) => l.startsWith('{"id"') || l.startsWith('{"policy"'));
    const statuses = new Set(rows.map((l) => (JSON.parse(l) as { status: string }).status));
    expect(rows.length).toBeGreaterThan(b.records * 0.8);
    expect(statuses.has('error') && (statuses.has('eligible') || statuses.has('ineligible'))).toBe(true);
  });
});
