import { Decimal, type EvalResult, type Json } from '../../index';
import { UsageError } from '../usage-error';
import type { HistogramValue } from './histogram-bins';

/**
 * The value a report's histogram shows: a value a criterion reports (`rdRatio.ratio`,
 * with the criterion's threshold from the same row), or an output (`outputs.fee`).
 *
 * @example
 * const c: ChartValue = { kind: 'criterion', criterion: 'rdRatio', value: 'ratio' };
 */
export type ChartValue = { kind: 'criterion'; criterion: string; value: string } | { kind: 'output'; output: string };

/** The values of a criterion that are its threshold, in order of preference. */
const THRESHOLD_KEYS = ['threshold', 'passMark', 'limit', 'max'] as const;

/**
 * Parses `--chart-value <criterion>.<value>` (or `outputs.<name>`); anything else is a
 * usage error.
 *
 * @example
 * parseChartValue('rdRatio.ratio'); // { kind: 'criterion', criterion: 'rdRatio', value: 'ratio' }
 * parseChartValue('outputs.fee'); // { kind: 'output', output: 'fee' }
 */
export function parseChartValue(spec: string): ChartValue {
  const m = /^([^.\s]+)\.([^.\s]+)$/.exec(spec);
  if (!m) throw new UsageError(`--chart-value '${spec}': expected <criterion>.<value> (e.g. rdRatio.ratio) or outputs.<name>`);
  const [, first = '', second = ''] = m;
  return first === 'outputs' ? { kind: 'output', output: second } : { kind: 'criterion', criterion: first, value: second };
}

/**
 * A JSON value as an exact decimal when it is a number or a decimal string, else undefined.
 *
 * @example
 * numericJson('0.0625')?.toString(); // '0.0625'
 * numericJson(null); // undefined
 */
export function numericJson(v: Json | undefined): Decimal | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? new Decimal(v) : undefined;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return new Decimal(v);
  return undefined;
}

/**
 * The default value to chart: the first criterion (in the order the results list them)
 * that reports a numeric `ratio` and a numeric `threshold` on some row. With `preferIn`,
 * the first such criterion that the other result set also reports (for comparisons).
 * When no criterion reports a ratio, the first of `outputs` (e.g. the policy's money
 * outputs) that some row has as a number; else undefined.
 *
 * @example
 * defaultChartValue(hnte2016Rows); // { kind: 'criterion', criterion: 'stStaffRatio', value: 'ratio' }
 * defaultChartValue(awardRows, undefined, ['award']); // { kind: 'output', output: 'award' }
 */
export function defaultChartValue(rows: readonly EvalResult[], preferIn?: readonly EvalResult[], outputs: readonly string[] = []): ChartValue | undefined {
  const candidates = ratioCriteria(rows);
  const other = preferIn ? new Set(ratioCriteria(preferIn)) : undefined;
  const id = (other && candidates.find((c) => other.has(c))) ?? candidates[0];
  if (id !== undefined) return { kind: 'criterion', criterion: id, value: 'ratio' };
  const output = outputs.find((o) => rows.some((r) => numericJson(r.outputs[o]) !== undefined));
  return output === undefined ? undefined : { kind: 'output', output };
}

function ratioCriteria(rows: readonly EvalResult[]): string[] {
  const ids: string[] = [];
  for (const r of rows) {
    for (const c of r.criteria) {
      if (ids.includes(c.id)) continue;
      if (numericJson(c.values['ratio']) && numericJson(c.values['threshold'])) ids.push(c.id);
    }
  }
  const order = rows.find((r) => r.criteria.length > 0)?.criteria.map((c) => c.id) ?? [];
  return [...ids].sort((a, b) => rank(order, a) - rank(order, b));
}

const rank = (order: readonly string[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length);

/**
 * The chart's series: each row's value (stacked by the criterion's result, or by the
 * row's status for an output), the distinct thresholds with how many rows had each (most
 * common first, at most six), and how many rows had no numeric value.
 *
 * @example
 * const s = chartSeries(rows, { kind: 'criterion', criterion: 'rdRatio', value: 'ratio' });
 * s.marks; // [{ value: Decimal(0.05), rows: 9 }, { value: Decimal(0.04), rows: 3 }]
 */
export function chartSeries(rows: readonly EvalResult[], choice: ChartValue): { values: HistogramValue[]; marks: { value: Decimal; rows: number }[]; without: number } {
  const values: HistogramValue[] = [];
  const marks = new Map<string, { value: Decimal; rows: number }>();
  let without = 0;
  for (const r of rows) {
    if (choice.kind === 'output') {
      const v = numericJson(r.outputs[choice.output]);
      if (v) values.push({ value: v, group: r.status });
      else without++;
      continue;
    }
    const c = r.criteria.find((x) => x.id === choice.criterion);
    const v = c ? numericJson(c.values[choice.value]) : undefined;
    if (!c || !v) {
      without++;
      continue;
    }
    values.push({ value: v, group: c.result });
    const key = THRESHOLD_KEYS.find((k) => k !== choice.value && numericJson(c.values[k]));
    const t = key ? numericJson(c.values[key]) : undefined;
    if (t) {
      const m = marks.get(t.toString()) ?? { value: t, rows: 0 };
      m.rows++;
      marks.set(t.toString(), m);
    }
  }
  const top = [...marks.values()].sort((a, b) => b.rows - a.rows || a.value.comparedTo(b.value)).slice(0, 6);
  return { values, marks: top, without };
}

/**
 * The text naming a chart value.
 *
 * @example
 * chartValueName({ kind: 'criterion', criterion: 'rdRatio', value: 'ratio' }); // 'rdRatio.ratio'
 */
export function chartValueName(c: ChartValue): string {
  return c.kind === 'output' ? `outputs.${c.output}` : `${c.criterion}.${c.value}`;
}

/**
 * Checks that some row reports the chosen value (`--chart-value`): a criterion id no row
 * has, or a value or output name no row reports, is a usage error listing what there is.
 * Nothing to check without rows.
 *
 * @example
 * checkChartValue(rows, { kind: 'criterion', criterion: 'rdRatoi', value: 'ratio' }); // throws UsageError("--chart-value rdRatoi.ratio: no record reports a criterion rdRatoi (criteria: registration, ...)")
 */
export function checkChartValue(rows: readonly EvalResult[], choice: ChartValue): void {
  const judged = rows.filter((r) => r.status !== 'error');
  if (judged.length === 0) return;
  const name = chartValueName(choice);
  const list = (xs: Iterable<string>) => [...new Set(xs)].join(', ') || 'none';
  if (choice.kind === 'output') {
    if (!judged.some((r) => choice.output in r.outputs)) throw new UsageError(`--chart-value ${name}: no record has an output ${choice.output} (outputs: ${list(judged.flatMap((r) => Object.keys(r.outputs)))})`);
    return;
  }
  const reports = judged.flatMap((r) => r.criteria.filter((c) => c.id === choice.criterion));
  if (reports.length === 0) throw new UsageError(`--chart-value ${name}: no record reports a criterion ${choice.criterion} (criteria: ${list(judged.flatMap((r) => r.criteria.map((c) => c.id)))})`);
  if (!reports.some((c) => choice.value in c.values)) throw new UsageError(`--chart-value ${name}: criterion ${choice.criterion} reports no value ${choice.value} (values: ${list(reports.flatMap((c) => Object.keys(c.values)))})`);
}
