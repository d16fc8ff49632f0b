/**
 * Timing: one untimed warm-up pass per implementation (its verdicts are the ones checked
 * for agreement), then `rounds` timed passes, interleaved (round 1 of every implementation,
 * then round 2, ...) so a burst of load from other processes falls on all of them alike.
 * The figure is the median pass.
 *
 * @module
 */
import type { ImplementationName, Prepared } from './implementations/index';

/**
 * The timing of one implementation: each timed pass in ms, the median, and records/s at it.
 *
 * @example
 * const t: Timing = { name: 'integer', passesMs: [10, 11, 12], medianMs: 11, recordsPerSecond: 9090909 };
 */
export interface Timing {
  name: ImplementationName;
  passesMs: number[];
  medianMs: number;
  recordsPerSecond: number;
}

/**
 * The median of a non-empty list (the mean of the middle two for an even count).
 *
 * @example
 * median([3, 1, 2]); // 2
 * median([4, 1, 2, 3]); // 2.5
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Times one pass of `run` in ms.
 *
 * @example
 * await timePass(() => {}); // a few microseconds
 */
export async function timePass(run: () => void | Promise<void>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/**
 * Warms up every implementation (keeping its verdicts), then times `rounds` interleaved
 * passes over the `n` records.
 *
 * @example
 * const { verdicts, timings } = await timeAll(prepareAll(parsed, asOf), parsed.length, 5);
 * verdicts.get('integer')?.length === parsed.length; // true
 */
export async function timeAll(
  prepared: readonly Prepared[],
  n: number,
  rounds: number,
  log: (line: string) => void = () => {},
): Promise<{ verdicts: Map<ImplementationName, string[]>; timings: Timing[] }> {
  const verdicts = new Map<ImplementationName, string[]>();
  for (const p of prepared) {
    const out = new Array<string>(n);
    const ms = await timePass(() => p.run(out));
    verdicts.set(p.name, out);
    log(`warm-up ${p.name}: ${fmtRate(n, ms)}`);
  }
  const passes = new Map<ImplementationName, number[]>(prepared.map((p) => [p.name, []]));
  const scratch = new Array<string>(n);
  for (let r = 1; r <= rounds; r++) {
    for (const p of prepared) passes.get(p.name)?.push(await timePass(() => p.run(scratch)));
    log(`round ${r}/${rounds}: ${prepared.map((p) => `${p.name} ${fmtRate(n, passes.get(p.name)?.at(-1) ?? 0)}`).join(', ')}`);
  }
  const timings = prepared.map((p) => {
    const passesMs = passes.get(p.name) ?? [];
    const medianMs = median(passesMs);
    return { name: p.name, passesMs, medianMs, recordsPerSecond: Math.round((n * 1000) / medianMs) };
  });
  return { verdicts, timings };
}

/**
 * Records per second of `n` records in `ms`, for progress lines.
 *
 * @example
 * fmtRate(1000, 500); // '2,000 rec/s'
 */
export function fmtRate(n: number, ms: number): string {
  return `${Math.round((n * 1000) / ms).toLocaleString('en-US')} rec/s`;
}
