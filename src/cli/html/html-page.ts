import type { Lang } from '../../index';
import { VERSION } from '../version';
import { escapeHtml } from './escape-html';
import { HTML_WORDS } from './html-words';
import { PAGE_CSS } from './page-css';

// No script, no external resource: even a value that escaped escaping could not run.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * A complete, self-contained HTML page: inline style, inline SVG charts, no script and
 * no external resource (a Content-Security-Policy forbids both). `title` and `subtitle`
 * are text (escaped here); `meta` pairs are text; `body` is HTML built by the callers
 * from escaped parts.
 *
 * @example
 * htmlPage({ lang: 'en', title: 'Evaluation report', subtitle: 'cn.hnte.2016', meta: [['Records', '12']], body: '<section>...</section>' });
 * // '<!doctype html>\n<html lang="en">...'
 */
export function htmlPage(p: { lang: Lang; title: string; subtitle: string; meta: readonly (readonly [string, string])[]; body: string }): string {
  const colon = p.lang === 'zh' ? '：' : ': ';
  const meta = p.meta.map(([k, v]) => `<span><b>${escapeHtml(`${k}${colon}`)}</b>${escapeHtml(v)}</span>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${p.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeHtml(`${p.title} · ${p.subtitle}`)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body><main>',
    `<header><h1>${escapeHtml(p.title)}</h1><p class="subtitle">${escapeHtml(p.subtitle)}</p><div class="meta">${meta}</div></header>`,
    p.body,
    `<footer>${escapeHtml(`${HTML_WORDS[p.lang].generated} ${VERSION}`)}</footer>`,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A titled section of the report (`title` is text, `html` is built HTML).
 *
 * @example
 * section('Status counts', '<svg>...</svg>'); // '<section><h2>Status counts</h2><svg>...</svg></section>'
 */
export function section(title: string, html: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${html}</section>`;
}

/**
 * The summary figures as cards (labels and values are text).
 *
 * @example
 * figureCards([{ label: 'Records', value: '12' }]); // '<div class="cards"><div class="card"><div class="label">Records</div><div class="value">12</div></div></div>'
 */
export function figureCards(items: readonly { label: string; value: string; color?: string }[]): string {
  const card = (i: { label: string; value: string; color?: string }) =>
    `<div class="card"${i.color ? ` style="border-left-color:${escapeHtml(i.color)}"` : ''}><div class="label">${escapeHtml(i.label)}</div><div class="value">${escapeHtml(i.value)}</div></div>`;
  return `<div class="cards">${items.map(card).join('')}</div>`;
}

/**
 * A chart in a figure with an optional caption (text).
 *
 * @example
 * chartFigure('<svg>...</svg>', 'threshold 0.05'); // '<figure><svg>...</svg><figcaption>threshold 0.05</figcaption></figure>'
 */
export function chartFigure(svg: string, caption?: string): string {
  return `<figure>${svg}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
}

/**
 * A status or result as a coloured badge (its class is the status; the text is escaped).
 *
 * @example
 * badge('eligible', 'eligible'); // '<span class="badge eligible">eligible</span>'
 */
export function badge(kind: string, text: string): string {
  return `<span class="badge ${escapeHtml(kind)}">${escapeHtml(text)}</span>`;
}
