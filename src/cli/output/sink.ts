import { once } from 'node:events';
import type { Writable } from 'node:stream';

const HIGH_WATER = 64 * 1024;
const IDLE_MS = 25;

/**
 * Buffered output to a stream: writes in 64 KiB blocks and waits for `drain` (so a slow
 * reader never makes memory grow), and flushes whatever is buffered when the producer is
 * idle for a moment (so piping a slow source shows rows as they come). Text is written as
 * UTF-8; bytes (rows a worker thread serialised) as they are.
 *
 * @example
 * const out = new OutputSink(process.stdout); await out.write('{}\n'); await out.close();
 */
export class OutputSink {
  private parts: (string | Uint8Array)[] = [];
  private size = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly out: Writable) {}

  /**
   * Appends texts or UTF-8 bytes, kept in one block (a row and its newline are written
   * together); may wait for the stream to drain.
   */
  async write(...parts: (string | Uint8Array)[]): Promise<void> {
    for (const p of parts) {
      this.parts.push(p);
      this.size += p.length;
    }
    if (this.size >= HIGH_WATER) await this.flush();
    else this.timer ??= setTimeout(() => this.take(), IDLE_MS);
  }

  /** Writes everything buffered and waits for the stream to accept it. */
  async flush(): Promise<void> {
    if (!this.take()) await once(this.out, 'drain');
  }

  /** Flushes and stops the idle timer. */
  async close(): Promise<void> {
    await this.flush();
  }

  private take(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.parts.length === 0) return true;
    // texts alone are joined as before; with bytes among them, one block of UTF-8
    const bytes = this.parts.some((p) => typeof p !== 'string');
    const block = bytes ? Buffer.concat(this.parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))) : this.parts.join('');
    this.parts = [];
    this.size = 0;
    return this.out.write(block);
  }
}
