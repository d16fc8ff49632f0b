import type { EvalResult } from '../../index';
import type { Status } from '../../index';
import type { EvalInput } from '../input/raw-line';

/**
 * A result already serialised by a worker thread (`eval --jobs N` with NDJSON or JSON
 * output): the UTF-8 bytes of its JSON text (a view of its chunk's bytes, see
 * `serialized-chunk.ts`), with its status for the exit code.
 *
 * @example
 * const row: SerializedResult = { status: 'eligible', serialized: new TextEncoder().encode('{"id":"E1","status":"eligible"}') };
 */
export interface SerializedResult {
  status: Status;
  serialized: Uint8Array;
}

/**
 * One evaluated row: the result, or its JSON text as UTF-8 bytes.
 *
 * @example
 * const row: EvalRow = { status: 'error', serialized: new TextEncoder().encode('{}') };
 */
export type EvalRow = EvalResult | SerializedResult;

/**
 * The result of a row that was not serialised (rows are serialised only for the NDJSON and
 * JSON writers).
 *
 * @example
 * resultOf(row).criteria; // the criteria of an EvalResult
 */
export function resultOf(row: EvalRow): EvalResult {
  if ('serialized' in row) throw new Error('internal: a serialised row reached a writer that needs the result');
  return row;
}

/**
 * Evaluates a chunk of rows (in this thread or in a worker), returning one result per
 * row in the same order.
 *
 * @example
 * const inline: ChunkEvaluator = { evaluate: async (items) => items.map((i) => evaluateItem(compiled, i, opts)), close: async () => {} };
 */
export interface ChunkEvaluator {
  /** How many rows to send at once and how many chunks may be in flight. */
  readonly chunkSize: number;
  readonly inFlight: number;
  evaluate(items: EvalInput[]): Promise<EvalRow[]>;
  close(): Promise<void>;
}

/**
 * Streams rows through an evaluator in chunks, keeping at most `inFlight` chunks pending,
 * and yields the results strictly in input order (so `--jobs 4` writes what `--jobs 1`
 * writes).
 *
 * @example
 * for await (const row of orderedResults(items, evaluator)) write(row);
 */
export async function* orderedResults(items: AsyncIterable<EvalInput>, evaluator: ChunkEvaluator): AsyncGenerator<EvalRow> {
  const pending: Promise<EvalRow[]>[] = [];
  const dispatch = (chunk: EvalInput[]) => {
    const p = evaluator.evaluate(chunk);
    p.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
    pending.push(p);
  };
  let chunk: EvalInput[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= evaluator.chunkSize) {
      dispatch(chunk);
      chunk = [];
      while (pending.length >= evaluator.inFlight) yield* await (pending.shift() as Promise<EvalRow[]>);
    }
  }
  if (chunk.length) dispatch(chunk);
  while (pending.length) yield* await (pending.shift() as Promise<EvalRow[]>);
}
