import type { Json, Lang } from '../../index';
import { runPolicy, summaryValues } from './catalog-run';
import { dec, moneyText } from './figures';
import { heading, pairs, phrase, quoteLine, table } from './report';

const KIND_NAMES: Record<string, readonly [string, string]> = {
  techTransformation: ['technology transformation', '技术改造'],
  newProduct: ['new products (R&D)', '新产品研发'],
  talent: ['talent', '人才技术引进'],
  techTransfer: ['technology transfer', '科技成果转化'],
  hnte: ['high-tech recognition', '高企认定'],
  ip: ['intellectual property', '知识产权'],
  listing: ['listing', '企业上市'],
  marketExpansion: ['market expansion', '市场开拓'],
};

interface KindTally {
  items: number;
  capped: number;
  amount: ReturnType<typeof dec>;
}

function itemList(v: Json | undefined): Record<string, Json>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, Json> => x !== null && typeof x === 'object' && !Array.isArray(x)) : [];
}

/**
 * Ankang's 2019 awards under `ankang.awards.2019`: applications by review outcome, the
 * recipients and their total against the budget (the article's 98 recipients and 1650万),
 * and the awards by item kind.
 *
 * @example
 * ankangLines(applications, 'en')[0]; // '2. Ankang High-tech Zone: 2019 enterprise-support awards'
 */
export function ankangLines(records: readonly unknown[], lang: Lang, n: number): string[] {
  const t = phrase(lang);
  const run = runPolicy('ankang.awards.2019', records);
  const b = summaryValues(run, 'budget.allocate');
  const byKind = new Map<string, KindTally>();
  const recipients = run.rows.filter((r) => r.status === 'eligible');
  for (const row of recipients)
    for (const it of itemList(row.outputs['items'])) {
      const k = String(it['kind']);
      const tally = byKind.get(k) ?? { items: 0, capped: 0, amount: dec('0') };
      tally.items++;
      if (it['cappedBy'] !== null && it['cappedBy'] !== undefined) tally.capped++;
      tally.amount = tally.amount.plus(dec(it['amount']));
      byKind.set(k, tally);
    }
  const atApplicantCap = recipients.filter((r) => r.outputs['awardCappedBy'] !== null && r.outputs['awardCappedBy'] !== undefined).length;
  const kindRows = Object.keys(KIND_NAMES)
    .filter((k) => byKind.has(k))
    .map((k) => {
      const x = byKind.get(k) as KindTally;
      const [en, zh] = KIND_NAMES[k] as readonly [string, string];
      return [t(en, zh), String(x.items), String(x.capped), moneyText(x.amount, lang)];
    });
  const scaled = b['scaled'] === true;
  const cite = run.policy.batch?.find((x) => x.fn === 'budget.allocate')?.cite;
  return [
    ...heading(t(`${n}. Ankang High-tech Zone: 2019 enterprise-support awards`, `${n}. 安康高新区：2019年度支持企业发展政策奖励`)),
    t(`${run.policy.id}${run.policy.illustrative ? ' (illustrative schedule)' : ''}, ${run.rows.length} applications (ankang-awards.ndjson)`, `${run.policy.id}${run.policy.illustrative ? '（示意奖励标准）' : ''}，${run.rows.length}份申报（ankang-awards.ndjson）`),
    '',
    ...pairs([
      [t('Approved by the joint review', '联合审查通过'), String(b['eligible'])],
      [t('Rejected', '未通过'), String(b['ineligible'])],
      [t('Pending', '待定'), String(b['pending'])],
      [t('Recipients (enterprises and individuals)', '获奖企业及个人'), String(b['recipients'])],
      [t('Approved awards', '核定奖励合计'), moneyText(dec(b['totalApproved']), lang)],
      [t('Budget', '预算'), moneyText(dec(b['budget']), lang)],
      [t('Allocated', '实际兑现'), `${moneyText(dec(b['allocated']), lang)}${scaled ? t(` (scaled by ${String(b['factor'])})`, `（按${String(b['factor'])}比例分配）`) : t(', within the budget: every award paid in full', '，未超预算，全额兑现')}`],
      [t('Unallocated', '预算结余'), moneyText(dec(b['unallocated']), lang)],
      [t('Applicants at the per-applicant cap', '达到每户奖励上限'), String(atApplicantCap)],
    ]),
    ...quoteLine(cite, lang),
    '',
    ...table([t('item', '奖励项目'), t('items', '项数'), t('capped', '封顶'), t('awarded', '奖励金额')], kindRows),
  ];
}
