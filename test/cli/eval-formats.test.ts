import { describe, expect, it } from 'vitest';
import { ndjson, runBin } from './run-bin';

const EVAL = ['eval', 'rd-subsidy.json', '--as-of', '2021-06-01'];

describe('zone-policy eval: input formats', () => {
  it('reads NDJSON, a JSON array, YAML and CSV (dotted and keyed columns) into the same results', async () => {
    const runs = await Promise.all(['ndjson', 'json', 'yaml', 'csv'].map((ext) => runBin([...EVAL, '--input', `enterprises.${ext}`])));
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(runs[0]?.stdout);
    }
    const rows = ndjson(runs[0]?.stdout ?? '');
    expect(rows.map((r) => [r['id'], r['status'], r['outputs']])).toEqual([
      ['E1', 'eligible', { subsidy: '180000.00' }], // 1,800,000 x 10% = 180,000.00
      ['E2', 'ineligible', {}], // 301 employees > 300
      ['E3', 'undetermined', {}], // no 2020 figures
      ['E4', 'eligible', { subsidy: '500000.00' }], // own asOf 2022: 2021's 6,000,000 x 10% = 600,000, capped at 500,000
      ['E5', 'ineligible', {}], // on the serious-dishonesty list
    ]);
    expect(rows[2]?.['missing']).toEqual(['financials[2020].rdExpense']);
    expect(rows.map((r) => r['asOf'])).toEqual(['2021-06-01', '2021-06-01', '2021-06-01', '2022-06-01', '2021-06-01']);
  });

  it('reads stdin: NDJSON by default, a JSON array when the text starts with [', async () => {
    const file = await runBin([...EVAL, '--input', 'enterprises.ndjson']);
    const lines = await runBin([...EVAL, '--input', '-'], { stdin: '\n{"id":"E1","employees":120,"seriousDishonestyList":false,"financials":[{"year":2020,"rdExpense":"1800000"}]}\n' });
    const array = await runBin([...EVAL, '--input', '-'], { stdin: ` [${JSON.stringify({ id: 'E1', employees: 120, seriousDishonestyList: false, financials: [{ year: 2020, rdExpense: '1800000' }] })}]` });
    expect(lines.code).toBe(0);
    expect(lines.stdout).toBe(`${file.stdout.split('\n')[0]}\n`);
    expect(array.stdout).toBe(lines.stdout);
  });

  it('--input-format reads stdin as YAML or CSV', async () => {
    const yaml = await runBin([...EVAL, '--input', '-', '--input-format', 'yaml'], { stdin: '- { id: E2, employees: 301, seriousDishonestyList: false }\n' });
    const csv = await runBin([...EVAL, '--input', '-', '--input-format', 'csv'], { stdin: 'id,employees,seriousDishonestyList\r\nE2,301,false\r\n' });
    expect(yaml.code).toBe(0);
    expect(ndjson(yaml.stdout).map((r) => [r['id'], r['status'], r['failed']])).toEqual([['E2', 'ineligible', ['smallEnterprise']]]);
    expect(csv.stdout).toBe(yaml.stdout);
  });

  it('a CSV cell left empty is an absent fact, and arrays by position compact their items', async () => {
    const csv = 'id,loanAmount,kind,contractFeeRate,termMonths,startDate,borrower.size\nG1,5000000,new,0.02,12,2020-03-01,\n';
    const r = await runBin(['eval', 'cn.gov-guarantee-fee.2019', '--input', '-', '--input-format', 'csv', '--as-of', '2020-03-01'], { stdin: csv });
    const [row] = ndjson(r.stdout);
    expect(row?.['status']).toBe('undetermined');
    expect(row?.['missing']).toEqual(['borrower.size']);
  });
});

describe('zone-policy eval: output formats', () => {
  it('--format json is one array of the same rows', async () => {
    const nd = await runBin([...EVAL, '--input', 'enterprises.csv']);
    const js = await runBin([...EVAL, '--input', 'enterprises.csv', '--format', 'json']);
    expect(js.code).toBe(0);
    expect(JSON.parse(js.stdout)).toEqual(ndjson(nd.stdout));
  });

  it('--format csv flattens the outputs after id, status, failed, missing, error', async () => {
    const r = await runBin([...EVAL, '--input', 'enterprises.json', '--format', 'csv']);
    expect(r.stdout).toBe(
      [
        'id,status,failed,missing,error,subsidy',
        'E1,eligible,,,,180000.00',
        'E2,ineligible,smallEnterprise,,,',
        'E3,undetermined,,financials[2020].rdExpense,,',
        'E4,eligible,,,,500000.00',
        'E5,ineligible,notDishonest,,,',
        '',
      ].join('\n'),
    );
  });

  it('--format table aligns the columns, with labels and statuses in --lang', async () => {
    const en = await runBin([...EVAL, '--input', 'enterprises.json', '--format', 'table']);
    const zh = await runBin([...EVAL, '--input', 'enterprises.json', '--format', 'table', '--lang', 'zh']);
    expect(en.code).toBe(0);
    const lines = en.stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+id\s+status\s+failed\s+missing\s+Subsidy$/);
    expect(lines[2]).toMatch(/^1\s+E1\s+eligible\s+180000\.00$/);
    const subsidyEnd = (lines[0] ?? '').length;
    expect((lines[2] ?? '').length).toBe(subsidyEnd); // money right-aligned under its header
    expect(zh.stdout).toContain('补助金额');
    expect(zh.stdout).toMatch(/1\s+E1\s+符合/);
  });

  it('--explain adds the trace: JSON in ndjson, rendered text in the table', async () => {
    const nd = await runBin([...EVAL, '--input', 'enterprises.json', '--explain']);
    const [first] = ndjson(nd.stdout);
    expect(first?.['trace']).toMatchObject({ kind: 'policy', id: 'example.rd-subsidy.2021', result: 'pass' });
    const table = await runBin([...EVAL, '--input', 'enterprises.json', '--explain', '--format', 'table']);
    expect(table.stdout).toContain('Explanation 1 E1');
    expect(table.stdout).toContain('✓ smallEnterprise At most 300 employees: pass');
    expect(table.stdout).toContain('rounding: 180000 -> 180000.00 (half-up, 2)');
  });

  it('--summary appends the batch summaries (ndjson last line, json wrapper, csv comment, always in the table)', async () => {
    const args = ['eval', 'cn.gov-guarantee-fee.2019', '--input', 'guarantees.csv', '--as-of', '2020-03-01'];
    const nd = await runBin([...args, '--summary']);
    const rows = ndjson(nd.stdout);
    expect(rows).toHaveLength(5);
    const summary = rows[4]?.['summary'] as { fn: string; values: Record<string, unknown> }[];
    expect(summary[0]?.fn).toBe('portfolio.guarantees');
    // 5,000,000 + 5,000,000.01 + 2,000,000 + 1,000,000
    expect(summary[0]?.values['totalAmount']).toBe('13000000.01');
    const js = JSON.parse((await runBin([...args, '--summary', '--format', 'json'])).stdout) as { results: unknown[]; summary: unknown[] };
    expect(js.results).toEqual(rows.slice(0, 4));
    expect(js.summary).toEqual(summary);
    const csv = (await runBin([...args, '--summary', '--format', 'csv'])).stdout.trimEnd().split('\n');
    expect(csv[csv.length - 1]).toBe(`# summary ${JSON.stringify(summary[0])}`);
    expect((await runBin([...args, '--format', 'table'])).stdout).toContain('Summary: Guarantee portfolio targets (portfolio.guarantees)');
    expect((await runBin(args)).stdout).not.toContain('summary');
  });
});
