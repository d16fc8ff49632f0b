import type { Citation, Lang, Status } from '../../index';
import { WORDS } from '../lang';
import { displayWidth } from '../output/text-table';

/**
 * Picks the English or Chinese text of a phrase: `t('Fee', '担保费')`.
 *
 * @example
 * phrase('zh')('Fee', '担保费'); // '担保费'
 */
export function phrase(lang: Lang): (en: string, zh: string) => string {
  return (en, zh) => (lang === 'zh' ? zh : en);
}

/**
 * A section heading: the title over a rule of `=`.
 *
 * @example
 * heading('1. Urumqi'); // ['1. Urumqi', '=========']
 */
export function heading(title: string): string[] {
  return [title, '='.repeat(displayWidth(title))];
}

/**
 * A sub-heading: the title over a rule of `-`, after a blank line.
 *
 * @example
 * subheading('Guarantees'); // ['', 'Guarantees', '----------']
 */
export function subheading(title: string): string[] {
  return ['', title, '-'.repeat(displayWidth(title))];
}

/**
 * Label-value lines with the values aligned (CJK counted as two columns), indented by two.
 *
 * @example
 * pairs([['Count', '38'], ['Amount', '29,334万']]); // ['  Count   38', '  Amount  29,334万']
 */
export function pairs(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([k]) => displayWidth(k)));
  return rows.map(([k, v]) => `  ${k}${' '.repeat(width - displayWidth(k))}  ${v}`);
}

const NUMERIC = /^[+-]?[\d,]+(\.\d+)?(%|万)?$/;

/**
 * An aligned table, indented by two: a rule under the header, columns of figures
 * (`1,234.50`, `93.0%`, `+9.4%`, `62`) right-aligned, CJK counted as two columns.
 *
 * @example
 * table(['id', 'fee'], [['G1', '1.00'], ['G22', '10.00']]); // ['  id   fee', '  ---  -----', '  G1    1.00', '  G22  10.00']
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => (r[i] ?? '') === '' || NUMERIC.test(r[i] ?? '')));
  const line = (cells: readonly string[]): string =>
    `  ${cells
      .map((c, i) => {
        const fill = ' '.repeat((widths[i] ?? 0) - displayWidth(c));
        return numeric[i] ? fill + c : c + fill;
      })
      .join('  ')
      .trimEnd()}`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/**
 * A result status in the report's language.
 *
 * @example
 * statusWord('undetermined', 'zh'); // '待定'
 */
export function statusWord(status: Status, lang: Lang): string {
  return WORDS[lang].status[status];
}

/**
 * The article's own words behind a figure, from a rule's citation: `Article ¶7: “...”`.
 *
 * @example
 * quoteLine({ document: 'urumqiSeed2020', article: '¶7', quote: '累计担保金额达34084万元' }, 'en');
 * // '  Article ¶7: “累计担保金额达34084万元”'
 */
export function quoteLine(cite: Citation | undefined, lang: Lang): string[] {
  if (!cite?.quote) return [];
  return [`  ${lang === 'zh' ? '原文' : 'Article'} ${cite.article}${lang === 'zh' ? '：' : ': '}“${cite.quote}”`];
}
