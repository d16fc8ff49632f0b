import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A well-formed record of a policy, the starting point of malformed ones. */
export interface Seed {
  policy: string;
  asOf: string;
  input: Record<string, unknown>;
}

interface RawCase {
  policy?: string;
  asOf?: string;
  input?: unknown;
}

function casesOf(doc: unknown): RawCase[] {
  if (Array.isArray(doc)) return doc as RawCase[];
  if (doc !== null && typeof doc === 'object') {
    const file = doc as { policy?: string; asOf?: string; cases?: RawCase[] };
    return (file.cases ?? []).map((c) => ({ policy: file.policy, asOf: file.asOf, ...c }));
  }
  return [];
}

/**
 * Every analyst case of test/cases/*.yaml whose input is a record, by policy id: the
 * valid (and edge) records the fuzzers mutate.
 *
 * @example
 * loadSeeds().get('cn.hnte.2016')?.length; // 8
 */
export function loadSeeds(dir: string = join(ROOT, 'test', 'cases')): Map<string, Seed[]> {
  const out = new Map<string, Seed[]>();
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    for (const c of casesOf(parse(readFileSync(join(dir, name), 'utf8')))) {
      if (!c.policy || !c.asOf || c.input === null || typeof c.input !== 'object' || Array.isArray(c.input)) continue;
      const list = out.get(c.policy) ?? [];
      list.push({ policy: c.policy, asOf: c.asOf, input: c.input as Record<string, unknown> });
      out.set(c.policy, list);
    }
  }
  return out;
}
