import fc from 'fast-check';
import { badValue, EDGE_DATES, RESERVED_KEYS } from './bad-values';
import { cloneValue, RawJson, setOwn, toJsonText } from './raw-json';
import type { Seed } from './seeds';

type Path = (string | number)[];

/** One change to a record; `at` picks a node (modulo the number of nodes). */
export type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'date'; at: number; value: string }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown }
  | { op: 'wrap'; at: number }
  | { op: 'unwrap'; at: number }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'root'; value: unknown }
  | { op: 'asOf'; value: unknown }
  | { op: 'id'; value: unknown };

function nodes(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (v instanceof RawJson) return out;
  if (Array.isArray(v)) v.forEach((x, i) => nodes(x, [...path, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) nodes((v as Record<string, unknown>)[k], [...path, k], out);
  return out;
}

function get(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

function pick(root: unknown, at: number, filter: (v: unknown, p: Path) => boolean): Path | undefined {
  const all = nodes(root).filter((p) => filter(get(root, p), p));
  return all.length ? all[at % all.length] : undefined;
}

function replace(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent[key as number] = value;
  else setOwn(parent, String(key), value);
  return root;
}

const isContainer = (v: unknown) => v !== null && typeof v === 'object' && !(v instanceof RawJson);
const isObject = (v: unknown) => isContainer(v) && !Array.isArray(v);

/**
 * Applies mutations to a copy of a record (the seed is left alone).
 *
 * @example
 * mutateRecord({ a: 1 }, [{ op: 'set', at: 1, value: 'x' }]); // { a: 'x' }
 */
export function mutateRecord(seed: unknown, mutations: readonly Mutation[]): unknown {
  let root = cloneValue(seed);
  for (const m of mutations) {
    // values are copied in: the fixed bad values are shared by every sample
    const value = 'value' in m ? cloneValue(m.value) : undefined;
    if (m.op === 'root') root = value;
    else if (m.op === 'asOf' || m.op === 'id') {
      if (isObject(root)) setOwn(root as Record<string, unknown>, m.op, value);
    } else if (m.op === 'set') {
      const p = pick(root, m.at, (_, path) => path.length > 0);
      if (p) root = replace(root, p, value);
    } else if (m.op === 'date') {
      const p = pick(root, m.at, (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
      if (p) root = replace(root, p, value);
    } else if (m.op === 'delete') {
      const p = pick(root, m.at, (_, path) => path.length > 0);
      if (!p) continue;
      const parent = get(root, p.slice(0, -1));
      const key = p[p.length - 1] as string | number;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[String(key)];
    } else if (m.op === 'addKey') {
      const p = pick(root, m.at, isObject);
      if (p) setOwn(get(root, p) as Record<string, unknown>, m.key, value);
    } else if (m.op === 'wrap') {
      const p = pick(root, m.at, () => true);
      if (p) root = replace(root, p, [cloneValue(get(root, p))]);
    } else if (m.op === 'unwrap') {
      const p = pick(root, m.at, isContainer);
      if (!p) continue;
      const v = get(root, p) as Record<string, unknown>;
      root = replace(root, p, Object.values(v)[0] ?? null);
    } else {
      const p = pick(root, m.at, Array.isArray);
      if (!p) continue;
      const arr = get(root, p) as unknown[];
      const copy = arr.map(cloneValue);
      // at most 400 items, so a few repeats in a row stay small
      for (let i = 1; i < m.times && arr.length + copy.length <= 400; i++) arr.push(...copy.map(cloneValue));
    }
  }
  return root;
}

const key = fc.oneof(fc.constantFrom(...RESERVED_KEYS), fc.constantFrom('employeez', 'Employees', 'loan_amount', 'financials ', ''), fc.string({ maxLength: 12 }));
const at = fc.nat();

/**
 * One mutation: a field set to a malformed value (most often), a date field set to an edge
 * date (calendar ends, leap days, days that do not exist), a key deleted or added
 * (unknown, misspelt or reserved like `__proto__`), a node wrapped in or taken out of an
 * array, an array repeated, the record replaced, or its `asOf`/`id` set to a bad value.
 *
 * @example
 * fc.sample(mutation(), 1); // e.g. [{ op: 'set', at: 7, value: '2019-02-30' }]
 */
export function mutation(): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ op: fc.constant('set' as const), at, value: badValue() }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('date' as const), at, value: fc.constantFrom(...EDGE_DATES) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('addKey' as const), at, key, value: badValue() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap' as const), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('unwrap' as const), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at, times: fc.integer({ min: 2, max: 40 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('root' as const), value: badValue() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('asOf' as const), value: badValue() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('id' as const), value: badValue() }) },
  );
}

/** A fuzz case: the record as JSON text (read back with `JSON.parse`) and the evaluation date. */
export interface FuzzCase {
  text: string;
  asOf: string;
}

/**
 * Malformed records of a policy: one of its seeds with 0 to 4 mutations (no mutation
 * keeps some valid records in the mix), as JSON text.
 *
 * @example
 * fc.sample(malformedRecord(seeds), 1)[0].text; // '{"id":"E1","employees":"NaN",…}'
 */
export function malformedRecord(seeds: readonly Seed[]): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation(), { minLength: 0, maxLength: 4 }))
    .map(([seed, ms]) => ({ text: toJsonText(mutateRecord(seed.input, ms)), asOf: seed.asOf }));
}
