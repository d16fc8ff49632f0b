import type { CsvError } from 'csv-parse';
import type { Issue } from '../../index';
import { csvRecord, csvShape, type CsvShape } from './csv-shape';
import { csvParsePackage } from '../on-demand-packages';
import type { InputItem } from './input-item';

function unreadable(id: string | undefined, message: string, issues: Issue[]): InputItem {
  return { kind: 'unreadable', ...(id ? { id } : {}), code: 'INVALID_CSV', message, issues };
}

/**
 * Reads CSV row by row with flat memory: the first row is the header (see
 * {@link csvShape} for the column mapping), each later row becomes a record. A row with
 * the wrong number of fields, or that the CSV parser rejects, becomes an `INVALID_CSV`
 * unreadable row in its place; the reading goes on.
 *
 * @example
 * for await (const item of csvRecords(textChunks(stream))) evaluate(item);
 */
export async function* csvRecords(text: AsyncIterable<string>): AsyncGenerator<InputItem> {
  const queue: InputItem[] = [];
  let header: string[] | undefined;
  let shape: CsvShape | undefined;
  let idCol = -1;
  let lastSkipLine = -1;
  const { Parser } = await csvParsePackage();
  const parser = new Parser({
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    trim: true,
    on_record: (fields: string[], info: { lines: number }) => {
      if (!header) {
        header = fields;
        shape = csvShape(fields);
        idCol = fields.indexOf('id');
        return null;
      }
      const id = idCol >= 0 ? fields[idCol] || undefined : undefined;
      if (fields.length !== header.length) {
        const message = `${fields.length} fields, the header has ${header.length}`;
        queue.push(unreadable(id, `CSV line ${info.lines} cannot be read`, [{ path: '(root)', message }]));
      } else queue.push({ kind: 'record', record: csvRecord(shape as CsvShape, fields) ?? {} });
      return null;
    },
    on_skip: (err: CsvError | undefined) => {
      const line = typeof err?.lines === 'number' ? err.lines : -2;
      if (line === lastSkipLine) return;
      lastSkipLine = line;
      const message = err ? err.message : 'unreadable CSV row';
      queue.push(unreadable(undefined, `CSV line ${line >= 0 ? line : '?'} cannot be read`, [{ path: '(root)', message }]));
    },
  });
  parser.resume();
  const fail = new Promise<never>((_, reject) => parser.once('error', reject));
  fail.catch(() => undefined);
  const write = (chunk: string) => Promise.race([new Promise<void>((res) => parser.write(chunk, () => res())), fail]);
  for await (const chunk of text) {
    await write(chunk);
    yield* queue.splice(0);
  }
  await Promise.race([new Promise<void>((res) => parser.end(() => res())), fail]);
  yield* queue.splice(0);
}
