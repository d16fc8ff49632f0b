import { oneLine } from '../usage-error';
import type { InputItem } from './input-item';
import { lines } from './text-chunks';

/**
 * An NDJSON line not parsed yet: `eval --jobs N` hands raw lines to its worker threads, so
 * the JSON parsing is spread over them too.
 *
 * @example
 * const l: RawLine = { kind: 'line', line: '{"id":"E1"}', n: 1 };
 */
export interface RawLine {
  kind: 'line';
  line: string;
  /** The line number in the input (1-based), for the error row of a line that is not JSON. */
  n: number;
}

/**
 * A row of `eval`'s input: a parsed record, an unreadable row, or a raw NDJSON line.
 *
 * @example
 * const item: EvalInput = { kind: 'line', line: '{}', n: 3 };
 */
export type EvalInput = InputItem | RawLine;

/**
 * Parses one NDJSON line: the record, or the unreadable row naming the line.
 *
 * @example
 * parseNdjsonLine('{"id":"E1"}', 1); // { kind: 'record', record: { id: 'E1' } }
 * parseNdjsonLine('{"id":', 2).kind; // 'unreadable' (INVALID_JSON, "line 2 is not valid JSON")
 */
export function parseNdjsonLine(line: string, n: number): InputItem {
  try {
    return { kind: 'record', record: JSON.parse(line) as unknown };
  } catch (e) {
    return { kind: 'unreadable', code: 'INVALID_JSON', message: `line ${n} is not valid JSON`, issues: [{ path: '(root)', message: oneLine(e) }] };
  }
}

/**
 * The non-blank lines of an NDJSON text, unparsed.
 *
 * @example
 * for await (const l of ndjsonLines(textChunks(bytes))) console.log(l.n, l.line);
 */
export async function* ndjsonLines(text: AsyncIterable<string>): AsyncGenerator<RawLine> {
  for await (const { line, n } of lines(text)) if (line.trim() !== '') yield { kind: 'line', line, n };
}
