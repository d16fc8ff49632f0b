import type { EvalRow } from '../eval/ordered-results';
import type { OutputSink } from './sink';
import type { RowWriter } from './row-writer';

/** A row's JSON text: its UTF-8 bytes from a worker thread, or made here. */
const jsonText = (r: EvalRow): string | Uint8Array => ('serialized' in r ? r.serialized : JSON.stringify(r));

/**
 * NDJSON: one JSON object per line; with `--summary` a last line `{"summary":[...]}`.
 *
 * @example
 * const w = ndjsonWriter(sink); await w.row(result); await w.end(undefined);
 */
export function ndjsonWriter(out: OutputSink): RowWriter {
  return {
    row: (r) => out.write(jsonText(r), '\n'),
    end: async (summary) => {
      if (summary) await out.write(`${JSON.stringify({ summary })}\n`);
    },
  };
}

/**
 * A JSON array, one row per line (streamed); with `--summary` the document is
 * `{"results":[...],"summary":[...]}` instead.
 *
 * @example
 * const w = jsonWriter(sink, false); await w.row(result); await w.end(undefined); // [\n{...}\n]\n
 */
export function jsonWriter(out: OutputSink, withSummary: boolean): RowWriter {
  let n = 0;
  const open = withSummary ? '{"results":[' : '[';
  return {
    row: (r) => out.write(n++ === 0 ? `${open}\n` : ',\n', jsonText(r)),
    end: async (summary) => {
      const close = n === 0 ? `${open}]` : '\n]';
      await out.write(withSummary ? `${close},\n"summary":${JSON.stringify(summary ?? [])}}\n` : `${close}\n`);
    },
  };
}
