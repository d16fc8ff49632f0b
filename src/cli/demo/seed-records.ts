import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { readRecords } from '../input/read-records';

/**
 * Reads one seed file (CSV, JSON, NDJSON, by its extension) with the same readers as
 * `zone-policy eval --input`, so the demo reads its data exactly as a user's run would.
 * The files are ours: an unreadable row is a packaging bug, thrown.
 *
 * @example
 * const rows = await readSeed('/pkg/examples/seed', 'zibo-projects.csv');
 * rows.length; // 62
 */
export async function readSeed(dir: string, name: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of await readRecords(join(dir, name), undefined, { cwd: dir, stdin: new PassThrough() })) {
    if (item.kind === 'unreadable') throw new Error(`examples/seed/${name}: ${item.message}`);
    out.push(item.record);
  }
  return out;
}

/**
 * A field of a record read from a seed file (`undefined` when absent).
 *
 * @example
 * field({ a: { b: 1 } }, 'a', 'b'); // 1
 */
export function field(record: unknown, ...path: string[]): unknown {
  let v: unknown = record;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
