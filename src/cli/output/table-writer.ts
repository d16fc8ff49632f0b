import { renderTrace, type EvalResult, type Json, type Lang, type Policy } from '../../index';
import type { SummaryJson } from '../eval/batch-run';
import { WORDS } from '../lang';
import { outputCell, outputColumns } from './csv-columns';
import type { RowWriter } from './row-writer';
import type { OutputSink } from './sink';
import { clip, textTable } from './text-table';
import { resultOf } from '../eval/ordered-results';

const CELL_MAX = 40;

function summaryLines(v: Json, prefix: string): string[] {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    return Object.entries(v).flatMap(([k, x]) => summaryLines(x, prefix ? `${prefix}.${k}` : k));
  }
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return [`  ${prefix || '-'}: ${text}`];
}

/**
 * The human table (`--format table`): one line per row (number, id, status, failed,
 * missing, outputs headed by their labels in `--lang`), then the errors, the
 * explanations (`--explain`) and the batch summaries. Rows are held until the end to
 * align the columns.
 *
 * @example
 * const w = tableWriter(sink, policy, { lang: 'en', explain: false, extra: [] });
 */
export function tableWriter(out: OutputSink, policy: Policy, opts: { lang: Lang; explain: boolean; extra: readonly string[] }): RowWriter {
  const w = WORDS[opts.lang];
  const rows: EvalResult[] = [];
  const cols = outputColumns(policy, opts.extra);
  const headOf = (path: string[]) => {
    const o = policy.outputs?.[path[0] ?? ''];
    const base = o?.label?.[opts.lang] ?? path[0] ?? '';
    return [base, ...path.slice(1)].join('.');
  };
  return {
    row: async (r) => {
      rows.push(resultOf(r));
    },
    async end(summary) {
      const header = [w.columns.row, w.columns.id, w.columns.status, w.columns.failed, w.columns.missing, ...cols.map((c) => headOf(c.path))];
      const cells = rows.map((r, i) => [
        String(i + 1), r.id ?? '', w.status[r.status], clip(r.failed.join(', '), CELL_MAX), clip(r.missing.join(', '), CELL_MAX),
        ...cols.map((c) => clip(outputCell(r.outputs, c), CELL_MAX)),
      ]);
      const parts = [textTable(header, cells)];
      const errors = rows.flatMap((r, i) => (r.error ? [`  ${i + 1}${r.id ? ` ${r.id}` : ''}: ${r.error.code}: ${r.error.message}`, ...r.error.issues.map((x) => `      ${x.path}: ${x.message}`)] : []));
      if (errors.length) parts.push(`${w.errors}\n${errors.join('\n')}`);
      if (opts.explain) {
        for (const [i, r] of rows.entries()) if (r.trace) parts.push(`${w.explain} ${i + 1}${r.id ? ` ${r.id}` : ''}\n${renderTrace(r.trace, opts.lang)}`);
      }
      for (const s of summary ?? []) parts.push(`${w.summary}: ${s.label[opts.lang]} (${s.fn})\n${summaryLines(s.values, '').join('\n')}`);
      await out.write(`${parts.join('\n\n')}\n`);
    },
  };
}
