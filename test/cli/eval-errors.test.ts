import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjson, runBin } from './run-bin';

const EVAL = ['eval', 'rd-subsidy.json', '--as-of', '2021-06-01'];

type Row = { id?: string; status: string; error?: { code: string; issues: { path: string; message: string }[] } };

describe('zone-policy eval: bad rows never stop the batch', () => {
  it('NDJSON: a malformed line, wrong types and unknown keys become error rows in place; exit 1', async () => {
    const r = await runBin([...EVAL, '--input', 'bad.ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const rows = ndjson(r.stdout) as unknown as Row[];
    expect(rows.map((x) => [x.id, x.status, x.error?.code])).toEqual([
      ['B1', 'eligible', undefined],
      [undefined, 'error', 'INVALID_JSON'], // line 2 is cut short
      ['B3', 'error', 'INVALID_INPUT'], // employees: "many"
      ['B4', 'error', 'INVALID_INPUT'], // the blank line 4 is skipped; employeez is unknown
      [undefined, 'error', 'INVALID_INPUT'], // an array is not a record
      ['B5', 'eligible', undefined],
    ]);
    expect(rows[1]?.error?.issues[0]?.path).toBe('(root)');
    expect(rows[2]?.error?.issues).toEqual([{ path: 'employees', message: "expected a whole number (digits only), got 'many'" }]);
    expect(rows[3]?.error?.issues).toEqual([{ path: 'employeez', message: "unknown key 'employeez'" }]);
    expect(rows[1]).toMatchObject({ policy: 'example.rd-subsidy.2021', asOf: '2021-06-01', criteria: [], failed: [], missing: [], outputs: {} });
  });

  it('CSV: a row with too few or too many fields and bad cells become error rows in place', async () => {
    const r = await runBin([...EVAL, '--input', 'bad.csv']);
    expect(r.code).toBe(1);
    const rows = ndjson(r.stdout) as unknown as Row[];
    expect(rows.map((x) => [x.id, x.status, x.error?.code])).toEqual([
      ['C1', 'eligible', undefined],
      ['C2', 'error', 'INVALID_CSV'],
      ['C3', 'error', 'INVALID_INPUT'],
      ['C4', 'error', 'INVALID_INPUT'],
      ['C5', 'error', 'INVALID_CSV'],
      ['C6', 'eligible', undefined],
    ]);
    expect(rows[1]?.error?.issues).toEqual([{ path: '(root)', message: '3 fields, the header has 4' }]);
    expect(rows[3]?.error?.issues[0]?.path).toBe('seriousDishonestyList');
  });

  it('without --as-of, records without their own asOf are error rows', async () => {
    const r = await runBin(['eval', 'rd-subsidy.json', '--input', 'enterprises.ndjson']);
    expect(r.code).toBe(1);
    const rows = ndjson(r.stdout) as unknown as Row[];
    expect(rows.map((x) => x.error?.code ?? x.status)).toEqual(['INVALID_AS_OF', 'INVALID_AS_OF', 'INVALID_AS_OF', 'eligible', 'INVALID_AS_OF']);
  });
});

describe('zone-policy: usage errors exit 2 with one line on stderr', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'zp-cli-'));
  await writeFile(join(dir, 'broken.json'), '[{"id": "E1"');
  await writeFile(join(dir, 'bad-policy.json'), JSON.stringify({ id: 'x.y', title: { zh: 'x', en: 'x' } }));
  await writeFile(join(dir, 'no-policy.mjs'), 'export const answer = 42;\n');
  await writeFile(join(dir, 'dup.csv'), 'id,id\nE1,E1\n');
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /missing command/],
    ['an unknown command', ['evaluate'], /unknown command 'evaluate'/],
    ['an unknown policy', ['eval', 'cn.no-such.2020', '--input', 'enterprises.json'], /unknown policy 'cn\.no-such\.2020'/],
    ['a bad --format', [...EVAL, '--input', 'enterprises.json', '--format', 'xml'], /Allowed choices are ndjson, json, csv, table/],
    ['an unknown flag', [...EVAL, '--input', 'enterprises.json', '--colour'], /unknown option '--colour'/],
    ['a missing --input', EVAL, /required option '-i, --input/],
    ['a date that does not exist', ['eval', 'rd-subsidy.json', '--input', 'enterprises.json', '--as-of', '2021-02-29'], /--as-of.*real date/],
    ['a bad --jobs', [...EVAL, '--input', 'enterprises.json', '--jobs', '0'], /--jobs/],
    ['a bad --budget', [...EVAL, '--input', 'enterprises.json', '--budget', '1e6'], /--budget/],
    ['an unreadable input file', [...EVAL, '--input', 'nope.ndjson'], /cannot read nope\.ndjson/],
    ['a directory as input', [...EVAL, '--input', '.'], /cannot read \.: it is a directory/],
    ['a JSON input that does not parse', [...EVAL, '--input', join(dir, 'broken.json')], /is not valid JSON/],
    ['a CSV header naming a column twice', [...EVAL, '--input', join(dir, 'dup.csv')], /CSV column 'id' is given twice/],
    ['an invalid policy file', ['eval', join(dir, 'bad-policy.json'), '--input', 'enterprises.json'], /invalid policy/],
    ['a module exporting no policy', ['show', join(dir, 'no-policy.mjs')], /exports no policy/],
    ['test on a path that does not exist', ['test', 'no/such/dir'], /no such file or directory: no\/such\/dir/],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const r = await runBin(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^zone-policy: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
  });
});
