import { Decimal, moneyOutputs, renderDiff, type EvalResult, type ImpactReport, type Lang, type Policy } from '../../index';
import type { SummaryJson } from '../eval/batch-run';
import { WORDS } from '../lang';
import { barChart } from './bar-chart';
import { budgetFigures } from './budget-figure';
import { SERIES_COLORS, STATUS_COLORS } from './chart-palette';
import { checkChartValue, defaultChartValue, type ChartValue } from './chart-value';
import { distributionFigure } from './distribution-figure';
import { recordList } from './eval-html';
import { escapeHtml } from './escape-html';
import { badge, chartFigure, figureCards, htmlPage, section } from './html-page';
import { HTML_WORDS } from './html-words';
import { groupDigits } from './money-text';
import { detailsBlock, recordBody } from './record-details';
import { statusChart } from './status-charts';

/**
 * One version's side of an impact report: the policy, every record's result (for the
 * charts), the batch summaries, and the traced results of the listed flips by record index.
 *
 * @example
 * const side: ImpactHtmlSide = { policy: hnte2008, rows, summaries: [], traced: new Map([[3, tracedRow]]) };
 */
export interface ImpactHtmlSide {
  policy: Policy;
  rows: readonly EvalResult[];
  summaries: readonly SummaryJson[];
  traced: ReadonlyMap<number, EvalResult>;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const signedMoney = (s: string): string => (s.startsWith('-') || /^0\.0+$/.test(s) ? groupDigits(s) : `+${groupDigits(s)}`);

function cards(r: ImpactReport, lang: Lang): { label: string; value: string; color?: string }[] {
  const w = HTML_WORDS[lang];
  const el = WORDS[lang].status.eligible;
  return [
    { label: w.records, value: String(r.records) },
    { label: `A ${el}`, value: String(r.counts.a.eligible), color: SERIES_COLORS.a },
    { label: `B ${el}`, value: `${r.counts.b.eligible} (${signed(r.counts.b.eligible - r.counts.a.eligible)})`, color: SERIES_COLORS.b },
    { label: w.flips, value: String(r.flipCount), color: STATUS_COLORS.undetermined },
    ...r.money.filter((m) => m.difference !== null).map((m) => ({ label: `${m.label?.[lang] ?? m.output} (${w.difference})`, value: signedMoney(m.difference ?? '') })),
  ];
}

function transitionsChart(r: ImpactReport, lang: Lang): string | undefined {
  if (r.transitions.length === 0) return undefined;
  const st = WORDS[lang].status;
  return barChart({
    id: 'chart-transitions',
    title: HTML_WORDS[lang].transitions,
    rows: r.transitions.map((t) => ({ label: `${st[t.from]} → ${st[t.to]}`, bars: [{ value: new Decimal(t.count), text: String(t.count), color: STATUS_COLORS[t.to] }] })),
  });
}

function flipPanel(r: ImpactReport, i: number, a: ImpactHtmlSide, b: ImpactHtmlSide, lang: Lang): string {
  const f = r.flips[i];
  if (!f) return '';
  const st = WORDS[lang].status;
  const why = (side: 'a' | 'b') => f.criteria[side].map((c) => `${c.id} ${HTML_WORDS[lang][c.result]}`).join(', ') || HTML_WORDS[lang].none;
  const summary = `<span class="n">${f.index + 1}</span><span class="id">${escapeHtml(f.id ?? '')}</span>${badge(f.a, st[f.a])} → ${badge(f.b, st[f.b])}<span class="why">${escapeHtml(`A: ${why('a')} | B: ${why('b')}`)}</span>`;
  const side = (tag: string, s: ImpactHtmlSide, asOf: string | null) => {
    const row = s.traced.get(f.index);
    return `<h3>${escapeHtml(`${tag} · ${s.policy.id}${asOf ? ` (${HTML_WORDS[lang].asOfInline} ${asOf})` : ''}`)}</h3>${row ? recordBody(row, lang, s.policy) : ''}`;
  };
  return detailsBlock(summary, `${side('A', a, r.a.asOf)}${side('B', b, r.b.asOf)}`);
}

/**
 * The self-contained HTML report of `impact --format html`: summary figures (records,
 * eligible on each side, flips, money differences), charts (status counts A and B side
 * by side, transitions, the chart value against its thresholds on each side, awards
 * against the budget), the policy changes, and each listed flip with both explanations.
 * The default chart value is the first criterion with a numeric ratio and threshold that
 * both versions report.
 *
 * @example
 * impactHtml({ report, a, b, lang: 'en' }); // '<!doctype html>...'
 */
export function impactHtml(input: { report: ImpactReport; a: ImpactHtmlSide; b: ImpactHtmlSide; lang: Lang; chartValue?: ChartValue }): string {
  const { report: r, a, b, lang } = input;
  const w = HTML_WORDS[lang];
  if (input.chartValue) checkChartValue([...a.rows, ...b.rows], input.chartValue);
  const choice = input.chartValue ?? defaultChartValue(a.rows, b.rows) ?? defaultChartValue(b.rows, undefined, [...moneyOutputs(b.policy), ...moneyOutputs(a.policy)]);
  const tagA = `A ${r.a.id}`;
  const tagB = `B ${r.b.id}`;
  const transitions = transitionsChart(r, lang);
  const charts = [
    chartFigure(statusChart('chart-status', [{ name: tagA, counts: r.counts.a }, { name: tagB, counts: r.counts.b }], lang, w.statusCounts), w.statusCounts),
    ...(transitions ? [chartFigure(transitions, w.transitions)] : []),
    distributionFigure('chart-distribution-a', a.rows, choice, lang, tagA),
    distributionFigure('chart-distribution-b', b.rows, choice, lang, tagB),
    ...budgetFigures('chart-budget-a', a.summaries, lang, tagA),
    ...budgetFigures('chart-budget-b', b.summaries, lang, tagB),
  ];
  const panels = r.flips.map((_, i) => flipPanel(r, i, a, b, lang));
  const body = [
    figureCards(cards(r, lang)),
    `<section><div class="charts">${charts.join('')}</div></section>`,
    section(w.changes, `<pre class="wrap">${escapeHtml(renderDiff(r.diff, lang).split('\n').slice(1).join('\n'))}</pre>`),
    section(`${w.flips} (${r.flipCount})`, recordList(panels, r.flipCount, lang)),
  ].join('\n');
  const dates = (s: ImpactReport['a']) => s.asOf ?? w.perRecord;
  return htmlPage({
    lang,
    title: w.impactTitle,
    subtitle: `${r.a.id} → ${r.b.id} · ${r.b.title[lang]}`,
    meta: [[`${w.side} A`, `${r.a.id} (${w.asOfInline} ${dates(r.a)})`], [`${w.side} B`, `${r.b.id} (${w.asOfInline} ${dates(r.b)})`], [w.records, String(r.records)]],
    body,
  });
}
