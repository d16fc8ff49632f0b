import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUTS = ['dist/cli/bin.js', 'dist/cli/worker.js'].map((p) => join(ROOT, p));
const INPUTS = ['src', 'package.json', 'tsup.config.ts'].map((p) => join(ROOT, p));
const LOCK = join(ROOT, 'node_modules', '.cache', 'zone-policy-cli-build.lock');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

function oldestOutput(): number {
  try {
    return Math.min(...OUTPUTS.map((p) => statSync(p).mtimeMs));
  } catch {
    return -Infinity;
  }
}

const stale = () => oldestOutput() < Math.max(...INPUTS.map(newest));

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ with `npx tsup` when it is older than src/ (one build at a time across test runs). */
export function setup(): void {
  if (!stale()) return;
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      // a lock older than five minutes was left by a killed run
      if ((held && Date.now() - held.mtimeMs > 300_000) || Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    if (stale()) execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
