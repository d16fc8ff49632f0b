import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JSON_SCHEMA_DIALECT,
  modelJsonSchema,
  modelJsonSchemaText,
  modelSchemaFileName,
  modelSchemaId,
} from '../../src/models/json-schema';
import { MODELS, type ModelName } from '../../src/models/registry';
import { expectedSchemaFiles, SCHEMAS_DIR, schemaDrift } from '../../scripts/gen-schemas';
import { ajv, schemaValidator } from './fixtures/ajv';

const NAMES = Object.keys(MODELS) as ModelName[];

describe('modelJsonSchema', () => {
  it.each(NAMES)('%s: draft 2020-12 with $id, title and description first', (name) => {
    const s = modelJsonSchema(name);
    expect(Object.keys(s).slice(0, 5)).toEqual(['$schema', '$id', 'title', 'description', 'type']);
    expect(s.$schema).toBe(JSON_SCHEMA_DIALECT);
    expect(s.$id).toBe(`urn:zone-policy:schema:${name}`);
    expect(s.title).toBe(`zone-policy ${name} record`);
    expect(s.description.length).toBeGreaterThan(20);
    expect(s.type).toBe('object');
    expect(s.additionalProperties).toBe(false);
  });

  it('ids are distinct and the schemas are plain JSON', () => {
    expect(new Set(NAMES.map(modelSchemaId)).size).toBe(NAMES.length);
    for (const name of NAMES) expect(JSON.parse(modelJsonSchemaText(name))).toEqual(modelJsonSchema(name));
  });

  it.each(NAMES)('%s: a valid schema of its dialect (ajv strict mode compiles it)', (name) => {
    expect(ajv.validateSchema(modelJsonSchema(name))).toBe(true);
    expect(() => schemaValidator(name)).not.toThrow();
  });

  it('each call returns a fresh object (callers may mutate theirs)', () => {
    const a = modelJsonSchema('project');
    (a as Record<string, unknown>).title = 'changed';
    expect(modelJsonSchema('project').title).toBe('zone-policy project record');
  });

  it('file names follow the model names', () => {
    expect(NAMES.map(modelSchemaFileName)).toEqual([
      'enterprise.schema.json',
      'loan.schema.json',
      'lease.schema.json',
      'guarantee.schema.json',
      'awardApplication.schema.json',
      'project.schema.json',
    ]);
  });
});

describe('schemas/ (committed, shipped in the package)', () => {
  it('equals the generated schemas exactly (regenerate: npx tsx scripts/gen-schemas.ts)', () => {
    expect(schemaDrift(SCHEMAS_DIR)).toEqual([]);
  });

  it('holds one file per model and nothing else', () => {
    expect(readdirSync(SCHEMAS_DIR).sort()).toEqual(Object.keys(expectedSchemaFiles()).sort());
    for (const name of NAMES) {
      const text = readFileSync(join(SCHEMAS_DIR, modelSchemaFileName(name)), 'utf8');
      expect(text).toBe(modelJsonSchemaText(name));
    }
  });

  it('the drift check notices a changed, a missing and a stale file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-schemas-'));
    try {
      for (const [f, text] of Object.entries(expectedSchemaFiles())) writeFileSync(join(dir, f), text);
      expect(schemaDrift(dir)).toEqual([]);
      writeFileSync(join(dir, 'loan.schema.json'), modelJsonSchemaText('loan').replace('"principal"', '"principle"'));
      rmSync(join(dir, 'project.schema.json'));
      writeFileSync(join(dir, 'party.schema.json'), '{}\n');
      expect(schemaDrift(dir)).toEqual(['loan.schema.json: differs', 'project.schema.json: missing', 'party.schema.json: stale (no such model)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is in the package files', () => {
    const pkg = JSON.parse(readFileSync(join(SCHEMAS_DIR, '..', 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schemas');
  });
});
