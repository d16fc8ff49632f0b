import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS, type ModelName } from '../../src/models/registry';
import { ROOT, runBin } from './run-bin';

const NAMES = Object.keys(MODELS) as ModelName[];

describe('zone-policy schema <model>', () => {
  it.each(NAMES)('%s: prints its shipped schemas/ file exactly, exit 0', async (name) => {
    const r = await runBin(['schema', name]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
    const schema = JSON.parse(r.stdout) as { $id: string; $schema: string };
    expect(schema.$id).toBe(`urn:zone-policy:schema:${name}`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('an unknown model is a usage error naming the models, exit 2', async () => {
    const r = await runBin(['schema', 'party']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("zone-policy: unknown model 'party' (models: enterprise, loan, lease, guarantee, awardApplication, project)\n");
  });

  it('a missing model is a usage error, exit 2', async () => {
    const r = await runBin(['schema']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^zone-policy: .*model.*\n$/);
  });

  it('is listed in the help', async () => {
    const r = await runBin(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n\s+schema <model>\s+the JSON Schema of an input model/);
  });
});
