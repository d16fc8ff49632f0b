import { plusMonths, type Json, type Lang, type PlainDate } from '../../index';
import { runPolicy } from './catalog-run';
import { dec, moneyText, percent, yuanText, yuanUnit } from './figures';
import { pairs, phrase, quoteLine, statusWord, subheading, table } from './report';
import { field } from './seed-records';

function list(v: Json | undefined): Record<string, Json>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, Json> => x !== null && typeof x === 'object' && !Array.isArray(x)) : [];
}

/**
 * 高新小贷's micro-loan under `urumqi.microloan-deferral.2020`: the payments moved by three
 * months, the new schedule, and the interest before and after (the extra interest).
 *
 * @example
 * microloanLines(loans, 'en'); // ['', 'Micro-loan deferral of 高新小贷: ...', ...]
 */
export function microloanLines(records: readonly unknown[], lang: Lang): string[] {
  const t = phrase(lang);
  const run = runPolicy('urumqi.microloan-deferral.2020', records);
  return run.rows.flatMap((row, i) => {
    const rec = records[i];
    const o = row.outputs;
    const moves = list(o['moves']).map((m) => `${String(m['from'])} -> ${String(m['to'])}`).join(', ');
    const schedule = list(o['schedule']).map((p) => [String(p['due']), yuanText(dec(p['principal'])), yuanText(dec(p['interest']))]);
    return [
      ...subheading(t(`Micro-loan deferral of 高新小贷: ${run.policy.id} (urumqi-microloan.json)`, `高新小贷延期还款：${run.policy.id}（urumqi-microloan.json）`)),
      ...pairs([
        [t('Borrower', '借款人'), String(field(rec, 'borrower', 'name') ?? row.id)],
        [t('Loan', '贷款'), t(`${moneyText(dec(String(field(rec, 'principal'))), lang)} at ${percent(dec(String(field(rec, 'annualRate'))), 2)} a year, ACT/360`, `${moneyText(dec(String(field(rec, 'principal'))), lang)}，年利率${percent(dec(String(field(rec, 'annualRate'))), 2)}，按日计息（ACT/360）`)],
        [t('Status', '结果'), statusWord(row.status, lang)],
        [t('Payments moved', '还款日调整'), moves],
        [t('Principal deferred', '延期本金'), moneyText(dec(o['deferredPrincipal']), lang)],
        [t('Interest, original schedule', '原计划利息'), yuanUnit(dec(o['originalInterest']), lang)],
        [t('Interest, new schedule', '新计划利息'), yuanUnit(dec(o['newInterest']), lang)],
        [t('Extra interest (no penalty)', '新增利息（不罚息）'), yuanUnit(dec(o['extraInterest']), lang)],
      ]),
      '',
      ...table([t('due', '到期日'), t('principal', '本金'), t('interest', '利息')], schedule),
      ...quoteLine(run.policy.definitions?.['deferral']?.cite, lang),
    ];
  });
}

/**
 * 高新租赁's lease under `urumqi.lease-deferral.2020`: the fees deferred (the article's
 * 27.6万 on 1,996万 of equipment), the dues moved, and the totals before and after.
 *
 * @example
 * leaseLines(leases, 'zh'); // ['', '高新租赁租金延期：...', ...]
 */
export function leaseLines(records: readonly unknown[], lang: Lang): string[] {
  const t = phrase(lang);
  const run = runPolicy('urumqi.lease-deferral.2020', records);
  return run.rows.flatMap((row, i) => {
    const rec = records[i];
    const o = row.outputs;
    const dues = Array.isArray(o['deferredDues']) ? o['deferredDues'].map(String) : [];
    // The schedule from the first deferred due to three months after the last: where fees moved and merged.
    const from = dues[0];
    const until = dues.length ? plusMonths(dues[dues.length - 1] as PlainDate, 3) : undefined;
    const around = list(o['payments'])
      .filter((p) => from !== undefined && until !== undefined && String(p['due']) >= from && String(p['due']) <= until)
      .map((p) => [String(p['due']), yuanText(dec(p['amount']))]);
    return [
      ...subheading(t(`Lease-fee deferral of 高新租赁: ${run.policy.id} (urumqi-lease.json)`, `高新租赁租金延期：${run.policy.id}（urumqi-lease.json）`)),
      ...pairs([
        [t('Lessee', '承租人'), String(field(rec, 'lessee', 'name') ?? row.id)],
        [t('Equipment leased', '租赁设备价值'), moneyText(dec(String(field(rec, 'equipmentValue'))), lang)],
        [t('Status', '结果'), statusWord(row.status, lang)],
        [t('Fees deferred', '延期收取的租金'), moneyText(dec(o['deferredAmount']), lang)],
        [t('Dues deferred (3 months)', '顺延3个月的原到期日'), dues.join(', ')],
        [t('Total before / after', '延期前/后租金合计'), `${yuanText(dec(o['totalBefore']))} / ${yuanUnit(dec(o['totalAfter']), lang)}`],
      ]),
      '',
      ...table([t('due (after deferral)', '到期日（延期后）'), t('amount', '金额')], around),
      ...quoteLine(run.policy.definitions?.['deferral']?.cite, lang),
    ];
  });
}
