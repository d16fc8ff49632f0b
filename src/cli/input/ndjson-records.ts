import { oneLine } from '../usage-error';
import type { InputItem } from './input-item';
import { lines } from './text-chunks';

/**
 * Reads NDJSON (one JSON value per line) line by line: blank lines are skipped, a line
 * that is not valid JSON becomes an `INVALID_JSON` unreadable row in its place.
 *
 * @example
 * for await (const item of ndjsonRecords(textChunks(stream))) evaluate(item);
 */
export async function* ndjsonRecords(text: AsyncIterable<string>): AsyncGenerator<InputItem> {
  for await (const { line, n } of lines(text)) {
    if (line.trim() === '') continue;
    try {
      yield { kind: 'record', record: JSON.parse(line) as unknown };
    } catch (e) {
      const message = oneLine(e);
      yield { kind: 'unreadable', code: 'INVALID_JSON', message: `line ${n} is not valid JSON`, issues: [{ path: '(root)', message }] };
    }
  }
}
