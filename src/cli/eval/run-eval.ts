import { compile, PolicyError, toJSON, type EvalResult, type Lang, type Policy } from '../../index';
import { readEvalInput } from '../input/read-records';
import type { InputFormat } from '../input/input-item';
import { EXIT, type CliIo } from '../io';
import { csvWriter } from '../output/csv-writer';
import { jsonWriter, ndjsonWriter } from '../output/json-writers';
import { progress } from '../output/progress';
import type { OutputFormat, RowWriter } from '../output/row-writer';
import { OutputSink } from '../output/sink';
import { tableWriter } from '../output/table-writer';
import type { ChartValue } from '../html/chart-value';
import { htmlWriter } from '../html/html-writer';
import { oneLine, UsageError } from '../usage-error';
import { mergeRowOutputs, startBatchRun, summaryJson } from './batch-run';
import { inlineEvaluator } from './inline-evaluator';
import { orderedResults, resultOf, type ChunkEvaluator } from './ordered-results';
import { workerPool } from './worker-pool';

/**
 * The options of `zone-policy eval`.
 *
 * @example
 * const o: EvalOptions = { input: 'rows.csv', format: 'ndjson', lang: 'en', explain: false, summary: false, jobs: 1 };
 */
export interface EvalOptions {
  input: string;
  asOf?: string;
  format: OutputFormat;
  inputFormat?: InputFormat;
  explain: boolean;
  lang: Lang;
  summary: boolean;
  jobs: number;
  budget?: string;
  /** `--format html`: the value its histogram shows (default: the first criterion with a numeric ratio and threshold). */
  chartValue?: ChartValue;
}

function writerFor(sink: OutputSink, policy: Policy, o: EvalOptions, extra: readonly string[]): RowWriter {
  if (o.format === 'json') return jsonWriter(sink, o.summary);
  if (o.format === 'csv') return csvWriter(sink, policy, { explain: o.explain, extra });
  if (o.format === 'table') return tableWriter(sink, policy, { lang: o.lang, explain: o.explain, extra });
  if (o.format === 'html') return htmlWriter(sink, policy, { lang: o.lang, ...(o.asOf ? { asOf: o.asOf } : {}), ...(o.chartValue ? { chartValue: o.chartValue } : {}) });
  return ndjsonWriter(sink);
}

function evaluatorFor(policy: Policy, o: EvalOptions, io: CliIo, serialize: boolean): ChunkEvaluator {
  const options = { ...(o.asOf ? { asOf: o.asOf } : {}), trace: o.explain || o.format === 'html' };
  let compiled;
  try {
    compiled = compile(policy);
  } catch (e) {
    if (e instanceof PolicyError) throw new UsageError(`${policy.id}: ${oneLine(e)}`);
    throw e;
  }
  if (o.jobs > 1 && io.workerUrl) return workerPool(o.jobs, io.workerUrl, { policy: toJSON(policy), options, serialize }, inlineEvaluator(compiled, options));
  return inlineEvaluator(compiled, options);
}

/**
 * Runs `eval`: reads the rows, evaluates them in order (in worker threads with
 * `--jobs`), writes one result per row. The policy's batch computations run with
 * `--summary`, `--budget`, `--format table` or `--format html` (which also traces every
 * row, for its explanations); then rows are held to the end, because
 * batch results (e.g. allocated budget shares) depend on every row. Returns the exit
 * code: 0, or 1 when any row is an error.
 *
 * @example
 * await runEval(policy, { input: 'rows.ndjson', format: 'ndjson', lang: 'en', explain: false, summary: false, jobs: 1 }, io); // 0
 */
export async function runEval(policy: Policy, o: EvalOptions, io: CliIo): Promise<number> {
  const batchOn = o.summary || o.budget !== undefined || o.format === 'table' || o.format === 'html';
  const accs = batchOn ? startBatchRun(policy, o.budget) : [];
  // without batch outputs, NDJSON/JSON rows are only written: worker threads hand back their text
  const serialize = !batchOn && (o.format === 'ndjson' || o.format === 'json');
  const evaluator = evaluatorFor(policy, o, io, serialize);
  try {
    const items = await readEvalInput(o.input, o.inputFormat, io);
    const sink = new OutputSink(io.stdout);
    const bar = progress(io.stderr, io.stderrIsTTY);
    let errors = 0;
    let index = 0;
    const held: EvalResult[] = [];
    let writer = batchOn ? undefined : writerFor(sink, policy, o, []);
    for await (const r of orderedResults(items, evaluator)) {
      if (r.status === 'error') errors++;
      if (writer) await writer.row(r);
      else {
        const result = resultOf(r);
        for (const a of accs) a.add(result, index);
        held.push(result);
      }
      index++;
      bar.tick();
    }
    const summaries = accs.map((a) => a.finish());
    if (!writer) {
      writer = writerFor(sink, policy, o, mergeRowOutputs(held, summaries));
      for (const r of held) await writer.row(r);
    }
    await writer.end(o.summary || o.format === 'table' || o.format === 'html' ? summaryJson(summaries) : undefined);
    bar.done();
    await sink.close();
    return errors > 0 ? EXIT.rowErrors : EXIT.ok;
  } finally {
    await evaluator.close();
  }
}
