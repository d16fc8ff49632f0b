import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_POLICY_FILE_BYTES, MAX_YAML_ALIAS_COUNT } from '../../../src/cli/policy-source/policy-data';
import { runBinary } from '../fuzz/run-cli';
import { ROOT } from '../fuzz/seeds';

const dir = await mkdtemp(join(tmpdir(), 'zp-untrusted-'));
const POLICY = JSON.parse(await readFile(join(ROOT, 'test/cli/fixtures/rd-subsidy.json'), 'utf8')) as Record<string, unknown>;
const INPUT = ['--input', join(ROOT, 'test/cli/fixtures/enterprises.ndjson'), '--as-of', '2021-06-01'];
const marker = join(dir, 'code-ran');
const RUN_CODE = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** `eval` with the policy file: exit 2 and one line on stderr, nothing on stdout. */
async function refused(path: string): Promise<string> {
  const r = await runBinary(['eval', path, ...INPUT]);
  expect({ code: r.code, stdout: r.stdout.toString(), oneLine: /^zone-policy: [^\n]+\n$/.test(r.stderr) }).toEqual({ code: 2, stdout: '', oneLine: true });
  return r.stderr;
}

/** A JSON policy file of exactly `bytes` bytes (the English summary padded). */
function policyOfSize(bytes: number): string {
  const text = (pad: number) => JSON.stringify({ ...POLICY, summary: { zh: '示例', en: 'x'.repeat(pad) } });
  const base = Buffer.byteLength(text(0));
  return text(bytes - base);
}

describe('untrusted policy files (JSON, YAML): data, never code, within limits', () => {
  it('a billion-laughs YAML file is refused at once (the alias limit)', async () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (const [prev, next] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi', 'ij']) bomb += `${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]\n`;
    const t = performance.now();
    expect(await refused(await file('bomb.yaml', bomb))).toMatch(/bomb\.yaml is not valid YAML: Excessive alias count/);
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(MAX_YAML_ALIAS_COUNT).toBe(100);
  });

  it('a YAML policy sharing equal parts by anchor and alias evaluates like its JSON', async () => {
    const data = JSON.parse(JSON.stringify(POLICY)) as unknown;
    const firsts = new Map<string, unknown>();
    const share = (v: unknown): unknown => {
      if (v === null || typeof v !== 'object') return v;
      const key = JSON.stringify(v);
      const first = firsts.get(key);
      if (first !== undefined && !Array.isArray(v)) return first;
      firsts.set(key, v);
      for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = share(x);
      return v;
    };
    const yaml = stringify(share(data));
    expect(yaml).toMatch(/&\w+/); // anchors were written
    expect(yaml).toMatch(/\*\w+/); // and aliases
    const [fromYaml, fromJson] = await Promise.all([runBinary(['eval', await file('aliased.yaml', yaml), ...INPUT]), runBinary(['eval', join(ROOT, 'test/cli/fixtures/rd-subsidy.json'), ...INPUT])]);
    expect(fromYaml.stderr).toBe('');
    expect(fromYaml.stdout.equals(fromJson.stdout)).toBe(true);
  });

  it(`size: a policy file of exactly 5 MB is read, one byte more is refused before reading`, async () => {
    const [atLimit, over] = await Promise.all([file('at-limit.json', policyOfSize(MAX_POLICY_FILE_BYTES)), file('over-limit.json', policyOfSize(MAX_POLICY_FILE_BYTES + 1))]);
    const ok = await runBinary(['eval', atLimit, ...INPUT]);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(await refused(over)).toBe(`zone-policy: ${over} is ${MAX_POLICY_FILE_BYTES + 1} bytes: a policy data file is at most 5 MB (5242880 bytes)\n`);
  });

  it('prototype pollution, deep nesting and too many nodes are refused with the path and the limit', async () => {
    const proto = JSON.stringify(POLICY).replace(/^\{/, '{"__proto__":{"polluted":true},');
    expect(await refused(await file('proto.json', proto))).toMatch(/proto\.json: invalid policy: __proto__: reserved key '__proto__'/);
    const ctor = JSON.stringify(POLICY).replace('"sources":[{', '"sources":[{"constructor":{"prototype":{"polluted":true}},');
    expect(await refused(await file('ctor.json', ctor))).toMatch(/invalid policy: .*constructor: reserved key 'constructor'/);
    const deep = JSON.stringify(POLICY).replace(/^\{/, `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)},`);
    expect(await refused(await file('deep.json', deep))).toMatch(/deep\.json: invalid policy: \(root\): nested deeper than 64 levels/);
    const wide = JSON.stringify({ ...POLICY, x: Array.from({ length: 250_000 }, () => 0) });
    expect(await refused(await file('wide.json', wide))).toMatch(/wide\.json: invalid policy: \(root\): more than 200000 nodes/);
    expect(await refused(await file('cycle.yaml', 'id: &a [*a]\n'))).toMatch(/nested deeper than 64 levels/);
  });

  it('YAML tags are no way in: unknown tags (!js/function) are errors, binary/set/timestamp values are not policy data; nothing runs', async () => {
    expect(await refused(await file('tag.yaml', `id: !js/function |\n  function () { ${RUN_CODE} }\n`))).toMatch(/tag\.yaml is not valid YAML: Unresolved tag: !js\/function/);
    expect(await refused(await file('binary.yaml', 'id: !!binary aGk=\n'))).toMatch(/binary\.yaml: YAML value of type Buffer is not policy data/);
    expect(await refused(await file('set.yaml', 'id: !!set { a, b }\n'))).toMatch(/YAML value of type Set is not policy data/);
    expect(await refused(await file('yaml11.yaml', '%YAML 1.1\n---\nid: x\neffective: { from: 2020-01-01 }\n'))).toMatch(/YAML value of type Date is not policy data/);
    expect(await refused(await file('dup.yaml', 'id: a\nid: b\n'))).toMatch(/Map keys must be unique/);
    expect(existsSync(marker)).toBe(false);
  });

  it('code in the strings of a JSON policy is printed as text by show and never run', async () => {
    const path = await file('strings.json', JSON.stringify({ ...POLICY, title: { zh: RUN_CODE, en: `\${${RUN_CODE}}` } }));
    const r = await runBinary(['show', path]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toContain(`example.rd-subsidy.2021  \${${RUN_CODE}}`);
    expect((await runBinary(['eval', path, ...INPUT])).code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it('by contrast, a JS module policy is code: loading it runs it (only load modules you trust)', async () => {
    const moduleMarker = `${marker}-module`;
    const path = await file('policy.cjs', `require('node:fs').writeFileSync(${JSON.stringify(moduleMarker)}, 'x');\nmodule.exports = ${JSON.stringify(POLICY)};\n`);
    const r = await runBinary(['eval', path, ...INPUT]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(existsSync(moduleMarker)).toBe(true);
  });
});
