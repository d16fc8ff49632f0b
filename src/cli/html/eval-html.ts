import { moneyOutputs, type EvalResult, type Lang, type Policy } from '../../index';
import type { SummaryJson } from '../eval/batch-run';
import { WORDS } from '../lang';
import { budgetFigures } from './budget-figure';
import { STATUS_COLORS } from './chart-palette';
import { checkChartValue, defaultChartValue, type ChartValue } from './chart-value';
import { distributionFigure } from './distribution-figure';
import { escapeHtml } from './escape-html';
import { chartFigure, figureCards, htmlPage, section } from './html-page';
import { fill, HTML_WORDS } from './html-words';
import { moneyCards } from './money-cards';
import { recordDetails } from './record-details';
import { failedChart, statusChart, statusCounts } from './status-charts';

/**
 * How many records an HTML report lists in full (the charts and figures always count
 * every record).
 *
 * @example
 * DETAILS_LIMIT; // 500
 */
export const DETAILS_LIMIT = 500;

/**
 * What an evaluation report shows: the policy, its rows (with traces, for the
 * explanations), the batch summaries, the language, the chosen chart value (default: the
 * first criterion with a numeric ratio and threshold) and the `--as-of` date.
 *
 * @example
 * const input: EvalHtmlInput = { policy, rows, summaries: [], lang: 'en' };
 */
export interface EvalHtmlInput {
  policy: Policy;
  rows: readonly EvalResult[];
  summaries: readonly SummaryJson[];
  lang: Lang;
  chartValue?: ChartValue;
  asOf?: string;
  detailsLimit?: number;
}

/**
 * The summary cards of a set of rows: records and each status, in its colour.
 *
 * @example
 * statusCards(rows, 'en'); // [{ label: 'Records', value: '5' }, { label: 'eligible', value: '2', color: '#1b7f3b' }, ...]
 */
export function statusCards(rows: readonly EvalResult[], lang: Lang): { label: string; value: string; color?: string }[] {
  const counts = statusCounts(rows);
  return [
    { label: HTML_WORDS[lang].records, value: String(rows.length) },
    ...(['eligible', 'ineligible', 'undetermined', 'error'] as const).map((s) => ({ label: WORDS[lang].status[s], value: String(counts[s]), color: STATUS_COLORS[s] })),
  ];
}

/**
 * The list of record panels, the first `limit`, with a note when there are more.
 *
 * @example
 * recordList(['<details>...</details>'], 3, 'en'); // '<p class="note">The first 1 of 3 are listed.</p><details>...</details>'
 */
export function recordList(panels: readonly string[], total: number, lang: Lang): string {
  const note = panels.length < total ? `<p class="note">${escapeHtml(fill(HTML_WORDS[lang].shownFirst, { n: panels.length, total }))}</p>` : '';
  return `${note}${panels.join('\n')}`;
}

/**
 * The self-contained HTML report of an evaluation (`eval --format html`): summary
 * figures (records, statuses, money totals), charts (status counts, the distribution of
 * the chart value against its thresholds, failing criteria, awards against the budget)
 * and each record's explanation in a collapsible panel. A `--chart-value` that no row
 * reports is a usage error.
 *
 * @example
 * evalHtml({ policy, rows, summaries, lang: 'en', asOf: '2020-06-01' }); // '<!doctype html>...'
 */
export function evalHtml(input: EvalHtmlInput): string {
  const { policy, rows, lang } = input;
  const w = HTML_WORDS[lang];
  if (input.chartValue) checkChartValue(rows, input.chartValue);
  const choice = input.chartValue ?? defaultChartValue(rows, undefined, moneyOutputs(policy));
  const failed = failedChart('chart-failed', rows, lang, w.failedCounts);
  const charts = [
    chartFigure(statusChart('chart-status', [{ counts: statusCounts(rows) }], lang, w.statusCounts), w.statusCounts),
    ...(failed ? [chartFigure(failed, w.failedCounts)] : []),
    distributionFigure('chart-distribution', rows, choice, lang),
    ...budgetFigures('chart-budget', input.summaries, lang),
  ];
  const limit = input.detailsLimit ?? DETAILS_LIMIT;
  const panels = rows.slice(0, limit).map((r, i) => recordDetails(r, i + 1, lang, policy));
  const body = [
    figureCards([...statusCards(rows, lang), ...moneyCards(policy, rows, lang)]),
    `<section><div class="charts">${charts.join('')}</div></section>`,
    section(`${w.details} (${rows.length})`, recordList(panels, rows.length, lang)),
  ].join('\n');
  return htmlPage({
    lang,
    title: w.evalTitle,
    subtitle: `${policy.id} · ${policy.title[lang]}`,
    meta: [[w.policy, policy.id], [w.asOf, input.asOf ?? w.perRecord], [w.records, String(rows.length)]],
    body,
  });
}
