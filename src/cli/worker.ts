/**
 * The worker thread of `zone-policy eval --jobs N` (built to `dist/cli/worker.js`): it
 * compiles the policy data it is given and evaluates the chunks of rows it is sent, with
 * the same function as the main thread.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
// the modules it needs, not the package index: the index also builds and validates the whole
// catalog at load, which a worker (given its policy's data) never reads, in every thread
import { parsePolicy } from '../engine/parse-policy';
import { compile } from '../policies/compile';
import { STDLIB } from '../rules/stdlib';
import { evaluateItem } from './eval/evaluate-record';
import { serializeChunk } from './eval/serialized-chunk';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './eval/worker-protocol';
import { oneLine } from './usage-error';

const init = workerData as WorkerInit;
const compiled = compile(parsePolicy(init.policy, { functions: STDLIB }));

parentPort?.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    const results = req.items.map((item) => evaluateItem(compiled, item, init.options));
    res = init.serialize ? { seq: req.seq, chunk: serializeChunk(results) } : { seq: req.seq, results };
  } catch (e) {
    res = { seq: req.seq, failure: oneLine(e) };
  }
  // the chunk's bytes are moved to the main thread, not copied
  parentPort?.postMessage(res, 'chunk' in res ? [res.chunk.text.buffer as ArrayBuffer] : []);
});
