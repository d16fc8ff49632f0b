/**
 * The CLI benchmark's input: a population written as NDJSON (one raw record per line),
 * generated in chunks so a million records never sit in memory at once, and kept in the
 * temp directory under a name made of its parameters (a re-run reuses it).
 *
 * @module
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePopulation } from './population';

const CHUNK = 50_000;

/**
 * The path of the NDJSON population of `n` records for `seed` and `asOf`, written first if
 * absent.
 *
 * @example
 * ndjsonPopulation(1000, 1, '2020-06-01'); // '/tmp/zone-policy-bench/hnte-2016-1000-s1-2020-06-01.ndjson'
 */
export function ndjsonPopulation(n: number, seed: number, asOf: string): string {
  const dir = join(tmpdir(), 'zone-policy-bench');
  const path = join(dir, `hnte-2016-${n}-s${seed}-${asOf}.ndjson`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const partial = `${path}.${process.pid}.part`;
  const fd = openSync(partial, 'w');
  try {
    for (let done = 0, k = 0; done < n; done += CHUNK, k++) {
      const p = generatePopulation({ size: Math.min(CHUNK, n - done), seed: seed * 1000 + k, asOf, idOffset: done });
      writeSync(fd, `${p.records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return path;
}
