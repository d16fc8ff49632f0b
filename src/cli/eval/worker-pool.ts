import { Worker } from 'node:worker_threads';
import type { EvalResult } from '../../index';
import type { InputItem } from '../input/input-item';
import type { ChunkEvaluator } from './ordered-results';
import type { WorkerInit, WorkerResponse } from './worker-protocol';

interface Waiting {
  resolve: (r: EvalResult[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

/** Rows per message to a worker: large enough to amortise the copy, small enough to keep memory flat. */
const CHUNK = 512;

/**
 * Spreads chunks of rows over `n` worker threads (each gets the next chunk when it has
 * the fewest outstanding); results come back per chunk and are re-ordered by
 * {@link orderedResults}.
 *
 * @example
 * const ev = workerPool(4, new URL('./worker.js', import.meta.url), { policy: toJSON(p), options: { asOf: '2020-03-01' } }, inlineEvaluator(compiled, { asOf: '2020-03-01' }));
 */
export function workerPool(n: number, workerUrl: URL, init: WorkerInit, inline: ChunkEvaluator): ChunkEvaluator {
  const slots: Slot[] = [];
  let seq = 0;
  for (let i = 0; i < n; i++) {
    const slot: Slot = { worker: new Worker(workerUrl, { workerData: init }), waiting: new Map() };
    const failAll = (e: Error) => {
      for (const w of slot.waiting.values()) w.reject(e);
      slot.waiting.clear();
    };
    slot.worker.on('message', (res: WorkerResponse) => {
      const w = slot.waiting.get(res.seq);
      slot.waiting.delete(res.seq);
      if ('results' in res) w?.resolve(res.results);
      else w?.reject(new Error(`worker failed: ${res.failure}`));
    });
    slot.worker.on('error', failAll);
    slot.worker.on('exit', (code) => failAll(new Error(`worker stopped (exit code ${code})`)));
    slots.push(slot);
  }
  return {
    chunkSize: CHUNK,
    inFlight: n * 2,
    evaluate(items: InputItem[]) {
      const slot = slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const id = seq++;
      return new Promise<EvalResult[]>((resolve, reject) => {
        slot.waiting.set(id, { resolve, reject });
        try {
          slot.worker.postMessage({ seq: id, items });
        } catch {
          // a chunk the structured clone cannot copy (a record nested thousands of levels
          // deep): evaluated here instead, the same rows as with --jobs 1
          slot.waiting.delete(id);
          inline.evaluate(items).then(resolve, reject);
        }
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
