import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EvalResult } from '../../src/index';
import type { EvalInput } from '../../src/cli/input/raw-line';
import type { ChunkEvaluator } from '../../src/cli/eval/ordered-results';
import { orderedResults, resultOf } from '../../src/cli/eval/ordered-results';
import { workerPool } from '../../src/cli/eval/worker-pool';

/** An inline evaluator that answers each record's id, and counts the rows it evaluated. */
function countingInline(): ChunkEvaluator & { rows: number } {
  const ev = {
    rows: 0,
    chunkSize: 1,
    inFlight: 1,
    evaluate: async (items: EvalInput[]) => {
      ev.rows += items.length;
      return items.map((i) => ({ id: String((i as { record: { id: string } }).record.id), status: 'eligible' }) as unknown as EvalResult);
    },
    close: async () => undefined,
  };
  return ev;
}

async function* records(n: number): AsyncGenerator<EvalInput> {
  for (let i = 0; i < n; i++) yield { kind: 'record', record: { id: `R${i}` } };
}

async function workerScript(body: string): Promise<URL> {
  const dir = await mkdtemp(join(tmpdir(), 'zp-pool-'));
  const file = join(dir, 'worker.mjs');
  await writeFile(file, body);
  return pathToFileURL(file);
}

describe('worker pool: a worker that stops loses no row', () => {
  it('workers that exit at once: every chunk is evaluated inline, in order', async () => {
    const url = await workerScript('process.exit(3);\n');
    const inline = countingInline();
    const pool = workerPool(2, url, { policy: {}, options: {} }, inline);
    const ids: (string | undefined)[] = [];
    for await (const r of orderedResults(records(3000), pool)) ids.push(resultOf(r).id);
    await pool.close();
    expect(ids).toEqual(Array.from({ length: 3000 }, (_, i) => `R${i}`));
    expect(inline.rows).toBe(3000);
  });

  it('a worker that runs out of its heap (resource limits) mid-run: its chunks are re-evaluated inline', async () => {
    // answers the first chunk, then allocates until V8 stops it at the pool's heap limit
    const url = await workerScript(`import { parentPort } from 'node:worker_threads';
let n = 0; const hog = [];
parentPort.on('message', (req) => {
  if (n++ === 0) { parentPort.postMessage({ seq: req.seq, results: req.items.map((i) => ({ id: i.record.id, status: 'ineligible' })) }); return; }
  for (;;) hog.push(new Array(1e5).fill(n));
});
`);
    const inline = countingInline();
    const pool = workerPool(1, url, { policy: {}, options: {} }, inline);
    const rows: { id?: string; status: string }[] = [];
    for await (const r of orderedResults(records(2048), pool)) rows.push(resultOf(r));
    await pool.close();
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 2048 }, (_, i) => `R${i}`));
    expect(rows.filter((r) => r.status === 'ineligible')).toHaveLength(128); // the chunk the worker answered (128 rows)
    expect(inline.rows).toBe(2048 - 128);
  }, 60_000);
});
