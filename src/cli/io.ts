import type { Readable, Writable } from 'node:stream';

/**
 * What the CLI talks to: its streams, working directory and terminal facts. `bin.ts`
 * passes the process's; tests and embedders pass their own.
 *
 * - `stderrIsTTY`: show the progress line on stderr (never on stdout).
 * - `today`: the local date `YYYY-MM-DD`, used to resolve an alias when no `--as-of`
 *   is given (defaults to the system clock).
 * - `workerUrl`: the worker-thread entry for `--jobs N` (`dist/cli/worker.js`); without
 *   it, `--jobs` evaluates in-process (same output, one thread).
 *
 * @example
 * const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), stderrIsTTY: false };
 */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  stderrIsTTY: boolean;
  /** Today's local date `YYYY-MM-DD` (default: the system clock). */
  today?: () => string;
  workerUrl?: URL;
}

/**
 * The exit codes of the CLI: 0 every record evaluated (or every test passed), 1 some
 * rows were errors (or some tests failed), 2 a usage error.
 *
 * @example
 * EXIT.usage; // 2
 */
export const EXIT = { ok: 0, rowErrors: 1, usage: 2 } as const;
