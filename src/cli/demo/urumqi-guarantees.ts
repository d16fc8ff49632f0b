import type { EvalResult, Lang } from '../../index';
import { obj, runPolicy, summaryValues } from './catalog-run';
import { dec, maxOf, moneyText, percent, sumOf } from './figures';
import { pairs, phrase, quoteLine, subheading, table } from './report';

const KINDS = ['new', 'renewal', 'extension'] as const;

function kindName(kind: string, lang: Lang): string {
  const t = phrase(lang);
  return kind === 'new' ? t('New guaranteed loans', '新增担保贷款') : kind === 'renewal' ? t('Renewals', '续贷担保') : t('Extension loans', '展期担保贷款');
}

/**
 * The guarantee book of 高新担保 under `urumqi.financing-support.2020`: counts and amounts by
 * kind (the article's 38 / 29,334万, 8 / 4,750万, 34,084万), the highest rate charged, and
 * the fees: at contract rates, charged, paid by the treasury for key epidemic-prevention
 * firms (the article's "担保费免收总额达300余万元"), payable, and waived.
 *
 * @example
 * urumqiGuaranteeLines(records, 'en')[1]; // 'Guarantees of 高新担保: urumqi.financing-support.2020 ...'
 */
export function urumqiGuaranteeLines(records: readonly unknown[], lang: Lang): string[] {
  const t = phrase(lang);
  const run = runPolicy('urumqi.financing-support.2020', records);
  const totals = summaryValues(run, 'portfolio.totals');
  const byGroup = obj(totals['byGroup']);
  const sums = obj(totals['totals']);
  const served = run.rows.filter((r) => r.status !== 'ineligible');
  const ofKind = (k: string): EvalResult[] => served.filter((r) => r.outputs['kind'] === k);
  const kindRows = KINDS.filter((k) => Number(obj(byGroup[k])['count'] ?? 0) > 0).map((k) => {
    const g = obj(byGroup[k]);
    return [kindName(k, lang), String(g['count']), moneyText(dec(g['amount']), lang), percent(maxOf(ofKind(k), 'rate'), 2)];
  });
  kindRows.push([t('Cumulative', '累计'), String(totals['count']), moneyText(dec(totals['totalAmount']), lang), percent(maxOf(served, 'rate'), 2)]);
  const key = served.filter((r) => r.outputs['counterGuaranteeRequired'] === false);
  const subsidy = dec(sums['subsidy']);
  const batchCite = run.policy.batch?.find((b) => b.fn === 'portfolio.totals')?.cite;
  const subsidyCite = run.policy.outputs?.['subsidy']?.cite;
  return [
    ...subheading(t(`Guarantees of 高新担保: ${run.policy.id} (${run.rows.length} guarantees, urumqi-guarantees.csv)`, `高新担保的担保业务：${run.policy.id}（${run.rows.length}笔，urumqi-guarantees.csv）`)),
    ...table([t('kind', '业务'), t('count', '笔数'), t('amount', '金额'), t('highest rate charged', '最高适用费率')], kindRows),
    ...quoteLine(batchCite, lang),
    '',
    ...pairs([
      [t('Fees at the contract rates', '按合同费率的担保费'), moneyText(dec(sums['feeAtContract']), lang)],
      [t('Fees charged (capped rates, extensions at zero)', '实际费率下的担保费（封顶费率，展期零费率）'), moneyText(dec(sums['fee']), lang)],
      [t(`Paid by the treasury (${key.length} key epidemic-prevention firms)`, `财政全额补贴（${key.length}笔疫情防控重点保障企业）`), moneyText(subsidy, lang)],
      [t('Payable by the firms', '企业实付担保费'), moneyText(dec(sums['payable']), lang)],
      [t('Waived against the contract rates', '较合同费率减免'), moneyText(dec(sums['waived']), lang)],
      [t('  of which new loans', '  其中新增贷款'), moneyText(sumOf(ofKind('new'), 'waived'), lang)],
      [t('  of which extensions (zero rate)', '  其中展期（零费率）'), moneyText(sumOf(ofKind('extension'), 'waived'), lang)],
      [t('Counter-guarantee waived', '免除反担保'), t(`${key.length} guarantees`, `${key.length}笔`)],
    ]),
    ...quoteLine(subsidyCite, lang),
    '',
    t(
      `  The article's “担保费免收总额达300余万元” is said (“其中”) of the key epidemic-prevention firms' new loans, whose fees “由财政全额补贴”:\n` +
        `  it is the fees the treasury pays for them (output subsidy), ${moneyText(subsidy, lang)}. The fees waived against the contract\n` +
        `  rates (output waived: the cut to 1% and the zero-rate extensions) are a separate figure, shown above.`,
      `  原文“担保费免收总额达300余万元”以“其中”承接疫情防控重点保障企业新增贷款“担保费由财政全额补贴”一句，\n` +
        `  对应财政为这些企业全额补贴的担保费（输出 subsidy）：${moneyText(subsidy, lang)}。较合同费率的减免（输出 waived：降至1%及展期零费率）是另一个数字，见上。`,
    ),
  ];
}
