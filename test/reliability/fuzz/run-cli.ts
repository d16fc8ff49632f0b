import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { resultProblems } from './check-result';
import type { FuzzLine } from './ndjson-lines';
import { ROOT } from './seeds';

/** The built executable. */
export const BIN = join(ROOT, 'dist', 'cli', 'bin.js');

/** What one run of the binary gave (stdout as bytes, to compare exactly). */
export interface BinOutput {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs `node dist/cli/bin.js ...args` with extra environment (e.g. `TZ`).
 *
 * @example
 * (await runBinary(['--version'])).code; // 0
 */
export function runBinary(args: readonly string[], env: Record<string, string> = {}, cwd: string = ROOT): Promise<BinOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
  });
}

/**
 * Writes fuzz lines as an NDJSON file (CRLF endings on every fifth line).
 *
 * @example
 * await writeLines('/tmp/x.ndjson', lines);
 */
export async function writeLines(path: string, lines: readonly FuzzLine[]): Promise<void> {
  await writeFile(path, lines.map((l, i) => l.line + (i % 5 === 4 ? '\r\n' : '\n')).join(''));
}

/** The result rows of an output, per format (`table` is not read back). */
function rowsOf(format: string, stdout: string): { id: string | undefined; row: unknown }[] {
  if (format === 'ndjson') return stdout.split('\n').filter((l) => l !== '' && !l.startsWith('{"summary"')).map((l) => JSON.parse(l) as Record<string, unknown>).map((row) => ({ id: row['id'] as string | undefined, row }));
  if (format === 'json') {
    const doc = JSON.parse(stdout) as Record<string, unknown>[] | { results: Record<string, unknown>[] };
    return (Array.isArray(doc) ? doc : doc.results).map((row) => ({ id: row['id'] as string | undefined, row }));
  }
  const records = parseCsv(stdout, { columns: true, relax_column_count: false, comment: '#' }) as Record<string, string>[];
  return records.map((r) => ({ id: r['id'] === '' ? undefined : r['id'], row: r }));
}

/**
 * Evaluates fuzz lines through the binary and reports what went wrong: a usage error or
 * anything on stderr, a wrong exit code, a row lost, added or out of order (ids in = ids
 * out), a row breaking the result contract (NDJSON/JSON), a CSV status column that is not
 * a status.
 *
 * @example
 * await cliProblems('cn.hnte.2016', '/tmp/x.ndjson', lines, 'ndjson', ['--as-of', '2020-06-01']); // []
 */
export async function cliProblems(policy: string, file: string, lines: readonly FuzzLine[], format: 'ndjson' | 'json' | 'csv' | 'table', extra: readonly string[] = []): Promise<string[]> {
  const r = await runBinary(['eval', policy, '--input', file, '--format', format, ...extra]);
  const problems: string[] = [];
  if (r.stderr !== '') problems.push(`stderr: ${r.stderr.slice(0, 500)}`);
  if (r.code !== 0 && r.code !== 1) return [...problems, `exit code ${String(r.code)}`];
  if (format === 'table') return problems;
  const expected = lines.filter((l) => l.row);
  let rows: { id: string | undefined; row: unknown }[];
  try {
    rows = rowsOf(format, r.stdout.toString('utf8'));
  } catch (e) {
    return [...problems, `unreadable ${format} output: ${String(e)}`];
  }
  if (rows.length !== expected.length) problems.push(`${rows.length} rows for ${expected.length} records`);
  let errorRows = 0;
  rows.forEach((x, i) => {
    const want = expected[i]?.id;
    const row = x.row as Record<string, unknown>;
    if (row['status'] === 'error') errorRows++;
    if (format === 'csv') {
      // CSV is UTF-8 text: a lone surrogate in an id is written as U+FFFD
      const wellFormed = want === undefined ? undefined : Buffer.from(want, 'utf8').toString('utf8');
      if (x.id !== wellFormed && !(wellFormed === '' && x.id === undefined)) problems.push(`row ${i + 1}: id ${JSON.stringify(x.id)}, expected ${JSON.stringify(want)}`);
      if (!['eligible', 'ineligible', 'undetermined', 'error'].includes(row['status'] as string)) problems.push(`row ${i + 1}: status ${String(row['status'])}`);
    } else for (const p of resultProblems(row, policy, want)) problems.push(`row ${i + 1}: ${p} (input: ${expected[i]?.line.slice(0, 200)})`);
  });
  if (r.code !== (errorRows > 0 ? 1 : 0)) problems.push(`exit code ${String(r.code)} with ${errorRows} error rows`);
  return problems;
}
