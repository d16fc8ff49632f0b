import type { EvalResult } from '../../index';
import type { InputItem } from '../input/input-item';

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
  evaluate(items: InputItem[]): Promise<EvalResult[]>;
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
export async function* orderedResults(items: AsyncIterable<InputItem>, evaluator: ChunkEvaluator): AsyncGenerator<EvalResult> {
  const pending: Promise<EvalResult[]>[] = [];
  const dispatch = (chunk: InputItem[]) => {
    const p = evaluator.evaluate(chunk);
    p.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
    pending.push(p);
  };
  let chunk: InputItem[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= evaluator.chunkSize) {
      dispatch(chunk);
      chunk = [];
      while (pending.length >= evaluator.inFlight) yield* await (pending.shift() as Promise<EvalResult[]>);
    }
  }
  if (chunk.length) dispatch(chunk);
  while (pending.length) yield* await (pending.shift() as Promise<EvalResult[]>);
}
