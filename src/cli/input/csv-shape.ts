import { UsageError } from '../usage-error';

/**
 * Arrays that CSV columns address by a key field rather than by position:
 * `financials.2019.salesRevenue` is the `salesRevenue` of the `financials` item whose
 * `year` is 2019. Every other numeric segment is a position (`payments.0.due`,
 * `incidents.1.kind`, `items.0.kind`).
 *
 * @example
 * CSV_KEYED_ARRAYS['financials']; // 'year'
 */
export const CSV_KEYED_ARRAYS: Readonly<Record<string, string>> = { financials: 'year' };

/**
 * The record shape a CSV header describes: which column fills which leaf.
 *
 * @example
 * const s: CsvShape = { kind: 'object', fields: new Map([['id', { kind: 'leaf', col: 0 }]]) };
 */
export type CsvShape =
  | { kind: 'leaf'; col: number }
  | { kind: 'object'; fields: Map<string, CsvShape> }
  | { kind: 'array'; items: Map<number, CsvShape> }
  | { kind: 'keyed'; field: string; items: Map<number, CsvShape> };

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const INDEX = /^\d+$/;

type Container = Exclude<CsvShape, { kind: 'leaf' }>;

function childKind(parentName: string, seg: string | undefined): Container['kind'] {
  if (seg !== undefined && INDEX.test(seg)) return parentName in CSV_KEYED_ARRAYS ? 'keyed' : 'array';
  return 'object';
}

function newContainer(kind: Container['kind'], name: string): Container {
  if (kind === 'object') return { kind, fields: new Map() };
  if (kind === 'array') return { kind, items: new Map() };
  return { kind, field: CSV_KEYED_ARRAYS[name] as string, items: new Map() };
}

function children(c: Container): Map<string | number, CsvShape> {
  return (c.kind === 'object' ? c.fields : c.items) as Map<string | number, CsvShape>;
}

function insert(root: Container, header: string, col: number): void {
  const segs = header.split('.');
  if (segs.some((s) => s === '')) throw new UsageError(`CSV column '${header}': empty path segment`);
  const bad = segs.find((s) => RESERVED.has(s));
  if (bad) throw new UsageError(`CSV column '${header}': '${bad}' is not allowed`);
  if (INDEX.test(segs[0] as string)) throw new UsageError(`CSV column '${header}': a column starts with a field name`);
  let node: Container = root;
  let keyField: string | undefined; // the key field of the keyed item we are in, set by its segment
  segs.forEach((seg, i) => {
    const key = node.kind === 'object' ? seg : Number(seg);
    if (node.kind === 'keyed' && i === segs.length - 1) throw new UsageError(`CSV column '${header}': name a field of the ${seg} item, e.g. '${header}.x'`);
    if (seg === keyField) throw new UsageError(`CSV column '${header}': '${seg}' is given by the key segment`);
    keyField = node.kind === 'keyed' ? node.field : undefined;
    const kids = children(node);
    const existing = kids.get(key);
    if (i === segs.length - 1) {
      if (existing) throw new UsageError(`CSV column '${header}' ${existing.kind === 'leaf' ? 'is given twice' : 'conflicts with its sub-fields'}`);
      kids.set(key, { kind: 'leaf', col });
      return;
    }
    const want = childKind(seg, segs[i + 1]);
    if (node.kind === 'keyed' && want !== 'object') throw new UsageError(`CSV column '${header}': an item of ${node.field} is a record of named fields`);
    if (existing && existing.kind !== want) throw new UsageError(`CSV column '${header}' conflicts with another column for '${segs.slice(0, i + 1).join('.')}'`);
    const next = existing ?? newContainer(want, seg);
    kids.set(key, next);
    node = next as Container;
  });
}

/**
 * Reads a CSV header into a record shape: dotted names are nested fields
 * (`ip.ownsCoreIp`), numeric segments are array items (by position, or by key for the
 * arrays of {@link CSV_KEYED_ARRAYS}). Duplicate or conflicting columns are a
 * {@link UsageError}.
 *
 * @example
 * const shape = csvShape(['id', 'financials.2019.salesRevenue']);
 * csvRecord(shape, ['E1', '30000000']); // { id: 'E1', financials: [{ year: 2019, salesRevenue: '30000000' }] }
 */
export function csvShape(header: readonly string[]): CsvShape {
  const root: Container = { kind: 'object', fields: new Map() };
  header.forEach((h, col) => insert(root, h, col));
  return root;
}

function cell(raw: string | undefined): unknown {
  if (raw === undefined || raw === '') return undefined;
  return raw === 'true' ? true : raw === 'false' ? false : raw;
}

/**
 * Builds one record from a row's cells: an empty cell is an absent field, `true`/`false`
 * are booleans, everything else stays a string (the models parse decimal strings); a
 * container whose cells are all empty is absent, and array items keep their order.
 *
 * @example
 * csvRecord(csvShape(['id', 'ip.ownsCoreIp', 'payments.0.due']), ['E1', 'true', '']);
 * // { id: 'E1', ip: { ownsCoreIp: true } }
 */
export function csvRecord(shape: CsvShape, cells: readonly string[]): unknown {
  switch (shape.kind) {
    case 'leaf':
      return cell(cells[shape.col]);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, s] of shape.fields) {
        const v = csvRecord(s, cells);
        if (v !== undefined) out[k] = v;
      }
      return Object.keys(out).length ? out : undefined;
    }
    case 'array': {
      const idx = [...shape.items.keys()].sort((a, b) => a - b);
      const out = idx.map((i) => csvRecord(shape.items.get(i) as CsvShape, cells)).filter((v) => v !== undefined);
      return out.length ? out : undefined;
    }
    case 'keyed': {
      const out: unknown[] = [];
      for (const [key, s] of shape.items) {
        const v = csvRecord(s, cells);
        if (v !== undefined) out.push({ [shape.field]: key, ...(v as object) });
      }
      return out.length ? out : undefined;
    }
  }
}
