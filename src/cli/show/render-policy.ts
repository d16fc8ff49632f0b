import type { Lang, Policy } from '../../index';
import { WORDS } from '../lang';
import { formatExpr } from './format-expr';
import { citeText, renderRule } from './render-rule';

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', title, ...lines] : [];
}

/**
 * A policy as readable text with its citations: header, sources, dated parameters,
 * definitions, the eligibility rules (each criterion's clause, quote and test), outputs
 * and batch computations.
 *
 * @example
 * renderPolicy(govGuaranteeFee2019, 'en').split('\n')[0]; // 'cn.gov-guarantee-fee.2019  Government financing-guarantee fee caps'
 */
export function renderPolicy(p: Policy, lang: Lang): string {
  const w = WORDS[lang].show;
  const src = p.sources;
  const out = [`${p.id}  ${p.title[lang]}`];
  if (p.summary) out.push(`  ${p.summary[lang]}`);
  out.push(`${w.effective}: ${p.effective.from} – ${p.effective.to ?? w.open}`);
  if (p.jurisdiction) out.push(`${w.jurisdiction}: ${p.jurisdiction}`);
  if (p.input) out.push(`${w.input}: ${p.input}`);
  if (p.illustrative) out.push(w.illustrative);
  if (p.outputsWhen && p.outputsWhen !== 'always') out.push(`${w.whenOutputs}: ${p.outputsWhen}`);
  out.push(...section(w.sources, src.flatMap((s) => [
    `  ${s.id}  ${[s.number, s.title.zh].filter(Boolean).join('  ')}`,
    ...(lang === 'en' ? [`      ${s.title.en}`] : []),
    ...([s.issuer, s.date].some(Boolean) ? [`      ${[s.issuer, s.date].filter(Boolean).join(', ')}`] : []),
    ...(s.url ? [`      ${s.url}`] : []),
  ])));
  out.push(...section(w.parameters, Object.entries(p.parameters ?? {}).flatMap(([name, par]) => [
    `  ${name}  ${par.label[lang]}${par.unit ? ` (${par.unit})` : ''}  ${citeText(par.cite, src)}`,
    ...(par.cite.quote ? [`      “${par.cite.quote}”`] : []),
    ...par.versions.map((v) => `      ${v.from} – ${v.to ?? w.open}: ${typeof v.value === 'object' ? v.value.text : String(v.value)}${v.cite ? `  ${citeText(v.cite, src)}` : ''}`),
  ])));
  out.push(...section(w.definitions, Object.entries(p.definitions ?? {}).flatMap(([name, d]) => [`  ${[name, d.label?.[lang], citeText(d.cite, src)].filter(Boolean).join('  ')}`, `      = ${formatExpr(d.expr)}`])));
  out.push(...section(w.eligibility, renderRule(p.eligibility, src, lang, 1)));
  out.push(...section(w.outputs, Object.entries(p.outputs ?? {}).flatMap(([name, o]) => [`  ${[name, o.label?.[lang], `(${o.type.type})`, citeText(o.cite, src)].filter(Boolean).join('  ')}`, `      = ${formatExpr(o.expr)}`])));
  out.push(...section(w.batch, (p.batch ?? []).map((b) => `  ${[b.fn, b.label?.[lang], citeText(b.cite, src)].filter(Boolean).join('  ')}`)));
  return `${out.join('\n')}\n`;
}
