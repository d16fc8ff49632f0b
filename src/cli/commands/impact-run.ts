import { compile, impact, PolicyError, renderImpact, type CompiledPolicy, type EvalResult, type ImpactReport, type Lang, type Policy } from '../../index';
import { mergeRowOutputs, startBatchRun, summaryJson } from '../eval/batch-run';
import { evaluateItem } from '../eval/evaluate-record';
import type { ChartValue } from '../html/chart-value';
import { impactHtml, type ImpactHtmlSide } from '../html/impact-html';
import type { InputFormat } from '../input/input-item';
import { readRecords } from '../input/read-records';
import { EXIT, type CliIo } from '../io';
import { OutputSink } from '../output/sink';
import { oneLine, UsageError } from '../usage-error';

/**
 * The output formats of `impact`.
 *
 * @example
 * IMPACT_FORMATS.includes('html'); // true
 */
export const IMPACT_FORMATS = ['text', 'json', 'html'] as const;

/**
 * The options of `zone-policy impact`: the input, each side's date, the format, the
 * language, how many flips to list (`flips`, text and HTML) and the chart value (HTML).
 *
 * @example
 * const o: ImpactCliOptions = { input: 'firms.ndjson', asOfA: '2015-06-01', asOfB: '2016-06-01', format: 'text', lang: 'en', flips: 20 };
 */
export interface ImpactCliOptions {
  input: string;
  inputFormat?: InputFormat;
  asOfA?: string;
  asOfB?: string;
  format: (typeof IMPACT_FORMATS)[number];
  lang: Lang;
  flips: number;
  chartValue?: ChartValue;
}

/**
 * A row of the input that could not be read (a malformed NDJSON line or CSV row): it is
 * not part of the comparison, and is reported with its row number.
 *
 * @example
 * const u: UnreadableRow = { row: 3, code: 'INVALID_JSON', message: 'line 3 is not valid JSON' };
 */
export interface UnreadableRow {
  row: number;
  code: string;
  message: string;
}

function compiled(policy: Policy): CompiledPolicy {
  try {
    return compile(policy);
  } catch (e) {
    if (e instanceof PolicyError) throw new UsageError(`${policy.id}: ${oneLine(e)}`);
    throw e;
  }
}

function side(c: CompiledPolicy, records: readonly unknown[], asOf: string | undefined, listed: readonly number[]): ImpactHtmlSide {
  const options = asOf ? { asOf } : {};
  const rows: EvalResult[] = records.map((record) => evaluateItem(c, { kind: 'record', record }, options));
  const accs = startBatchRun(c.policy, undefined);
  rows.forEach((r, i) => accs.forEach((a) => a.add(r, i)));
  const summaries = accs.map((a) => a.finish());
  mergeRowOutputs(rows, summaries);
  const traced = new Map(listed.map((i) => [i, evaluateItem(c, { kind: 'record', record: records[i] }, { ...options, trace: true })]));
  return { policy: c.policy, rows, summaries: summaryJson(summaries), traced };
}

function unreadableText(rows: readonly UnreadableRow[], lang: Lang): string {
  if (rows.length === 0) return '';
  const head = lang === 'zh' ? `\n\n无法读取的记录（未参与比较）：${rows.length}` : `\n\nUnreadable rows (not compared): ${rows.length}`;
  return `${head}\n${rows.map((u) => `  ${u.row}: ${u.code}: ${u.message}`).join('\n')}`;
}

/**
 * Runs `impact`: reads every record, evaluates each under both versions (A at `asOfA`, B
 * at `asOfB`; a record's own `asOf` wins) and writes the impact report — policy changes,
 * status counts, transitions, the flips with the criteria that made them flip, money
 * totals — as text, JSON (the report, with `unreadable` rows) or one HTML report. Returns
 * the exit code: 0, or 1 when a row was unreadable or an error on either side.
 *
 * @example
 * await runImpact(hnte2008, hnte2016, { input: 'firms.ndjson', asOfA: '2015-06-01', asOfB: '2016-06-01', format: 'text', lang: 'en', flips: 20 }, io); // 0
 */
export async function runImpact(a: Policy, b: Policy, o: ImpactCliOptions, io: CliIo): Promise<number> {
  const [ca, cb] = [compiled(a), compiled(b)];
  const records: unknown[] = [];
  const unreadable: UnreadableRow[] = [];
  let row = 0;
  for await (const item of await readRecords(o.input, o.inputFormat, io)) {
    row++;
    if (item.kind === 'record') records.push(item.record);
    else unreadable.push({ row, code: item.code, message: item.message });
  }
  const html = o.format === 'html';
  const report: ImpactReport = impact(ca, cb, records, {
    ...(o.asOfA ? { asOfA: o.asOfA } : {}), ...(o.asOfB ? { asOfB: o.asOfB } : {}), ...(html ? { maxFlips: o.flips } : {}),
  });
  const sink = new OutputSink(io.stdout);
  if (o.format === 'text') await sink.write(`${renderImpact(report, o.lang, { flips: o.flips })}${unreadableText(unreadable, o.lang)}\n`);
  else if (o.format === 'json') await sink.write(`${JSON.stringify({ ...report, unreadable }, null, 2)}\n`);
  else {
    const listed = report.flips.map((f) => f.index);
    const page = impactHtml({
      report, lang: o.lang, a: side(ca, records, o.asOfA, listed), b: side(cb, records, o.asOfB, listed), ...(o.chartValue ? { chartValue: o.chartValue } : {}),
    });
    await sink.write(page);
  }
  await sink.close();
  return unreadable.length > 0 || report.counts.a.error > 0 || report.counts.b.error > 0 ? EXIT.rowErrors : EXIT.ok;
}
