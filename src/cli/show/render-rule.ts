import { formatCitation, type Citation, type Lang, type Rule, type SourceDocument } from '../../index';
import { WORDS } from '../lang';
import { formatExpr } from './format-expr';

/**
 * A citation with its quote, as `show` prints it: `[国办发〔2019〕6号 art. 三(七)] “…”`.
 *
 * @example
 * citeText({ document: 'gbf2019', article: '三', clause: '七' }, sources); // '[国办发〔2019〕6号 art. 三(七)]'
 */
export function citeText(c: Citation | undefined, sources: readonly SourceDocument[]): string {
  return c ? `[${formatCitation(c, sources)}]` : '';
}

/**
 * The eligibility rule tree as indented text: each criterion with its id, label,
 * citation, quote and test; combinators say how their children combine.
 *
 * @example
 * renderRule(policy.eligibility, policy.sources, 'en', 1); // '  smallMicroBorrower  Small/micro ...'
 */
export function renderRule(rule: Rule, sources: readonly SourceDocument[], lang: Lang, depth: number): string[] {
  const w = WORDS[lang].show;
  const pad = '  '.repeat(depth);
  const head = (name: string) => [pad + [name, rule.id, rule.label?.[lang], citeText(rule.cite, sources)].filter(Boolean).join('  ')];
  switch (rule.kind) {
    case 'criterion': {
      const lines = [`${pad}${[rule.id, rule.label[lang], citeText(rule.cite, sources)].join('  ')}`];
      if (rule.cite.quote) lines.push(`${pad}    “${rule.cite.quote}”`);
      lines.push(`${pad}    ${w.test}: ${formatExpr(rule.test)}`);
      const values = Object.entries(rule.values ?? {});
      if (values.length) lines.push(`${pad}    ${w.values}: ${values.map(([k, v]) => `${k} = ${formatExpr(v)}`).join('; ')}`);
      return lines;
    }
    case 'allOf':
    case 'anyOf':
      return [...head(`${w[rule.kind]}:`), ...rule.rules.flatMap((r) => renderRule(r, sources, lang, depth + 1))];
    case 'atLeast':
      return [...head(`${w.atLeast.replace('{n}', String(rule.n))}:`), ...rule.rules.flatMap((r) => renderRule(r, sources, lang, depth + 1))];
    case 'not':
      return [...head(`${w.not}:`), ...renderRule(rule.rule, sources, lang, depth + 1)];
    case 'exceptions':
      return [
        ...head(`${w.base}:`),
        ...renderRule(rule.base, sources, lang, depth + 1),
        ...rule.exceptions.flatMap((x) => [
          `${pad}${w.unless} ${x.id}  ${x.label[lang]}  ${citeText(x.cite, sources)}  -> ${x.outcome}`,
          ...(x.cite.quote ? [`${pad}    “${x.cite.quote}”`] : []),
          `${pad}    ${w.test}: ${formatExpr(x.when)}`,
        ]),
      ];
  }
}
