import type { EvalResult, EvaluateOptions } from '../../index';
import type { InputItem } from '../input/input-item';

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
}

/**
 * A chunk of rows sent to a worker.
 *
 * @example
 * const req: WorkerRequest = { seq: 0, items: [{ kind: 'record', record: { id: 'G1' } }] };
 */
export interface WorkerRequest {
  seq: number;
  items: InputItem[];
}

/**
 * A worker's answer: the results of a chunk, in order, or why it failed.
 *
 * @example
 * const res: WorkerResponse = { seq: 0, results: [] };
 */
export type WorkerResponse = { seq: number; results: EvalResult[] } | { seq: number; failure: string };
