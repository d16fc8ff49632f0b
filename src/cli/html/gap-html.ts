import { moneyOutputs, renderGapNotFixable, renderGapSuggestion, type EvalResult, type GapReport, type Lang, type Policy } from '../../index';
import type { SummaryJson } from '../eval/batch-run';
import { budgetFigures } from './budget-figure';
import { checkChartValue, defaultChartValue, type ChartValue } from './chart-value';
import { distributionFigure } from './distribution-figure';
import { DETAILS_LIMIT, recordList, statusCards } from './eval-html';
import { escapeHtml } from './escape-html';
import { chartFigure, figureCards, htmlPage, section } from './html-page';
import { HTML_WORDS } from './html-words';
import { recordDetails } from './record-details';
import { failedChart, statusChart, statusCounts } from './status-charts';

/**
 * One record of a gap report: its distance to eligibility and its evaluation (with the
 * trace, for the explanation).
 *
 * @example
 * const e: GapEntry = { report: gap(policy, record, { asOf }), result: compiled.evaluate(record, { asOf, trace: true }) };
 */
export interface GapEntry {
  report: GapReport;
  result: EvalResult;
}

function gapBlock(g: GapReport, lang: Lang): string {
  const w = HTML_WORDS[lang];
  const items = [...g.suggestions.map((s) => renderGapSuggestion(s, lang)), ...g.notFixable.map((n) => renderGapNotFixable(n, lang))];
  if (items.length === 0) return '';
  return `<h3>${escapeHtml(w.suggestions)}</h3><ul class="plain">${items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`;
}

/**
 * The self-contained HTML report of `gap --format html`: summary figures (records,
 * statuses, records with a suggestion), charts (status counts, the chart value against its
 * thresholds, failing criteria, awards against the budget) and, per record, the suggested
 * changes and the criteria no single figure fixes, above its explanation.
 *
 * @example
 * gapHtml({ policy, entries, summaries: [], lang: 'en', asOf: '2020-06-01' }); // '<!doctype html>...'
 */
export function gapHtml(input: { policy: Policy; entries: readonly GapEntry[]; summaries: readonly SummaryJson[]; lang: Lang; chartValue?: ChartValue; asOf?: string }): string {
  const { policy, entries, lang } = input;
  const w = HTML_WORDS[lang];
  const rows = entries.map((e) => e.result);
  if (input.chartValue) checkChartValue(rows, input.chartValue);
  const choice = input.chartValue ?? defaultChartValue(rows, undefined, moneyOutputs(policy));
  const failed = failedChart('chart-failed', rows, lang, w.failedCounts);
  const charts = [
    chartFigure(statusChart('chart-status', [{ counts: statusCounts(rows) }], lang, w.statusCounts), w.statusCounts),
    ...(failed ? [chartFigure(failed, w.failedCounts)] : []),
    distributionFigure('chart-distribution', rows, choice, lang),
    ...budgetFigures('chart-budget', input.summaries, lang),
  ];
  const withSuggestion = entries.filter((e) => e.report.suggestions.length > 0).length;
  const panels = entries.slice(0, DETAILS_LIMIT).map((e, i) => recordDetails(e.result, i + 1, lang, policy, gapBlock(e.report, lang)));
  const body = [
    figureCards([...statusCards(rows, lang), { label: w.withSuggestions, value: String(withSuggestion) }]),
    `<section><div class="charts">${charts.join('')}</div></section>`,
    section(`${w.details} (${rows.length})`, recordList(panels, rows.length, lang)),
  ].join('\n');
  return htmlPage({
    lang,
    title: w.gapTitle,
    subtitle: `${policy.id} · ${policy.title[lang]}`,
    meta: [[w.policy, policy.id], [w.asOf, input.asOf ?? w.perRecord], [w.records, String(rows.length)]],
    body,
  });
}
