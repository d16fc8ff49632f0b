import { open, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../io';
import { oneLine, UsageError } from '../usage-error';

/**
 * Runs a command with its stdout sent to `--output <file>` (relative to the working
 * directory) instead, or to stdout when no file is given. The file appears whole or not
 * at all: the output goes to a temporary file beside it, renamed over it when the command
 * finishes, and removed when the command fails (a usage error, say). A file that cannot be
 * opened is a usage error.
 *
 * @example
 * const code = await withOutputFile(io, 'report.html', (out) => runEval(policy, options, out));
 */
export async function withOutputFile<T>(io: CliIo, file: string | undefined, run: (io: CliIo) => Promise<T>): Promise<T> {
  if (file === undefined) return run(io);
  const target = resolve(io.cwd, file);
  const temp = `${target}.${process.pid}.tmp`;
  let handle;
  try {
    handle = await open(temp, 'w');
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${oneLine(e)}`);
  }
  const stream = handle.createWriteStream();
  const finished = new Promise<void>((ok, fail) => {
    stream.once('close', ok);
    stream.once('error', fail);
  });
  try {
    const result = await run({ ...io, stdout: stream });
    stream.end();
    await finished;
    await rename(temp, target);
    return result;
  } catch (e) {
    stream.destroy();
    await finished.catch(() => undefined);
    await rm(temp, { force: true });
    throw e;
  }
}
