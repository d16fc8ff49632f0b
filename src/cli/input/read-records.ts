import type { Readable } from 'node:stream';
import { csvRecords } from './csv-records';
import { jsonRecords, yamlRecords } from './document-records';
import { formatOfPath, type InputFormat, type InputItem } from './input-item';
import { ndjsonRecords } from './ndjson-records';
import { ndjsonLines, type EvalInput } from './raw-line';
import { openInput } from './open-input';
import { peekText, textChunks } from './text-chunks';

async function* fromList(items: InputItem[]): AsyncGenerator<InputItem> {
  yield* items;
}

/**
 * Opens `--input` and reads its rows in order, in the format given, else the file's
 * extension, else sniffed (`[` first: a JSON array, otherwise NDJSON). JSON and YAML are
 * read whole (a syntax error is a usage error before any output); NDJSON and CSV stream.
 *
 * @example
 * for await (const item of await readRecords('test/cli/fixtures/enterprises.csv', undefined, io)) console.log(item);
 * // { kind: 'record', record: { id: 'E1', employees: '120', seriousDishonestyList: false, financials: [{ year: 2020, rdExpense: '1800000' }] } }
 * // ... one item per row, in order (5 rows)
 */
export async function readRecords(input: string, format: InputFormat | undefined, io: { cwd: string; stdin: Readable }): Promise<AsyncIterable<InputItem>> {
  return (await readInput(input, format, io, false)) as AsyncIterable<InputItem>;
}

/**
 * {@link readRecords} for `eval`: NDJSON lines come unparsed (`RawLine` items), to be parsed
 * where they are evaluated (spread over the worker threads with `--jobs N`).
 *
 * @example
 * for await (const item of await readEvalInput('firms.ndjson', undefined, io)) console.log(item.kind); // 'line'
 */
export async function readEvalInput(input: string, format: InputFormat | undefined, io: { cwd: string; stdin: Readable }): Promise<AsyncIterable<EvalInput>> {
  return readInput(input, format, io, true);
}

async function readInput(input: string, format: InputFormat | undefined, io: { cwd: string; stdin: Readable }, rawLines: boolean): Promise<AsyncIterable<EvalInput>> {
  const bytes = await openInput(input, io);
  let text: AsyncIterable<string> = textChunks(bytes);
  let fmt = format ?? formatOfPath(input);
  if (fmt === undefined) {
    const peek = await peekText(text);
    fmt = peek.first === '[' ? 'json' : 'ndjson';
    text = peek.text;
  }
  const shown = input === '-' ? 'stdin' : input;
  if (fmt === 'json') return fromList(await jsonRecords(text, shown));
  if (fmt === 'yaml') return fromList(await yamlRecords(text, shown));
  if (fmt === 'csv') return csvRecords(text);
  return rawLines ? ndjsonLines(text) : ndjsonRecords(text);
}
