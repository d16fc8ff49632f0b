import type { InputItem } from './input-item';
import { ndjsonLines, parseNdjsonLine } from './raw-line';

/**
 * Reads NDJSON (one JSON value per line) line by line: blank lines are skipped, a line
 * that is not valid JSON becomes an `INVALID_JSON` unreadable row in its place.
 *
 * @example
 * for await (const item of ndjsonRecords(textChunks(stream))) evaluate(item);
 */
export async function* ndjsonRecords(text: AsyncIterable<string>): AsyncGenerator<InputItem> {
  for await (const { line, n } of ndjsonLines(text)) yield parseNdjsonLine(line, n);
}
