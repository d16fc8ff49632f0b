import { Decimal, formatMoney, moneyOutputs, type EvalResult, type Lang, type Policy } from '../../index';
import { HTML_WORDS } from './html-words';
import { groupDigits } from './money-text';

const MONEY = /^-?\d+\.\d{2}$/;

/**
 * The exact total of each money output of the policy over the rows that have one, as
 * summary cards (label, total in yuan with separators), in the policy's output order.
 *
 * @example
 * moneyCards(policy, rows, 'en'); // [{ label: 'fee Guarantee fee (yuan, 3 rows)', value: '130,000.00' }]
 */
export function moneyCards(policy: Policy, rows: readonly EvalResult[], lang: Lang): { label: string; value: string }[] {
  const w = HTML_WORDS[lang];
  return moneyOutputs(policy).map((name) => {
    let total = new Decimal(0);
    let n = 0;
    for (const r of rows) {
      const v = r.outputs[name];
      if (typeof v === 'string' && MONEY.test(v)) {
        total = total.plus(v);
        n++;
      }
    }
    const label = policy.outputs?.[name]?.label?.[lang] ?? name;
    const unit = lang === 'zh' ? `（${w.yuan}，${n} 条）` : ` (${w.yuan}, ${n} ${n === 1 ? 'row' : 'rows'})`;
    return { label: `${label}${unit}`, value: groupDigits(formatMoney(total)) };
  });
}
