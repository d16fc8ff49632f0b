import type { Label } from '../../engine/citation';
import { peopleLabel } from './people';
import type { GapNotFixable, GapReport, GapSuggestion } from './types';

/**
 * A decimal text with thousands separators: `1234567.9` -> `1,234,567.9`.
 *
 * @example
 * groupThousands('-1234567.90'); // '-1,234,567.90'
 */
export function groupThousands(text: string): string {
  const neg = text.startsWith('-');
  const body = neg ? text.slice(1) : text;
  const [int = '', frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

function abs(text: string): string {
  return text.startsWith('-') ? text.slice(1) : text;
}

function name(id: string, label: Label | undefined, lang: 'zh' | 'en'): string {
  return label ? `${label[lang]} (${id})` : id;
}

function changeText(s: GapSuggestion, lang: 'zh' | 'en'): string {
  const by = groupThousands(abs(s.change));
  const from = groupThousands(s.from);
  const to = groupThousands(s.to);
  const up = s.direction === 'increase';
  const people = s.unit === 'person' ? peopleLabel(s.fact) : undefined;
  if (lang === 'zh') {
    if (people) return `${up ? '增聘' : '减少'}${people.zh} ${by} 人（${s.fact} 从 ${from} 人到 ${to} 人）`;
    const unit = s.unit === 'yuan' ? ' 元' : '';
    return `将 ${s.fact} ${up ? '提高' : '降低'} ${by}${unit}（从 ${from}${unit}到 ${to}${unit}）`;
  }
  if (people) return up ? `hire ${by} more ${people.en} (${s.fact} from ${from} to ${to})` : `reduce ${people.en} by ${by} (${s.fact} from ${from} to ${to})`;
  const unit = s.unit === 'yuan' ? ' yuan' : '';
  return `${up ? 'raise' : 'lower'} ${s.fact} by ${by}${unit} (from ${from} to ${to})`;
}

function effectText(s: GapSuggestion, lang: 'zh' | 'en'): string {
  const parts: string[] = [];
  if (s.breaks.length) parts.push(lang === 'zh' ? `但会使 ${s.breaks.join('、')} 不再满足` : `but breaks ${s.breaks.join(', ')}`);
  if (s.statusAfter === 'eligible') parts.push(lang === 'zh' ? '仅此一项即可符合条件' : 'this alone makes the record eligible');
  if (!parts.length) return '';
  return lang === 'zh' ? `；${parts.join('；')}` : `; ${parts.join('; ')}`;
}

/**
 * One suggestion as a sentence: "raise financials[2019].rdExpense by 1,234,567.90 yuan
 * (from 1,800,000.00 to 3,034,567.90)", "hire 3 more S&T staff (stStaff from 9 to 12)".
 *
 * @example
 * renderGapSuggestion({ criterion: 'stStaffRatio', fact: 'stStaff', unit: 'person', direction: 'increase', from: '9', to: '12',
 *   change: '3', breaks: [], statusAfter: 'ineligible', verified: true }, 'en');
 * // 'stStaffRatio: hire 3 more S&T staff (stStaff from 9 to 12)'
 */
export function renderGapSuggestion(s: GapSuggestion, lang: 'zh' | 'en'): string {
  return `${name(s.criterion, s.label, lang)}${lang === 'zh' ? '：' : ': '}${changeText(s, lang)}${effectText(s, lang)}`;
}

const REASONS: Record<GapNotFixable['reason'], Label> = {
  notNumeric: { zh: '不能通过调整数字满足，所读事实', en: 'not fixable by numbers; it reads' },
  noSingleFact: { zh: '调整任一单项数字（在搜索范围内）均不能满足，所读数字', en: 'no change of a single figure within bounds passes it; it reads' },
  unknown: { zh: '尚未确定，缺少', en: 'undetermined; missing' },
};

/**
 * One criterion without a suggestion, with its reason.
 *
 * @example
 * renderGapNotFixable({ criterion: 'coreIp', reason: 'notNumeric', facts: ['ip.ownsCoreIp'] }, 'en');
 * // 'coreIp: not fixable by numbers; it reads ip.ownsCoreIp'
 */
export function renderGapNotFixable(n: GapNotFixable, lang: 'zh' | 'en'): string {
  const list = n.reason === 'unknown' ? (n.missing ?? []) : n.facts;
  const none = lang === 'zh' ? '（无）' : '(none)';
  const detail = n.detail ? (lang === 'zh' ? `（${n.detail}）` : ` (${n.detail})`) : '';
  const sep = lang === 'zh' ? '：' : ': ';
  return `${name(n.criterion, n.label, lang)}${sep}${REASONS[n.reason][lang]} ${list.length ? list.join(lang === 'zh' ? '、' : ', ') : none}${detail}`;
}

/**
 * A gap report as text in Chinese or English: the status, one line per suggestion, then
 * the criteria no single number can fix.
 *
 * @example
 * renderGap(report, 'en');
 * // 'cn.hnte.2016 E1 (2020-06-01): ineligible\nDistance to eligibility:\n- rdRatio: raise financials[2019].rdExpense by ...'
 */
export function renderGap(report: GapReport, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const head = `${report.policy}${report.id !== undefined ? ` ${report.id}` : ''}${report.asOf ? ` (${report.asOf})` : ''}: ${report.status}`;
  const lines = [head];
  if (report.error) lines.push(`${report.error.code}: ${report.error.message}`);
  if (report.suggestions.length) {
    lines.push(zh ? '距离符合条件（每项单独调整一个数字）：' : 'Distance to eligibility (one figure changed at a time):');
    for (const s of report.suggestions) lines.push(`- ${renderGapSuggestion(s, lang)}`);
  }
  if (report.notFixable.length) {
    lines.push(zh ? '无法通过单项数字调整满足：' : 'Not fixable by a single figure:');
    for (const n of report.notFixable) lines.push(`- ${renderGapNotFixable(n, lang)}`);
  }
  if (report.status === 'eligible') lines.push(zh ? '已符合条件。' : 'Already eligible.');
  return lines.join('\n');
}
