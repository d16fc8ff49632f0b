import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from './run-bin';

describe('zone-policy test', () => {
  it('passes the example policy module cases (found by searching the directory)', async () => {
    const r = await runBin(['test', 'examples'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ examples/policies/my-policy.test.yaml › 10% of 1,800,000 is 180,000.00');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('6 passed, 0 failed');
  });

  it('a passing list-form file: policy by relative path and by catalog id', async () => {
    const r = await runBin(['test', 'cases/passing.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✓ cases/passing.yaml › E1 gets 10% of 1,800,000\n✓ cases/passing.yaml › A guarantee of exactly 5,000,000 is capped at 1% (catalog id)\n2 passed, 0 failed\n');
  });

  it('a failing file: each difference on its own line, exit 1', async () => {
    const r = await runBin(['test', 'cases/failing.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '✓ cases/failing.yaml › right',
        '✗ cases/failing.yaml › wrong status, failed list and output',
        '    status: expected "eligible", got "ineligible"',
        '    failed: expected [], got ["smallEnterprise"] (unexpected: smallEnterprise)',
        '    outputs.subsidy: expected 180000, got nothing (outputs: none)',
        '✗ cases/failing.yaml › an unexpected error row',
        '    status: expected "undetermined", got "error"',
        '    (the record was an error: INVALID_INPUT: the record does not match the enterprise model)',
        "        employeez: unknown key 'employeez'",
        '✗ cases/failing.yaml › a decimal written as a YAML number',
        '    outputs.subsidy: expected 180000, got "180000.00" (a number in YAML: quote it, "180000.00")',
        '1 passed, 3 failed',
        '',
      ].join('\n'),
    );
  });

  it('a directory runs every file; an unreadable case file counts as a failure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zp-cases-'));
    await writeFile(join(dir, 'broken.yml'), '- name: no expectation\n  input: {}\n  expect: {}\n');
    const r = await runBin(['test', 'cases', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ ');
    expect(r.stdout).toContain('expect at least one of status, failed, missing, outputs, error');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('3 passed, 4 failed');
  });

  it('an empty directory is a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zp-empty-'));
    const r = await runBin(['test', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^zone-policy: no \*\.yaml\/\*\.yml case files in .+\n$/);
  });
});
