import type { Policy } from '../../engine/policy';
import { IMPACT_WORDS, type ImpactLang } from './impact-words';
import type { NameChanges, ParameterValue, PolicyDiff } from './policy-diff';

const windowText = (e: Policy['effective']): string => `${e.from}..${e.to ?? ''}`;
const valuesText = (vs: readonly ParameterValue[]): string => vs.map((v) => `${v.from}..${v.to ?? ''} ${v.value}`).join('; ');

function namesLine(label: string, c: NameChanges, detail: (name: string) => string = (n) => n): string | null {
  const parts = [
    c.added.length ? `+ ${c.added.join(', ')}` : '',
    c.removed.length ? `- ${c.removed.join(', ')}` : '',
    c.changed.length ? `~ ${c.changed.map(detail).join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? `  ${label}: ${parts.join('; ')}` : null;
}

/**
 * The "policy changes" section of an impact report: window, sources, parameters (with each
 * side's dated values), definitions, criteria (what changed: test, citation) and outputs;
 * `+` added, `-` removed, `~` changed.
 *
 * @example
 * renderDiff(diffPolicies(hnte2008, hnte2016), 'en');
 * // 'Policy changes\n  Effective: 2008-01-01..2015-12-31 -> 2016-01-01..\n  Criteria: + stStaffRatio; - stStaffCollegeRatio, rdStaffRatio; ~ rdRatio (test, citation)\n...'
 */
export function renderDiff(d: PolicyDiff, lang: ImpactLang): string {
  const w = IMPACT_WORDS[lang];
  const what = (xs: readonly string[]) => xs.map((x) => (x in w ? w[x as keyof typeof w] : x)).join(', ');
  const lines: (string | null)[] = [
    d.effective.changed ? `  ${w.effective}: ${windowText(d.effective.a)} -> ${windowText(d.effective.b)}` : null,
    namesLine(w.sources, d.sources),
    namesLine(w.parameters, { added: d.parameters.added, removed: d.parameters.removed, changed: [] }),
    ...d.parameters.changed.map((c) => `  ${w.parameters} ~ ${c.name} (${what(c.what)}): ${valuesText(c.a)} -> ${valuesText(c.b)}`),
    namesLine(w.definitions, d.definitions),
    namesLine(w.rules, { added: d.rules.added, removed: d.rules.removed, changed: d.rules.changed.map((c) => `${c.id} (${what(c.what)})`) }),
    namesLine(w.outputs, d.outputs),
  ];
  const body = lines.filter((l): l is string => l !== null);
  return [w.changes, ...(body.length ? body : [`  ${w.noChange}`])].join('\n');
}
