import type { EvalResult, Json, OutputType, Policy } from '../../index';

/**
 * One output column of the CSV format: its header and how to read its cell from a row's
 * outputs.
 *
 * @example
 * const c: CsvColumn = { header: 'fee', path: ['fee'], json: false };
 */
export interface CsvColumn {
  header: string;
  path: string[];
  /** Lists and free JSON are written as JSON text in one cell. */
  json: boolean;
}

function flatten(name: string[], t: OutputType): CsvColumn[] {
  switch (t.type) {
    case 'interval':
      return [{ header: [...name, 'lo'].join('.'), path: [...name, 'lo'], json: false }, { header: [...name, 'hi'].join('.'), path: [...name, 'hi'], json: false }];
    case 'record':
      return Object.entries(t.fields).flatMap(([k, f]) => flatten([...name, k], f));
    case 'nullable':
      return flatten(name, t.of);
    case 'list':
    case 'json':
      return [{ header: name.join('.'), path: name, json: true }];
    default:
      return [{ header: name.join('.'), path: name, json: false }];
  }
}

/**
 * The output columns of a policy, from its declared output types: scalars one column
 * each, intervals `x.lo`/`x.hi`, records one column per field (`x.field`), lists and
 * JSON one column of JSON text; then the batch's per-row outputs (`extra`).
 *
 * @example
 * outputColumns(govGuaranteeFee2019, []).map((c) => c.header); // ['rate', 'cap', 'fee', ...]
 */
export function outputColumns(policy: Policy, extra: readonly string[]): CsvColumn[] {
  const cols = Object.entries(policy.outputs ?? {}).flatMap(([k, o]) => flatten([k], o.type));
  const known = new Set(Object.keys(policy.outputs ?? {}));
  for (const k of extra) if (!known.has(k)) cols.push({ header: k, path: [k], json: true });
  return cols;
}

function at(outputs: Record<string, Json>, path: readonly string[]): Json | undefined {
  let v: Json | undefined = outputs;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, Json>)[k];
  }
  return v;
}

/**
 * The text of one output cell: strings as they are, numbers and booleans as text, null
 * or absent empty, objects as JSON.
 *
 * @example
 * outputCell({ fee: '50000.00' }, { header: 'fee', path: ['fee'], json: false }); // '50000.00'
 */
export function outputCell(outputs: EvalResult['outputs'], col: CsvColumn): string {
  const v = at(outputs, col.path);
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' || col.json) return JSON.stringify(v);
  return String(v);
}
