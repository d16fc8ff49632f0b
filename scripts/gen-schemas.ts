/**
 * Writes the JSON Schema of every input model to `schemas/<model>.schema.json` (shipped in
 * the package; `test/package/schema-files.test.ts` checks the committed files are current).
 *
 *   npx tsx scripts/gen-schemas.ts           write the files, remove stale ones
 *   npx tsx scripts/gen-schemas.ts --check   exit 1 if any file differs (writes nothing)
 *
 * @module
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelJsonSchemaText, modelSchemaFileName } from '../src/models/json-schema';
import { MODELS, type ModelName } from '../src/models/registry';

/**
 * The folder the schemas are written to: `schemas/` at the repository root.
 *
 * @example
 * SCHEMAS_DIR.endsWith('/schemas'); // true
 */
export const SCHEMAS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/**
 * Every schema file the generator writes: file name -> text.
 *
 * @example
 * Object.keys(expectedSchemaFiles())[0]; // 'enterprise.schema.json'
 */
export function expectedSchemaFiles(): Record<string, string> {
  const names = Object.keys(MODELS) as ModelName[];
  return Object.fromEntries(names.map((n) => [modelSchemaFileName(n), modelJsonSchemaText(n)]));
}

/**
 * The differences between `dir` and the generated files: names missing, differing or stale.
 *
 * @example
 * schemaDrift(SCHEMAS_DIR); // [] when the committed schemas are current
 */
export function schemaDrift(dir: string): string[] {
  const expected = expectedSchemaFiles();
  const present = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
  const stale = present.filter((f) => !(f in expected)).map((f) => `${f}: stale (no such model)`);
  const wrong = Object.entries(expected).flatMap(([f, text]) =>
    !present.includes(f) ? [`${f}: missing`] : readFileSync(join(dir, f), 'utf8') !== text ? [`${f}: differs`] : [],
  );
  return [...wrong, ...stale];
}

function main(args: readonly string[]): number {
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  if (args.includes('--check')) {
    const drift = schemaDrift(SCHEMAS_DIR);
    for (const d of drift) process.stderr.write(`schemas/${d}\n`);
    if (drift.length > 0) process.stderr.write('run: npx tsx scripts/gen-schemas.ts\n');
    return drift.length === 0 ? 0 : 1;
  }
  const expected = expectedSchemaFiles();
  for (const f of readdirSync(SCHEMAS_DIR)) if (f.endsWith('.schema.json') && !(f in expected)) rmSync(join(SCHEMAS_DIR, f));
  for (const [f, text] of Object.entries(expected)) writeFileSync(join(SCHEMAS_DIR, f), text);
  process.stdout.write(`wrote ${Object.keys(expected).length} schemas to schemas/\n`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
