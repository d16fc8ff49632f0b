import { Decimal, type Json, type Lang } from '../../index';
import type { SummaryJson } from '../eval/batch-run';
import { barChart } from './bar-chart';
import { STATUS_COLORS, SERIES_COLORS } from './chart-palette';
import { numericJson } from './chart-value';
import { chartFigure } from './html-page';
import { groupDigits } from './money-text';
import { HTML_WORDS } from './html-words';

function field(values: Json, key: string): Json | undefined {
  return values !== null && typeof values === 'object' && !Array.isArray(values) ? values[key] : undefined;
}

/**
 * The awards against the budget, for every batch summary that reports a `budget`
 * (`budget.allocate`): approved awards, allocated and unallocated amounts as bars, the
 * budget as a reference line, and whether the awards were scaled down. Empty when no
 * summary has a budget.
 *
 * @example
 * budgetFigures('budget', [{ fn: 'budget.allocate', label, values: { budget: '16500000.00', totalApproved: '17000000.00', allocated: '16500000.00', unallocated: '0.00', scaled: true, factor: '0.97' } }], 'en');
 * // ['<figure><svg ...>...</svg><figcaption>Awards are scaled by 0.97 ...</figcaption></figure>']
 */
export function budgetFigures(id: string, summaries: readonly SummaryJson[], lang: Lang, heading?: string): string[] {
  const w = HTML_WORDS[lang];
  const out: string[] = [];
  summaries.forEach((s, i) => {
    const budget = numericJson(field(s.values, 'budget'));
    if (!budget) return;
    const bar = (key: string, label: string, color: string) => {
      const raw = field(s.values, key);
      const v = numericJson(raw);
      return v ? [{ label, bars: [{ value: Decimal.max(v, 0), text: groupDigits(String(raw)), color }] }] : [];
    };
    const svg = barChart({
      id: `${id}-${i}`,
      title: `${heading ? `${heading}: ` : ''}${w.budgetTitle} (${s.label[lang]})`,
      rows: [
        ...bar('totalApproved', w.totalApproved, SERIES_COLORS.a),
        ...bar('allocated', w.allocated, STATUS_COLORS.eligible),
        ...bar('unallocated', w.unallocated, STATUS_COLORS.undetermined),
      ],
      reference: { value: budget, label: `${w.budget} ${groupDigits(String(field(s.values, 'budget')))}` },
    });
    const scaled = field(s.values, 'scaled') === true;
    const factor = field(s.values, 'factor');
    const caption = `${heading ? `${heading}: ` : ''}${w.budgetTitle} (${w.yuan}). ${scaled ? `${w.scaled} ${String(factor)}.` : w.notScaled}`;
    out.push(chartFigure(svg, caption));
  });
  return out;
}
