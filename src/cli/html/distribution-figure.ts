import type { EvalResult, Lang } from '../../index';
import { RESULT_COLORS, STATUS_COLORS } from './chart-palette';
import { chartSeries, chartValueName, type ChartValue } from './chart-value';
import { escapeHtml } from './escape-html';
import { histogramChart } from './histogram-chart';
import { chartFigure } from './html-page';
import { HTML_WORDS } from './html-words';
import { plainDecimal } from './nice-scale';
import { WORDS } from '../lang';

/**
 * The histogram of the chosen value against its thresholds, in a figure: bars stacked by
 * the criterion's result (pass, fail, unknown) or, for an output, by status; a dashed line
 * per threshold, labelled with how many rows had it. Without a chart value, a note on how
 * to choose one.
 *
 * @example
 * distributionFigure('dist', rows, { kind: 'criterion', criterion: 'rdRatio', value: 'ratio' }, 'en'); // '<figure><svg ...>...</svg><figcaption>...</figcaption></figure>'
 */
export function distributionFigure(id: string, rows: readonly EvalResult[], choice: ChartValue | undefined, lang: Lang, heading?: string): string {
  const w = HTML_WORDS[lang];
  if (!choice) return `<p class="note">${escapeHtml(w.noChartValue)}</p>`;
  const name = chartValueName(choice);
  const s = chartSeries(rows, choice);
  const groups =
    choice.kind === 'criterion'
      ? (['pass', 'fail', 'unknown'] as const).map((k) => ({ key: k, name: w[k], color: RESULT_COLORS[k] }))
      : (['eligible', 'ineligible', 'undetermined', 'error'] as const).map((k) => ({ key: k, name: WORDS[lang].status[k], color: STATUS_COLORS[k] }));
  const used = groups.filter((g) => s.values.some((v) => v.group === g.key));
  const marks = s.marks.map((m) => ({ value: m.value, label: `${w.threshold} ${plainDecimal(m.value)}${s.marks.length > 1 ? ` (${m.rows})` : ''}` }));
  const title = `${heading ? `${heading}: ` : ''}${w.distribution} ${name}`;
  const svg = histogramChart({ id, title, axis: name, values: s.values, groups: used.length ? used : groups.slice(0, 1), marks });
  const caption = [`${title} (${s.values.length})`, s.without ? `${s.without} ${w.withoutValue}` : ''].filter(Boolean).join(lang === 'zh' ? '；' : '; ');
  return chartFigure(svg, caption);
}
