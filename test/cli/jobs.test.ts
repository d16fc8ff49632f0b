import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ndjson, runBin } from './run-bin';

/** 2,000 enterprises (every 97th line malformed, every 89th with an unknown key) as NDJSON. */
function manyRecords(): string {
  const lines: string[] = [];
  fc.sample(
    fc.record({ employees: fc.integer({ min: 0, max: 600 }), dishonest: fc.boolean(), rd: fc.option(fc.integer({ min: 0, max: 9_000_000_00 })) }),
    { numRuns: 2000, seed: 20210601 },
  ).forEach((g, i) => {
    if (i % 97 === 5) lines.push(`{"id":"R${i}","employees":`);
    else {
      const rec: Record<string, unknown> = { id: `R${i}`, employees: g.employees, seriousDishonestyList: g.dishonest };
      if (g.rd !== null) rec['financials'] = [{ year: 2020, rdExpense: (g.rd / 100).toFixed(2) }];
      if (i % 89 === 7) rec['employeez'] = 1;
      lines.push(JSON.stringify(rec));
    }
  });
  return `${lines.join('\n')}\n`;
}

describe('zone-policy eval --jobs', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'zp-jobs-'));
  const file = join(dir, 'many.ndjson');
  await writeFile(file, manyRecords());

  it('--jobs 2 writes byte for byte what --jobs 1 writes, every row in input order', async () => {
    const args = ['eval', 'rd-subsidy.json', '--input', file, '--as-of', '2021-06-01', '--explain'];
    const [one, two] = await Promise.all([runBin([...args, '--jobs', '1']), runBin([...args, '--jobs', '2'])]);
    expect(one.code).toBe(1); // the malformed lines and unknown keys are error rows
    expect(two.code).toBe(1);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const rows = ndjson(two.stdout);
    expect(rows).toHaveLength(2000);
    rows.forEach((r, i) => {
      if (i % 97 !== 5) expect(r['id']).toBe(`R${i}`);
      else expect(r['error']).toMatchObject({ code: 'INVALID_JSON' });
    });
  });

  it('keeps the batch summary and CSV input identical across thread counts', async () => {
    const args = ['eval', 'cn.gov-guarantee-fee.2019', '--input', 'guarantees.csv', '--as-of', '2020-03-01', '--summary', '--format', 'json'];
    const [one, three] = await Promise.all([runBin(args), runBin([...args, '--jobs', '3'])]);
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });
});
