import type { Writable } from 'node:stream';

const EVERY_MS = 200;

/**
 * A progress line on stderr (only when stderr is a terminal): rows done and rate,
 * redrawn at most five times a second, erased at the end. stdout is never touched.
 *
 * @example
 * const p = progress(process.stderr, process.stderr.isTTY); p.tick(); p.done();
 */
export function progress(err: Writable, enabled: boolean, now: () => number = Date.now): { tick(): void; done(): void } {
  if (!enabled) return { tick: () => undefined, done: () => undefined };
  const start = now();
  let rows = 0;
  let last = start;
  let shown = false;
  return {
    tick() {
      rows++;
      const t = now();
      if (t - last < EVERY_MS) return;
      last = t;
      shown = true;
      const rate = Math.round((rows * 1000) / Math.max(1, t - start));
      err.write(`\r\x1b[Kzone-policy: ${rows.toLocaleString('en-US')} rows (${rate.toLocaleString('en-US')}/s)`);
    },
    done() {
      if (shown) err.write('\r\x1b[K');
    },
  };
}
