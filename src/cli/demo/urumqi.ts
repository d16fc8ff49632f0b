import type { Lang } from '../../index';
import { heading, phrase } from './report';
import { leaseLines, microloanLines } from './urumqi-deferrals';
import { urumqiGuaranteeLines } from './urumqi-guarantees';

/**
 * Urumqi: the guarantee book, the micro-loan deferral and the lease deferral.
 *
 * @example
 * urumqiLines({ guarantees, loans, leases }, 'en', 6)[0]; // '6. Urumqi High-tech Zone (新市区): financial support'
 */
export function urumqiLines(data: { guarantees: readonly unknown[]; loans: readonly unknown[]; leases: readonly unknown[] }, lang: Lang, n: number): string[] {
  const t = phrase(lang);
  return [
    ...heading(t(`${n}. Urumqi High-tech Zone (新市区): financial support`, `${n}. 乌鲁木齐高新区（新市区）：金融扶持`)),
    t('高新融创 and its subsidiaries: guarantees (高新担保), micro-loans (高新小贷), leases (高新租赁)', '高新融创旗下高新担保、高新小贷、高新租赁'),
    ...urumqiGuaranteeLines(data.guarantees, lang),
    ...microloanLines(data.loans, lang),
    ...leaseLines(data.leases, lang),
  ];
}
