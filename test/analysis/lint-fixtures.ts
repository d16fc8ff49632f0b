import { readdirSync, readFileSync } from 'node:fs';

const DIR = new URL('./fixtures/', import.meta.url);

/** A fixture's parsed JSON (policy data, possibly with planted faults). */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as unknown;
}

/** Every lint fixture file name. */
export function lintFixtureNames(): string[] {
  return readdirSync(DIR).filter((f) => f.startsWith('lint-') && f.endsWith('.json')).sort();
}
