import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built executable under test. */
export const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
/** The CLI fixtures. */
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

/** What one run of the binary gave. */
export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node [nodeArgs] dist/cli/bin.js ...args` (cwd: the fixtures unless given), with optional stdin text. */
export function runBin(args: readonly string[], options: { cwd?: string; stdin?: string; env?: Record<string, string>; nodeArgs?: readonly string[] } = {}): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { cwd: options.cwd ?? FIXTURES, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** Parses NDJSON output into objects. */
export function ndjson(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}
