/**
 * Runs a command and measures its wall time and peak resident set size: with
 * `/usr/bin/time -v` when present (Debian package `time`), else by polling the child's
 * `VmHWM` in `/proc/<pid>/status` (its high-water mark, so polling misses nothing but the
 * last few milliseconds), else without RSS.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * A finished run: exit code, wall time, peak RSS in MB (null when it cannot be measured)
 * and how it was measured.
 *
 * @example
 * const r: MeasuredRun = { code: 0, wallMs: 41000, peakRssMb: 182.4, rssBy: '/usr/bin/time -v', stderr: '' };
 */
export interface MeasuredRun {
  code: number | null;
  wallMs: number;
  peakRssMb: number | null;
  rssBy: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

function vmHwmKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `command args` (stdout discarded, stdin closed) and measures it; `by: 'proc'`
 * skips `/usr/bin/time` (to check the fallback).
 *
 * @example
 * (await measureRun(process.execPath, ['-e', '0'])).code; // 0
 */
export function measureRun(command: string, args: readonly string[], cwd?: string, by: 'auto' | 'proc' = 'auto'): Promise<MeasuredRun> {
  const viaTime = by === 'auto' && existsSync(TIME);
  const [cmd, argv] = viaTime ? [TIME, ['-v', command, ...args]] : [command, [...args]];
  const t0 = performance.now();
  const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  let hwm: number | null = null;
  const poll = viaTime ? undefined : setInterval(() => {
    const kb = child.pid === undefined ? null : vmHwmKb(child.pid);
    if (kb !== null) hwm = Math.max(hwm ?? 0, kb);
  }, 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (poll) clearInterval(poll);
      const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const kb = viaTime ? (timeKb ? Number(timeKb[1]) : null) : hwm;
      const rssBy = viaTime ? `${TIME} -v` : hwm === null ? 'unavailable' : '/proc/<pid>/status VmHWM';
      resolve({ code, wallMs, peakRssMb: kb === null ? null : Math.round(kb / 102.4) / 10, rssBy, stderr });
    });
  });
}
