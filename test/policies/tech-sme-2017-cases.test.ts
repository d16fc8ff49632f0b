import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compile, getPolicy } from '../../src/index';

/** Runs the analyst-facing YAML cases of cn.tech-sme.2017 (test/cases/cn.tech-sme.2017.yaml) through the library. */

interface Case {
  name: string;
  policy: string;
  asOf: string;
  input: Record<string, unknown>;
  expect: { status: string; failed?: string[]; missing?: string[]; outputs?: Record<string, unknown> };
}

const cases = parse(readFileSync(new URL('../cases/cn.tech-sme.2017.yaml', import.meta.url), 'utf8')) as Case[];

describe('test/cases/cn.tech-sme.2017.yaml', () => {
  it('holds 3 to 8 cases of this policy', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(cases.length).toBeLessThanOrEqual(8);
    for (const c of cases) expect(c.policy).toBe('cn.tech-sme.2017');
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const p = getPolicy(c.policy);
    if (!p) throw new Error(`unknown policy ${c.policy}`);
    const r = compile(p).evaluate(c.input, { asOf: c.asOf });
    expect(r.status).toBe(c.expect.status);
    if (c.expect.failed) expect(r.failed).toEqual(c.expect.failed);
    if (c.expect.missing) expect(r.missing).toEqual(c.expect.missing);
    for (const [k, v] of Object.entries(c.expect.outputs ?? {})) expect(r.outputs[k]).toEqual(v);
  });
});
