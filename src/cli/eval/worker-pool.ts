import { Worker } from 'node:worker_threads';
import type { EvalInput } from '../input/raw-line';
import type { ChunkEvaluator, EvalRow } from './ordered-results';
import { chunkRows } from './serialized-chunk';
import type { WorkerInit, WorkerResponse } from './worker-protocol';

interface Waiting {
  items: EvalInput[];
  resolve: (r: EvalRow[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  waiting: Map<number, Waiting>;
  alive: boolean;
}

/**
 * Rows per message to a worker: large enough to amortise the copy, small enough that the
 * rows and results in flight die young in the main thread. Measured over 200,000 HNTE rows
 * with `--jobs 2`: 64 rows 220 MB peak RSS, 128 rows 219 MB, 256 rows 283 MB, 512 rows
 * 305 MB, 2,048 rows 436 MB, at the same speed (27-30 s) from 64 to 512.
 */
const CHUNK = 128;

/**
 * Each worker's V8 heap limits: a chunk of rows and its results need a few MB, so a
 * small heap (48 MB old, 8 MB young generation) keeps `--jobs N` near the memory of one
 * process (V8 otherwise lets each isolate's heap grow lazily before collecting). A smaller
 * young generation saves a little more memory but collects so often it costs speed.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 };

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
  const runInline = (w: Waiting) => inline.evaluate(w.items).then(w.resolve, w.reject);
  for (let i = 0; i < n; i++) {
    const slot: Slot = { worker: new Worker(workerUrl, { workerData: init, resourceLimits: WORKER_LIMITS }), waiting: new Map(), alive: true };
    // A worker that stops (out of its heap on an enormous record, or any crash): its chunks
    // are evaluated here instead, and no more are sent to it. No row is lost.
    const retire = () => {
      slot.alive = false;
      const left = [...slot.waiting.values()];
      slot.waiting.clear();
      for (const w of left) runInline(w);
    };
    slot.worker.on('message', (res: WorkerResponse) => {
      const w = slot.waiting.get(res.seq);
      slot.waiting.delete(res.seq);
      if ('results' in res) w?.resolve(res.results);
      else if ('chunk' in res) w?.resolve(chunkRows(res.chunk));
      else w?.reject(new Error(`worker failed: ${res.failure}`));
    });
    slot.worker.on('error', retire);
    slot.worker.on('exit', retire);
    slots.push(slot);
  }
  return {
    chunkSize: CHUNK,
    inFlight: n * 2,
    evaluate(items: EvalInput[]) {
      const live = slots.filter((s) => s.alive);
      const id = seq++;
      return new Promise<EvalRow[]>((resolve, reject) => {
        const w: Waiting = { items, resolve, reject };
        const slot = live.reduce<Slot | undefined>((a, b) => (a === undefined || b.waiting.size < a.waiting.size ? b : a), undefined);
        if (!slot) return void runInline(w);
        slot.waiting.set(id, w);
        try {
          slot.worker.postMessage({ seq: id, items });
        } catch {
          // a chunk the structured clone cannot copy (a record nested thousands of levels
          // deep): evaluated here instead, the same rows as with --jobs 1
          slot.waiting.delete(id);
          runInline(w);
        }
      });
    },
    async close() {
      for (const s of slots) s.alive = false;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
