import { displayWidth, groupDigits, IMPACT_WORDS, pad, resultWord, statusWord, type ImpactLang } from './impact-words';
import { IMPACT_STATUS_ORDER, type CriterionResult, type ImpactReport, type ImpactSide } from './impact-report';
import { renderDiff } from './render-diff';

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const signedMoney = (s: string): string => (s.startsWith('-') || /^0\.0+$/.test(s) ? groupDigits(s) : `+${groupDigits(s)}`);

function sideLine(tag: string, s: ImpactSide, lang: ImpactLang): string {
  const w = IMPACT_WORDS[lang];
  return `  ${tag}: ${s.id} ${s.title[lang]}${s.asOf ? ` (${w.at} ${s.asOf})` : ''}`;
}

function criteriaText(cs: readonly CriterionResult[], lang: ImpactLang): string {
  return cs.length ? cs.map((c) => `${c.id} ${resultWord(c.result, lang)}`).join(', ') : IMPACT_WORDS[lang].none;
}

function table(rows: string[][], aligns: ('left' | 'right')[]): string[] {
  const widths = aligns.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) => `  ${r.map((c, i) => pad(c, widths[i] ?? 0, aligns[i])).join('  ')}`.trimEnd());
}

/**
 * An impact report as text, in Chinese or English: the two policies, the policy changes,
 * status counts side by side with the change, the transitions and the first flipped
 * records with the criteria that made them flip, and the money totals with the
 * difference. Money is shown with thousands separators, exactly as summed.
 *
 * @example
 * renderImpact(impact(a, b, records, { asOf: '2020-06-01' }), 'en');
 * // 'Version impact: demo.a -> demo.b, 6 records\n  A: demo.a ...\n\nPolicy changes\n...'
 */
export function renderImpact(report: ImpactReport, lang: ImpactLang, options: { flips?: number } = {}): string {
  const w = IMPACT_WORDS[lang];
  const out: string[] = [
    lang === 'zh' ? `${w.title}：${report.a.id} -> ${report.b.id}，共 ${report.records} 条记录` : `${w.title}: ${report.a.id} -> ${report.b.id}, ${report.records} records`,
    sideLine('A', report.a, lang),
    sideLine('B', report.b, lang),
    '',
    renderDiff(report.diff, lang),
    '',
    ...table(
      [[w.status, 'A', 'B', w.difference], ...IMPACT_STATUS_ORDER.map((s) => [statusWord(s, lang), String(report.counts.a[s]), String(report.counts.b[s]), signed(report.counts.b[s] - report.counts.a[s])])],
      ['left', 'right', 'right', 'right'],
    ),
    '',
    `${w.flips}: ${report.flipCount}`,
    ...report.transitions.map((t) => `  ${statusWord(t.from, lang)} -> ${statusWord(t.to, lang)}: ${t.count}`),
  ];
  const shown = report.flips.slice(0, options.flips ?? 20);
  for (const f of shown) {
    out.push(`  ${f.id ?? `#${f.index + 1}`}  ${statusWord(f.a, lang)} -> ${statusWord(f.b, lang)}  A: ${criteriaText(f.criteria.a, lang)} | B: ${criteriaText(f.criteria.b, lang)}`);
  }
  if (shown.length < report.flipCount) out.push(lang === 'zh' ? `  （${w.listed} ${shown.length} ${w.of} ${report.flipCount} 条）` : `  (${w.listed} ${shown.length} ${w.of} ${report.flipCount} listed)`);
  if (report.money.length) {
    out.push('', ...table(
      [[w.money, 'A', 'B', w.difference], ...report.money.map((m) => [m.label ? `${m.output} ${m.label[lang]}` : m.output, m.a ? groupDigits(m.a.total) : '-', m.b ? groupDigits(m.b.total) : '-', m.difference !== null ? signedMoney(m.difference) : '-'])],
      ['left', 'right', 'right', 'right'],
    ));
  }
  return out.join('\n');
}
