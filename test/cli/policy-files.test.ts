import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from './run-bin';

const MODULE = join(ROOT, 'examples', 'policies', 'my-policy.ts');
const INPUT = ['--input', 'enterprises.ndjson', '--as-of', '2021-06-01'];

describe('zone-policy: policies from files', () => {
  it('a TS module (loaded with tsx), its JSON data and its YAML data evaluate identically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zp-policy-'));
    const yamlFile = join(dir, 'rd-subsidy.yaml');
    await writeFile(yamlFile, stringify(JSON.parse(await readFile(join(ROOT, 'test/cli/fixtures/rd-subsidy.json'), 'utf8'))));
    const [ts, json, yaml] = await Promise.all([runBin(['eval', MODULE, ...INPUT]), runBin(['eval', 'rd-subsidy.json', ...INPUT]), runBin(['eval', yamlFile, ...INPUT])]);
    expect(ts.stderr).toBe('');
    expect(ts.code).toBe(0);
    expect(ts.stdout.split('\n')).toHaveLength(6);
    expect(json.stdout).toBe(ts.stdout);
    expect(yaml.stdout).toBe(ts.stdout);
  });

  it('show --json of the module is the policy data (the JSON fixture)', async () => {
    const r = await runBin(['show', MODULE, '--json']);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(await readFile(join(ROOT, 'test/cli/fixtures/rd-subsidy.json'), 'utf8')));
  });

  it('show prints sources, dated parameters and each criterion with its citation and quote', async () => {
    const r = await runBin(['show', 'rd-subsidy.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('example.rd-subsidy.2021  Example: R&D expense subsidy');
    expect(r.stdout).toContain('example2021  示例〔2021〕1号  示例高新区研发费用补助办法');
    expect(r.stdout).toContain('2021-01-01 – open-ended: 0.10');
    expect(r.stdout).toMatch(/smallEnterprise {2}At most 300 employees {2}\[示例〔2021〕1号 art\. 3\(1\)\]\n\s+“职工总数不超过300人”\n\s+test: employees <= param:maxEmployees/);
    const zh = await runBin(['show', 'rd-subsidy.json', '--lang', 'zh']);
    expect(zh.stdout).toContain('smallEnterprise  职工总数不超过300人');
  });

  it('show on a catalog policy, and a catalog policy exported as JSON evaluates like the catalog one', async () => {
    const text = await runBin(['show', 'cn.gov-guarantee-fee.2019']);
    expect(text.stdout).toContain('国办发〔2019〕6号');
    const dir = await mkdtemp(join(tmpdir(), 'zp-policy-'));
    const file = join(dir, 'fee.json');
    await writeFile(file, (await runBin(['show', 'cn.gov-guarantee-fee.2019', '--json'])).stdout);
    const args = ['--input', 'guarantees.csv', '--as-of', '2020-03-01', '--summary'];
    const [fromFile, fromCatalog] = await Promise.all([runBin(['eval', file, ...args]), runBin(['eval', 'cn.gov-guarantee-fee.2019', ...args])]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(fromCatalog.stdout);
  });
});

describe('zone-policy list and --version', () => {
  it('lists the catalog as text and JSON', async () => {
    const text = await runBin(['list']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^id\s+title\s+effective\n/);
    expect(text.stdout).toMatch(/cn\.gov-guarantee-fee\.2019\s+Government financing-guarantee fee caps\s+2019-02-14 –\n/);
    const zh = await runBin(['list', '--lang', 'zh']);
    expect(zh.stdout).toContain('政府性融资担保费率上限');
    const json = JSON.parse((await runBin(['list', '--json'])).stdout) as { id: string; effective: { from: string } }[];
    expect(json.find((p) => p.id === 'cn.gov-guarantee-fee.2019')?.effective).toEqual({ from: '2019-02-14' });
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await runBin(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });
});
