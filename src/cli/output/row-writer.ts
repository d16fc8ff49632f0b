import type { SummaryJson } from '../eval/batch-run';
import type { EvalRow } from '../eval/ordered-results';

/**
 * Writes results in one output format: each row as it comes (in input order), then the
 * end of the document, with the batch summaries when they were asked for.
 *
 * @example
 * const w: RowWriter = { row: async () => {}, end: async () => {} };
 */
export interface RowWriter {
  /** Writes one result, in input order. */
  row(result: EvalRow): Promise<void>;
  /** Ends the document, with the batch summaries when they were asked for. */
  end(summary: SummaryJson[] | undefined): Promise<void>;
}

/**
 * The output formats of `eval` (`html`: one self-contained report, see `src/cli/html`).
 *
 * @example
 * const f: OutputFormat = 'table';
 */
export type OutputFormat = 'ndjson' | 'json' | 'csv' | 'table' | 'html';

/**
 * Every output format, as `--format` accepts them.
 *
 * @example
 * OUTPUT_FORMATS[0]; // 'ndjson'
 */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['ndjson', 'json', 'csv', 'table', 'html'];
