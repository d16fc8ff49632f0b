import { compile, gap, PolicyError, renderGap, type EvalResult, type GapReport, type Lang, type Policy } from '../../index';
import { mergeRowOutputs, startBatchRun, summaryJson } from '../eval/batch-run';
import { evaluateItem } from '../eval/evaluate-record';
import type { ChartValue } from '../html/chart-value';
import { gapHtml, type GapEntry } from '../html/gap-html';
import type { InputFormat, InputItem } from '../input/input-item';
import { readRecords } from '../input/read-records';
import { EXIT, type CliIo } from '../io';
import { progress } from '../output/progress';
import { OutputSink } from '../output/sink';
import { oneLine, UsageError } from '../usage-error';

/**
 * The output formats of `gap`.
 *
 * @example
 * GAP_FORMATS[0]; // 'text'
 */
export const GAP_FORMATS = ['text', 'json', 'ndjson', 'html'] as const;

/**
 * The options of `zone-policy gap`.
 *
 * @example
 * const o: GapCliOptions = { input: 'firms.ndjson', format: 'text', lang: 'en', asOf: '2020-06-01' };
 */
export interface GapCliOptions {
  input: string;
  inputFormat?: InputFormat;
  asOf?: string;
  format: (typeof GAP_FORMATS)[number];
  lang: Lang;
  chartValue?: ChartValue;
}

/**
 * The gap report of one input row; never throws: an unreadable row, an invalid record or
 * a policy that fails on it gives a `status: "error"` report with the error.
 *
 * @example
 * gapOfItem(compiled, { kind: 'record', record: firm }, { asOf: '2020-06-01' }).suggestions[0]?.fact; // 'stStaff'
 */
export function gapOfItem(compiled: ReturnType<typeof compile>, item: InputItem, options: { asOf?: string }, evaluated?: EvalResult): GapReport {
  const fromRow = (r: EvalResult): GapReport => ({
    ...(r.id !== undefined ? { id: r.id } : {}), policy: r.policy, asOf: r.asOf, status: r.status, failed: r.failed, suggestions: [], notFixable: [], ...(r.error ? { error: r.error } : {}),
  });
  if (item.kind === 'unreadable' || evaluated?.status === 'error') return fromRow(evaluated ?? evaluateItem(compiled, item, options));
  try {
    return gap(compiled, item.record, options);
  } catch {
    return fromRow(evaluated ?? evaluateItem(compiled, item, options));
  }
}

/**
 * Runs `gap`: for each input row (in order) the distance to eligibility — the smallest
 * change of one figure per failed criterion, and the criteria no single figure fixes — as
 * text, JSON, NDJSON or one HTML report. Text and NDJSON stream. Returns the exit code: 0,
 * or 1 when any row is an error.
 *
 * @example
 * await runGap(policy, { input: 'firms.ndjson', format: 'text', lang: 'en', asOf: '2020-06-01' }, io); // 0
 */
export async function runGap(policy: Policy, o: GapCliOptions, io: CliIo): Promise<number> {
  let compiled;
  try {
    compiled = compile(policy);
  } catch (e) {
    if (e instanceof PolicyError) throw new UsageError(`${policy.id}: ${oneLine(e)}`);
    throw e;
  }
  const options = o.asOf ? { asOf: o.asOf } : {};
  const html = o.format === 'html';
  const accs = html ? startBatchRun(policy, undefined) : [];
  const items = await readRecords(o.input, o.inputFormat, io);
  const sink = new OutputSink(io.stdout);
  const bar = progress(io.stderr, io.stderrIsTTY);
  const entries: GapEntry[] = [];
  let errors = 0;
  let n = 0;
  for await (const item of items) {
    const result = html ? evaluateItem(compiled, item, { ...options, trace: true }) : undefined;
    const report = gapOfItem(compiled, item, options, result);
    if (report.status === 'error') errors++;
    if (result) {
      for (const a of accs) a.add(result, n);
      entries.push({ report, result });
    } else if (o.format === 'text') await sink.write(`${n > 0 ? '\n' : ''}${renderGap(report, o.lang)}\n`);
    else if (o.format === 'ndjson') await sink.write(`${JSON.stringify(report)}\n`);
    else await sink.write(`${n > 0 ? ',\n' : '[\n'}${JSON.stringify(report)}`);
    n++;
    bar.tick();
  }
  if (o.format === 'json') await sink.write(n > 0 ? '\n]\n' : '[]\n');
  if (html) {
    const summaries = accs.map((a) => a.finish());
    mergeRowOutputs(entries.map((e) => e.result), summaries);
    await sink.write(gapHtml({ policy, entries, summaries: summaryJson(summaries), lang: o.lang, ...(o.asOf ? { asOf: o.asOf } : {}), ...(o.chartValue ? { chartValue: o.chartValue } : {}) }));
  }
  bar.done();
  await sink.close();
  return errors > 0 ? EXIT.rowErrors : EXIT.ok;
}
