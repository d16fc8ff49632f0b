import { renderTrace, type EvalResult, type Json, type Lang, type Policy } from '../../index';
import { WORDS } from '../lang';
import { escapeHtml } from './escape-html';
import { badge } from './html-page';
import { HTML_WORDS } from './html-words';

const jsonText = (v: Json | undefined): string => (typeof v === 'string' ? v : JSON.stringify(v ?? null));

function criteriaTable(r: EvalResult, lang: Lang): string {
  if (r.criteria.length === 0) return '';
  const w = HTML_WORDS[lang];
  const rows = r.criteria.map((c) => {
    const values = Object.entries(c.values).map(([k, v]) => `${k} = ${jsonText(v)}`).join(', ');
    const name = c.label ? `${c.id} ${c.label[lang]}` : c.id;
    return `<tr><td>${escapeHtml(name)}</td><td>${badge(c.result, w[c.result])}</td><td><code>${escapeHtml(values)}</code></td><td>${escapeHtml(c.cite ?? '')}</td></tr>`;
  });
  return `<h3>${escapeHtml(w.criteria)}</h3><table><thead><tr><th>${escapeHtml(w.criterion)}</th><th>${escapeHtml(w.result)}</th><th>${escapeHtml(w.values)}</th><th>${escapeHtml(w.cite)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function outputsTable(r: EvalResult, policy: Policy | undefined, lang: Lang): string {
  const entries = Object.entries(r.outputs);
  if (entries.length === 0) return '';
  const rows = entries.map(([k, v]) => {
    const label = policy?.outputs?.[k]?.label?.[lang];
    return `<tr><td>${escapeHtml(label ? `${k} ${label}` : k)}</td><td class="num"><code>${escapeHtml(jsonText(v))}</code></td></tr>`;
  });
  return `<h3>${escapeHtml(HTML_WORDS[lang].outputs)}</h3><table class="compact"><tbody>${rows.join('')}</tbody></table>`;
}

function errorBlock(r: EvalResult, lang: Lang): string {
  if (!r.error) return '';
  const issues = r.error.issues.map((i) => `<li><code>${escapeHtml(i.path || '(root)')}</code>: ${escapeHtml(i.message)}</li>`).join('');
  return `<h3>${escapeHtml(HTML_WORDS[lang].error)}</h3><p><code>${escapeHtml(r.error.code)}</code>: ${escapeHtml(r.error.message)}</p>${issues ? `<ul class="plain">${issues}</ul>` : ''}`;
}

/**
 * The inside of a record's panel: the error, `extra` (HTML built by the caller, e.g. gap
 * suggestions), the criteria with their results, values and citations, the missing facts,
 * the outputs, and the rendered explanation trace in `lang`. All text is escaped.
 *
 * @example
 * recordBody(result, 'en', policy); // '<h3>Criteria</h3><table>...</table>...<h3>Explanation</h3><pre class="trace">...</pre>'
 */
export function recordBody(r: EvalResult, lang: Lang, policy?: Policy, extra = ''): string {
  const w = HTML_WORDS[lang];
  const missing = r.missing.length ? `<h3>${escapeHtml(w.missing)}</h3><p><code>${escapeHtml(r.missing.join(', '))}</code></p>` : '';
  const trace = r.trace ? `<h3>${escapeHtml(w.explanation)}</h3><pre class="trace">${escapeHtml(renderTrace(r.trace, lang))}</pre>` : '';
  return `${errorBlock(r, lang)}${extra}${criteriaTable(r, lang)}${missing}${outputsTable(r, policy, lang)}${trace}`;
}

/**
 * A collapsible `<details>` of one record (`summary` and `body` are built HTML).
 *
 * @example
 * detailsBlock('<span class="id">E1</span>', '<p>...</p>'); // '<details class="record"><summary><span class="id">E1</span></summary><div><p>...</p></div></details>'
 */
export function detailsBlock(summary: string, body: string): string {
  return `<details class="record"><summary>${summary}</summary><div>${body}</div></details>`;
}

/**
 * One record as a collapsible `<details>`: its number, id and status (with the failed
 * criteria or the missing facts) in the summary, {@link recordBody} inside.
 *
 * @example
 * recordDetails(result, 1, 'en', policy); // '<details class="record"><summary><span class="n">1</span><span class="id">E1</span><span class="badge eligible">eligible</span></summary><div>...</div></details>'
 */
export function recordDetails(r: EvalResult, n: number, lang: Lang, policy?: Policy, extra = ''): string {
  const w = HTML_WORDS[lang];
  const why = r.failed.length ? `${w.failed}: ${r.failed.join(', ')}` : r.missing.length ? `${w.missing}: ${r.missing.join(', ')}` : r.error ? r.error.code : '';
  const summary = `<span class="n">${n}</span><span class="id">${escapeHtml(r.id ?? '')}</span>${badge(r.status, WORDS[lang].status[r.status])}${why ? `<span class="why">${escapeHtml(why)}</span>` : ''}`;
  return detailsBlock(summary, recordBody(r, lang, policy, extra));
}
