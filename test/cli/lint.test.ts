import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPolicies } from '../../src/index';
import { ROOT, runBin } from './run-bin';

const FIXTURE = (name: string) => join(ROOT, 'test', 'analysis', 'fixtures', name);

describe('zone-policy lint', () => {
  it('--all lints the catalog: every policy clean, exit 0', async () => {
    const r = await runBin(['lint', '--all']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const ids = listPolicies().map((p) => p.id);
    expect(r.stdout).toBe(`${ids.map((id) => `${id}: clean`).join('\n')}\n${ids.length} policies: 0 errors, 0 warnings\n`);
  });

  it('a planted fault: the finding with its path, message and counterexample, exit 1', async () => {
    const r = await runBin(['lint', FIXTURE('lint-table-gap.json'), 'cn.gov-guarantee-fee.2019'], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        `${FIXTURE('lint-table-gap.json')} (fixture.lint.table-gap): 1 error, 0 warnings`,
        '  error   table-gap  definitions.threshold.expr.config.bands: no band covers exactly 50000000: a lookup there is an error row',
        '          counterexample: {"x":"50000000"}',
        'cn.gov-guarantee-fee.2019: clean',
        '2 policies: 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('--format json: the findings per policy', async () => {
    const r = await runBin(['lint', 'test/analysis/fixtures/lint-fee-cap-exceeded.json', '--format', 'json'], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        policy: 'test/analysis/fixtures/lint-fee-cap-exceeded.json (fixture.lint.fee-cap)',
        findings: [{
          severity: 'error', rule: 'fee-cap-exceeded', path: 'definitions.priced.expr.config',
          message: 'charges 0.0101 on 5000000.01 yuan (contract rate 0.0101) on 2020-01-24, above the declared cap 0.01',
          counterexample: { amount: '5000000.01', contractRate: '0.0101', termMonths: 1, asOf: '2020-01-24', rate: '0.0101', cap: '0.01' },
        }],
      },
    ]);
  });

  it('warnings alone are clean (exit 0): an exception that never applies', async () => {
    const data = JSON.parse(readFileSync(FIXTURE('lint-shadowed-criterion.json'), 'utf8')) as { eligibility: { exceptions: { when: unknown }[] } };
    const first = data.eligibility.exceptions[0];
    if (!first) throw new Error('the fixture has no exception');
    first.when = { kind: 'bool', value: false };
    const dir = mkdtempSync(join(tmpdir(), 'zp-lint-'));
    writeFileSync(join(dir, 'never.json'), JSON.stringify(data));
    const r = await runBin(['lint', 'never.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^never\.json \(fixture\.lint\.shadowed-criterion\): 0 errors, 1 warning\n {2}warning unreachable {2}eligibility\.exceptions\[0\]: [^\n]+\n1 policy: 0 errors, 1 warning\n$/);
  });

  it('data the policy schema refuses is linted, not refused: schema findings, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-lint-'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: demo.broken\ntitle: { zh: 样例, en: Sample }\n');
    const r = await runBin(['lint', 'broken.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as { policy: string; findings: { rule: string }[] }[];
    expect(result?.policy).toBe('broken.yaml (demo.broken)');
    expect(result?.findings.length).toBeGreaterThan(0);
    expect(result?.findings.every((f) => f.rule === 'schema')).toBe(true);
  });

  it('a policy module is linted too', async () => {
    const r = await runBin(['lint', 'examples/policies/my-policy.ts'], { cwd: ROOT });
    expect([r.code, r.stdout]).toEqual([0, 'examples/policies/my-policy.ts (example.rd-subsidy.2021): clean\n1 policy: 0 errors, 0 warnings\n']);
  });

  it('usage errors: nothing to lint, unknown policy, unreadable data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-lint-'));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    const runs = await Promise.all([runBin(['lint']), runBin(['lint', 'cn.nope.2020']), runBin(['lint', 'bad.json'], { cwd: dir }), runBin(['lint', '--all', '--format', 'xml'])]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^zone-policy: [^\n]+\n$/);
    }
    expect(runs[0]?.stderr).toBe('zone-policy: lint: name the policies to lint, or --all for the catalog\n');
    expect(runs[2]?.stderr).toMatch(/^zone-policy: bad\.json is not valid JSON: /);
  });
});
