import type { Issue } from '../../index';

/**
 * One input row as read: a record to evaluate, or a row that could not be read (a
 * malformed JSON line, a CSV row with the wrong number of fields), which becomes a
 * `status: "error"` result in its place.
 *
 * @example
 * const ok: InputItem = { kind: 'record', record: { id: 'E1' } };
 * const bad: InputItem = { kind: 'unreadable', code: 'INVALID_JSON', message: 'line 2 is not valid JSON', issues: [] };
 */
export type InputItem =
  | { kind: 'record'; record: unknown }
  | { kind: 'unreadable'; id?: string; code: string; message: string; issues: Issue[] };

/**
 * The formats `eval --input` reads.
 *
 * @example
 * const f: InputFormat = 'csv';
 */
export type InputFormat = 'json' | 'ndjson' | 'csv' | 'yaml';

/**
 * Every input format, as `--input-format` accepts them.
 *
 * @example
 * INPUT_FORMATS.includes('ndjson'); // true
 */
export const INPUT_FORMATS: readonly InputFormat[] = ['json', 'ndjson', 'csv', 'yaml'];

/**
 * The format of an input file by its extension (`.json`, `.ndjson`/`.jsonl`, `.csv`,
 * `.yaml`/`.yml`), or undefined (stdin, other names: sniffed from the content).
 *
 * @example
 * formatOfPath('rows.jsonl'); // 'ndjson'
 * formatOfPath('-'); // undefined
 */
export function formatOfPath(path: string): InputFormat | undefined {
  const m = /\.([a-z]+)$/i.exec(path);
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'csv') return 'csv';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  return undefined;
}
