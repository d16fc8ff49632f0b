import { Decimal } from '../../index';
import { niceStep } from './nice-scale';

/**
 * One value to count in a histogram, with the group it is stacked in (e.g. the
 * criterion's result: `pass`, `fail`, `unknown`).
 *
 * @example
 * const v: HistogramValue = { value: new Decimal('0.0625'), group: 'pass' };
 */
export interface HistogramValue {
  value: Decimal;
  group: string;
}

/**
 * One bin `[lo, hi)` and how many values of each group fall in it.
 *
 * @example
 * const b: HistogramBin = { lo: new Decimal('0.05'), hi: new Decimal('0.055'), counts: { pass: 3 }, total: 3 };
 */
export interface HistogramBin {
  lo: Decimal;
  hi: Decimal;
  counts: Record<string, number>;
  total: number;
}

/**
 * Bins of equal, nice width (1, 2 or 5 times a power of ten) covering the values and the
 * marks (thresholds drawn on the chart), aligned to multiples of the width, each bin
 * half-open `[lo, hi)`: a value exactly at a threshold that is a bin edge counts right
 * of the line, as `>= threshold` passes. Exact decimals throughout; about `target` bins
 * (at most `target + 1`). No values: no bins.
 *
 * @example
 * const { bins, step } = binValues([{ value: new Decimal('0.05'), group: 'pass' }, { value: new Decimal('0.042'), group: 'fail' }], [new Decimal('0.05')], 4);
 * step.toString(); // '0.002'
 * bins.map((b) => `${b.lo}:${b.total}`); // ['0.042:1', '0.044:0', '0.046:0', '0.048:0', '0.05:1']
 */
export function binValues(values: readonly HistogramValue[], marks: readonly Decimal[], target = 20): { bins: HistogramBin[]; step: Decimal } {
  if (values.length === 0) return { bins: [], step: new Decimal(1) };
  const all = [...values.map((v) => v.value), ...marks];
  const min = Decimal.min(...all);
  const max = Decimal.max(...all);
  const span = max.minus(min);
  const rough = span.isZero() ? Decimal.max(min.abs(), 1).div(Math.max(1, target)) : span.div(Math.max(1, target));
  const step = niceStep(rough);
  const lo = min.div(step).floor().times(step);
  const n = max.minus(lo).div(step).floor().toNumber() + 1;
  const bins: HistogramBin[] = Array.from({ length: n }, (_, i) => ({ lo: lo.plus(step.times(i)), hi: lo.plus(step.times(i + 1)), counts: {}, total: 0 }));
  for (const v of values) {
    const bin = bins[v.value.minus(lo).div(step).floor().toNumber()];
    if (!bin) continue;
    bin.counts[v.group] = (bin.counts[v.group] ?? 0) + 1;
    bin.total++;
  }
  return { bins, step };
}
