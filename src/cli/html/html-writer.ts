import type { EvalResult, Lang, Policy } from '../../index';
import type { RowWriter } from '../output/row-writer';
import type { OutputSink } from '../output/sink';
import type { ChartValue } from './chart-value';
import { evalHtml } from './eval-html';
import { resultOf } from '../eval/ordered-results';

/**
 * `eval --format html`: holds the rows (charts need all of them) and writes one
 * self-contained HTML report at the end, with the batch summaries (awards against the
 * budget).
 *
 * @example
 * const w = htmlWriter(sink, policy, { lang: 'en', asOf: '2020-06-01' }); await w.row(result); await w.end([]);
 */
export function htmlWriter(out: OutputSink, policy: Policy, opts: { lang: Lang; asOf?: string; chartValue?: ChartValue }): RowWriter {
  const rows: EvalResult[] = [];
  return {
    row: async (r) => {
      rows.push(resultOf(r));
    },
    end: async (summary) => {
      await out.write(evalHtml({ policy, rows, summaries: summary ?? [], lang: opts.lang, ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.chartValue ? { chartValue: opts.chartValue } : {}) }));
    },
  };
}
