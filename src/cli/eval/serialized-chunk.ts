import type { EvalResult, Status } from '../../engine/result';
import type { SerializedResult } from './ordered-results';

/**
 * A chunk of results as a worker thread hands it back for NDJSON/JSON output: every row's
 * JSON text, UTF-8 encoded one after the other in `text`, row `i` ending at byte
 * `ends[i]`, and each row's status (for the exit code). The worker transfers `text`'s
 * buffer, so the main thread receives the bytes without copying them and writes them as
 * they are: no row becomes a string in its heap (as text, a result of `cn.hnte.2016` is
 * about 2.4 KB, twice that in memory with its Chinese labels).
 *
 * @example
 * const c: SerializedChunk = { statuses: ['eligible'], text: new TextEncoder().encode('{"id":"E1"}'), ends: [11] };
 */
export interface SerializedChunk {
  statuses: Status[];
  text: Uint8Array;
  ends: number[];
}

const encoder = new TextEncoder();

/**
 * Serialises a chunk's results: each as `JSON.stringify` writes it, UTF-8 encoded.
 *
 * @example
 * serializeChunk([{ id: 'E1', status: 'eligible' } as EvalResult]).ends; // [31]
 */
export function serializeChunk(results: readonly EvalResult[]): SerializedChunk {
  const texts = results.map((r) => JSON.stringify(r));
  const ends: number[] = [];
  let at = 0;
  for (const t of texts) ends.push((at += Buffer.byteLength(t, 'utf8')));
  return { statuses: results.map((r) => r.status), text: encoder.encode(texts.join('')), ends };
}

/**
 * The rows of a serialised chunk, each a view of its bytes (nothing is copied).
 *
 * @example
 * chunkRows(serializeChunk([result]))[0]?.serialized; // the UTF-8 bytes of JSON.stringify(result)
 */
export function chunkRows(chunk: SerializedChunk): SerializedResult[] {
  let start = 0;
  return chunk.ends.map((end, i) => {
    const row: SerializedResult = { status: chunk.statuses[i] as Status, serialized: chunk.text.subarray(start, end) };
    start = end;
    return row;
  });
}
