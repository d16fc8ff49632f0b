import { yamlPackage } from '../on-demand-packages';
import { oneLine, UsageError } from '../usage-error';
import type { InputItem } from './input-item';

async function readAll(text: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const t of text) parts.push(t);
  return parts.join('');
}

function asRecords(doc: unknown): unknown[] {
  return Array.isArray(doc) ? doc : doc === null || doc === undefined ? [] : [doc];
}

/**
 * Reads a whole JSON document: an array of records (a single object is one record).
 * Invalid JSON is a {@link UsageError}: without the array's structure no row can be
 * placed.
 *
 * @example
 * await jsonRecords(textOf('[{"id":"E1"}]'), 'rows.json'); // [{ kind: 'record', record: { id: 'E1' } }]
 */
export async function jsonRecords(text: AsyncIterable<string>, shown: string): Promise<InputItem[]> {
  const all = await readAll(text);
  let doc: unknown;
  try {
    doc = JSON.parse(all);
  } catch (e) {
    throw new UsageError(`${shown} is not valid JSON: ${oneLine(e)} (for one record per line, use --input-format ndjson)`);
  }
  return asRecords(doc).map((record) => ({ kind: 'record', record }));
}

/**
 * Reads a whole YAML input: a list of records (a mapping is one record; several
 * `---` documents are read in turn). Invalid YAML is a {@link UsageError}.
 *
 * @example
 * await yamlRecords(textOf('- id: E1\n- id: E2\n'), 'rows.yaml'); // two records
 */
export async function yamlRecords(text: AsyncIterable<string>, shown: string): Promise<InputItem[]> {
  const { parseAllDocuments } = await yamlPackage();
  const docs = parseAllDocuments(await readAll(text));
  const list = Array.isArray(docs) ? docs : [docs];
  const out: InputItem[] = [];
  for (const d of list) {
    const err = d.errors[0];
    if (err) throw new UsageError(`${shown} is not valid YAML: ${oneLine(err)}`);
    for (const record of asRecords(d.toJS())) out.push({ kind: 'record', record });
  }
  return out;
}
