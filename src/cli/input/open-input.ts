import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { oneLine, UsageError } from '../usage-error';

/**
 * Opens `--input`: `-` is stdin, anything else a file relative to `cwd`. A missing,
 * unreadable or directory path is a {@link UsageError} (checked before any output).
 *
 * @example
 * const stream = await openInput('rows.ndjson', { cwd: process.cwd(), stdin: process.stdin });
 */
export async function openInput(input: string, io: { cwd: string; stdin: Readable }): Promise<AsyncIterable<Buffer | string>> {
  if (input === '-') return io.stdin;
  const path = resolve(io.cwd, input);
  try {
    const handle = await open(path, 'r');
    const st = await handle.stat();
    if (st.isDirectory()) {
      await handle.close();
      throw new UsageError(`cannot read ${input}: it is a directory`);
    }
    return handle.createReadStream();
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${input}: ${oneLine(e)}`);
  }
}
