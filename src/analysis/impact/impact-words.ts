import type { Status } from '../../engine/result';
import type { Outcome } from '../../engine/values';

/**
 * The language of a rendered report.
 *
 * @example
 * const l: ImpactLang = 'zh';
 */
export type ImpactLang = 'zh' | 'en';

/**
 * The words of a rendered impact report, per language.
 *
 * @example
 * IMPACT_WORDS.zh.changes; // '政策变化'
 */
export const IMPACT_WORDS = {
  zh: {
    title: '版本影响', at: '评估日', changes: '政策变化', noChange: '无变化', effective: '生效期间', sources: '来源',
    parameters: '参数', definitions: '定义', rules: '条款', outputs: '输出', status: '状态', flips: '状态变化', listed: '列出前',
    of: '条，共', none: '无', money: '金额合计（元）', difference: '差额', values: '取值', dates: '日期', cite: '引用', unit: '单位', label: '名称', test: '条件',
  },
  en: {
    title: 'Version impact', at: 'as of', changes: 'Policy changes', noChange: 'no change', effective: 'Effective', sources: 'Sources',
    parameters: 'Parameters', definitions: 'Definitions', rules: 'Criteria', outputs: 'Outputs', status: 'Status', flips: 'Flips', listed: 'first',
    of: 'of', none: 'none', money: 'Money totals (yuan)', difference: 'B - A', values: 'values', dates: 'dates', cite: 'citation', unit: 'unit', label: 'label', test: 'test',
  },
} as const;

const STATUS_WORDS: Record<ImpactLang, Record<Status, string>> = {
  zh: { eligible: '符合', ineligible: '不符合', undetermined: '待定', error: '错误' },
  en: { eligible: 'eligible', ineligible: 'ineligible', undetermined: 'undetermined', error: 'error' },
};
const RESULT_WORDS: Record<ImpactLang, Record<Outcome, string>> = {
  zh: { pass: '通过', fail: '未通过', unknown: '未定' },
  en: { pass: 'pass', fail: 'fail', unknown: 'unknown' },
};

/**
 * A status in the report's language.
 *
 * @example
 * statusWord('ineligible', 'zh'); // '不符合'
 */
export function statusWord(s: Status, lang: ImpactLang): string {
  return STATUS_WORDS[lang][s];
}

/**
 * A criterion result in the report's language.
 *
 * @example
 * resultWord('fail', 'zh'); // '未通过'
 */
export function resultWord(r: Outcome, lang: ImpactLang): string {
  return RESULT_WORDS[lang][r];
}

/**
 * Money with thousands separators, from its exact two-decimal string (no arithmetic).
 *
 * @example
 * groupDigits('-1234567.50'); // '-1,234,567.50'
 */
export function groupDigits(amount: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(amount);
  if (!m) return amount;
  return `${m[1] ?? ''}${(m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/**
 * The width of text in a terminal: CJK characters take two columns.
 *
 * @example
 * displayWidth('状态 A'); // 6
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Pads text to a display width (left-aligned, or right-aligned for numbers).
 *
 * @example
 * pad('7', 3, 'right'); // '  7'
 */
export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}
