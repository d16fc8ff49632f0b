import type { EvaluateOptions } from '../../index';
import type { EvalInput } from '../input/raw-line';
import type { EvalRow } from './ordered-results';
import type { SerializedChunk } from './serialized-chunk';

/**
 * What a worker thread is started with: the policy as JSON data (re-validated in the
 * worker with `parsePolicy`) and the evaluation options.
 *
 * @example
 * const init: WorkerInit = { policy: toJSON(p), options: { asOf: '2020-03-01', trace: false } };
 */
export interface WorkerInit {
  policy: unknown;
  options: EvaluateOptions;
  /** Answer each chunk as its rows' JSON texts in UTF-8 (NDJSON/JSON output without batch outputs): the main thread then only writes. */
  serialize?: boolean;
}

/**
 * A chunk of rows sent to a worker.
 *
 * @example
 * const req: WorkerRequest = { seq: 0, items: [{ kind: 'record', record: { id: 'G1' } }] };
 */
export interface WorkerRequest {
  seq: number;
  items: EvalInput[];
}

/**
 * A worker's answer: the results of a chunk, in order (as a {@link SerializedChunk} when
 * the worker was started with `serialize`), or why it failed.
 *
 * @example
 * const res: WorkerResponse = { seq: 0, results: [] };
 */
export type WorkerResponse = { seq: number; results: EvalRow[] } | { seq: number; chunk: SerializedChunk } | { seq: number; failure: string };
