import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from './run-bin';

describe("the catalog's YAML cases (test/cases)", () => {
  it('zone-policy test test/cases passes every case', async () => {
    const r = await runBin(['test', 'test/cases'], { cwd: ROOT });
    const failures = r.stdout.split('\n').filter((l) => !l.startsWith('✓ '));
    expect(failures.join('\n')).toMatch(/^\d+ passed, 0 failed\n$/);
    expect(r.code).toBe(0);
  });
});
