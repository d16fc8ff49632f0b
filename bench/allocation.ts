/**
 * Bytes allocated per record by one pass of an implementation, from V8's sampling heap
 * profiler (through `node:inspector`), counting objects the collector has already freed:
 * what a pass puts on the young generation, the churn that evicts the population from the
 * caches. Sampled (an object is drawn with probability proportional to its size, one
 * sample every `interval` bytes on average; the default keeps the profile small when a pass
 * allocates gigabytes, as json-rules-engine's does), so a figure below a few bytes per
 * record is zero in practice.
 *
 * @module
 */
import { Session } from 'node:inspector/promises';

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
}

function totalOf(n: SamplingNode): number {
  return n.children.reduce((sum, c) => sum + totalOf(c), n.selfSize);
}

/**
 * Runs `run` once under the sampling heap profiler and gives the bytes it allocated per
 * record (`records` records in the pass), rounded to the byte.
 *
 * @example
 * await bytesPerRecord(() => { for (let i = 0; i < 1000; i++) new Array(8); }, 1000); // about 100
 */
export async function bytesPerRecord(run: () => void | Promise<void>, records: number, interval = 16_384): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.startSampling', { samplingInterval: interval, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
    await run();
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: SamplingNode } };
    return Math.round(totalOf(profile.head) / records);
  } finally {
    session.disconnect();
  }
}
