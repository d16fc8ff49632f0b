/**
 * `npx tsx bench/profile.ts [records] [passes] [mode]`: profiles zone-policy's hot path
 * (mode `0` the full result, `1` with the trace, `2` the decision only, `3` the decision of
 * prepared records, `4` the full result of prepared records).
 * Bundles `profile-entry.ts` with esbuild (unminified, so function names survive, with a
 * source map), runs it with `node --cpu-prof`, and prints the functions with the most self
 * time inside `profiledEvaluate` and `profiledParse`, each at its source file and line.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { sourceLookup } from './source-map';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `file:line` of a bundle position (relative to the repository), through the bundle's source map. */
function placeOf(mapText: string, dir: string): (f: CallFrame) => string {
  const at = sourceLookup(JSON.parse(mapText) as Parameters<typeof sourceLookup>[0]);
  return (f) => {
    if (!f.url.endsWith('.mjs')) return f.url || '(native)';
    const p = at(f.lineNumber, f.columnNumber);
    if (!p) return '?';
    const rel = relative(ROOT, resolve(dir, p.source));
    const deps = rel.lastIndexOf('node_modules/');
    return `${deps >= 0 ? rel.slice(deps) : rel}:${p.line}`;
  };
}

/** Self time (ms) per function within the subtree of the function named `root`. */
function selfTimes(p: CpuProfile, root: string, place: (f: CallFrame) => string): { total: number; rows: [string, number][] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const under = new Map<number, boolean>();
  const isUnder = (id: number): boolean => {
    const hit = under.get(id);
    if (hit !== undefined) return hit;
    const n = byId.get(id);
    const up = parent.get(id);
    const v = n?.callFrame.functionName === root || (up !== undefined && isUnder(up));
    under.set(id, v);
    return v;
  };
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    if (!isUnder(id)) return;
    const f = byId.get(id)?.callFrame;
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    const key = f ? `${f.functionName || '(anonymous)'}  ${place(f)}` : '?';
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
  });
  return { total, rows: [...self.entries()].sort((a, b) => b[1] - a[1]) };
}

const dir = mkdtempSync(join(tmpdir(), 'zone-policy-profile-'));
const out = join(dir, 'profile-entry.mjs');
await build({ entryPoints: [fileURLToPath(new URL('./profile-entry.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: out, sourcemap: 'external', logLevel: 'warning' });
const args = process.argv.slice(2);
const summary = execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, out, ...args], { encoding: 'utf8' });
process.stdout.write(`run: ${summary}profile and bundle in ${dir}\n`);
const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')) as string), 'utf8')) as CpuProfile;
const place = placeOf(readFileSync(`${out}.map`, 'utf8'), dir);
for (const root of ['profiledEvaluate', 'profiledParse', 'profiledPrepare']) {
  const { total, rows } = selfTimes(profile, root, place);
  if (total === 0) continue;
  process.stdout.write(`\n${root}: ${total.toFixed(0)} ms sampled; top functions by self time\n`);
  for (const [name, ms] of rows.slice(0, 25)) process.stdout.write(`${((100 * ms) / total).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${name}\n`);
}
