import type { EvalResult, Policy } from '../../index';
import { outputCell, outputColumns } from './csv-columns';
import type { RowWriter } from './row-writer';
import type { OutputSink } from './sink';
import { resultOf } from '../eval/ordered-results';

/**
 * Quotes a CSV field when it needs it (comma, quote, line break, outer spaces).
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 * csvField('say "hi"'); // '"say ""hi"""'
 */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function errorText(r: EvalResult): string {
  if (!r.error) return '';
  const issues = r.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return `${r.error.code}: ${r.error.message}${issues ? ` (${issues})` : ''}`;
}

/**
 * CSV: columns `id,status,failed,missing,error`, then the outputs flattened (see
 * {@link outputColumns}), then `trace` (JSON) with `--explain`. `failed`/`missing` are
 * `;`-separated. With `--summary`, each summary follows as a comment line
 * `# summary {json}`.
 *
 * @example
 * const w = csvWriter(sink, policy, { explain: false, extra: [] });
 */
export function csvWriter(out: OutputSink, policy: Policy, opts: { explain: boolean; extra: readonly string[] }): RowWriter {
  const cols = outputColumns(policy, opts.extra);
  const header = ['id', 'status', 'failed', 'missing', 'error', ...cols.map((c) => c.header), ...(opts.explain ? ['trace'] : [])];
  let started = false;
  const start = async () => {
    if (!started) await out.write(`${header.map(csvField).join(',')}\n`);
    started = true;
  };
  return {
    async row(row) {
      await start();
      const r = resultOf(row);
      const cells = [r.id ?? '', r.status, r.failed.join(';'), r.missing.join(';'), errorText(r), ...cols.map((c) => outputCell(r.outputs, c))];
      if (opts.explain) cells.push(r.trace ? JSON.stringify(r.trace) : '');
      await out.write(`${cells.map(csvField).join(',')}\n`);
    },
    async end(summary) {
      await start();
      for (const s of summary ?? []) await out.write(`# summary ${JSON.stringify(s)}\n`);
    },
  };
}
