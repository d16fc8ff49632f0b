import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compile, getPolicy } from '../../src/index';

interface Case {
  name: string;
  policy: string;
  asOf: string;
  input: unknown;
  expect: { status?: string; failed?: string[]; missing?: string[]; outputs?: Record<string, unknown>; error?: { code?: string } };
}

describe.each(['cn.hnte.2016', 'cn.hnte.2008'])('test/cases/%s.yaml', (id) => {
  const cases = parse(readFileSync(new URL(`../cases/${id}.yaml`, import.meta.url), 'utf8')) as Case[];

  it('has 3 to 8 cases, all for this policy', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(cases.length).toBeLessThanOrEqual(8);
    expect(cases.every((c) => c.policy === id)).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const p = getPolicy(c.policy);
    if (!p) throw new Error(`unknown policy ${c.policy}`);
    const r = compile(p).evaluate(c.input, { asOf: c.asOf });
    if (c.expect.status) expect(r.status).toBe(c.expect.status);
    if (c.expect.failed) expect(r.failed).toEqual(c.expect.failed);
    if (c.expect.missing) expect(r.missing).toEqual(c.expect.missing);
    for (const [k, v] of Object.entries(c.expect.outputs ?? {})) expect(r.outputs[k]).toEqual(v);
    if (c.expect.error?.code) expect(r.error?.code).toBe(c.expect.error.code);
  });
});
