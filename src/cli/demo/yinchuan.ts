import { YINCHUAN_INDICATOR_SPECS, yinchuanIndicators2020, type EvalResult, type Json, type Lang } from '../../index';
import { runPolicy } from './catalog-run';
import { indicatorsFromData, indicatorTable } from './indicators';
import { heading, phrase, statusWord, subheading, table } from './report';
import { field } from './seed-records';

function count(v: unknown): number {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
  if (!/^\d+$/.test(s)) throw new TypeError(`expected a count, got ${JSON.stringify(v)}`);
  return Number(s);
}

function score(v: Json | undefined): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'lo' in v && 'hi' in v) return v['lo'] === v['hi'] ? String(v['lo']) : `${String(v['lo'])}..${String(v['hi'])}`;
  return v === undefined || v === null ? '' : String(v);
}

function valuesText(values: Record<string, Json>): string {
  const shown = Object.entries(values).map(([k, v]) => `${k} ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`);
  return shown.length ? ` (${shown.join(', ')})` : '';
}

/** Why a screening result is not eligible: failed criteria with their values, missing facts, open bands. */
function notes(r: EvalResult, lang: Lang): string[] {
  const t = phrase(lang);
  const failed = r.criteria.filter((c) => c.result === 'fail' && r.failed.includes(c.id)).map((c) => `${t('failed', '未通过')} ${c.id}${valuesText(c.values)}`);
  const open = r.criteria.filter((c) => c.result === 'unknown' && c.reason && !(c.missing ?? []).length).map((c) => `${c.id} ${t('open', '待定')}${t(': ', '：')}${c.reason ?? ''}`);
  const missing = r.missing.length ? [`${t('missing', '缺少')} ${r.missing.join(', ')}`] : [];
  return [...failed, ...(failed.length ? [] : [...open, ...missing])];
}

/**
 * Yinchuan: the resumption indicators from the zone's 200 firms (the article's 186 resumed,
 * 93.0%, 4,092 workers), and five firms screened with `cn.hnte.2016` and `cn.tech-sme.2017`
 * (status, failed criteria, missing facts, scores).
 *
 * @example
 * yinchuanLines(firms, candidates, 'en', 3)[0]; // '3. Yinchuan High-tech Zone: ...'
 */
export function yinchuanLines(firms: readonly unknown[], candidates: readonly unknown[], lang: Lang, n: number): string[] {
  const t = phrase(lang);
  const resumed = firms.filter((f) => field(f, 'resumed') === true);
  const workers = resumed.reduce((a: number, f) => a + count(field(f, 'employees')), 0);
  const z = indicatorsFromData(yinchuanIndicators2020, YINCHUAN_INDICATOR_SPECS, {
    'yinchuan.firms': { kind: 'count', value: String(firms.length) },
    'yinchuan.resumedFirms': { kind: 'count', value: String(resumed.length) },
    'yinchuan.resumptionRate': { kind: 'rate', part: String(resumed.length), whole: String(firms.length) },
    'yinchuan.workers': { kind: 'count', value: String(workers) },
  });
  const hnte = runPolicy('cn.hnte.2016', candidates);
  const sme = runPolicy('cn.tech-sme.2017', candidates);
  const rows = candidates.map((c, i) => {
    const h = hnte.rows[i] as EvalResult;
    const s = sme.rows[i] as EvalResult;
    return [String(field(c, 'name') ?? h.id), statusWord(h.status, lang), score(h.outputs['innovationScore']), statusWord(s.status, lang), score(s.outputs['score'])];
  });
  const why = candidates.flatMap((c, i) => {
    const name = String(field(c, 'name') ?? i);
    return [[hnte, 'HNTE', '高企'] as const, [sme, 'tech-SME', '科小'] as const].flatMap(([run, en, zh]) =>
      notes(run.rows[i] as EvalResult, lang).map((x) => `  ${name} ${t(en, zh)}${t(': ', '：')}${x}`),
    );
  });
  return [
    ...heading(t(`${n}. ${z.name.en}: resumption and high-tech screening`, `${n}. ${z.name.zh}：复工复产与高企培育`)),
    t(`Resumption: the zone's catalog indicators on ${firms.length} firms and sole traders (yinchuan-firms.csv)`, `复工复产：园区指标，数据为${firms.length}家企业及个体经营户（yinchuan-firms.csv）`),
    '',
    ...indicatorTable(z, lang),
    ...subheading(t(`Screening (${hnte.policy.id}, ${sme.policy.id}; yinchuan-candidates.json, financial figures illustrative)`, `培育筛查（${hnte.policy.id}、${sme.policy.id}；yinchuan-candidates.json，财务数据为示例）`)),
    ...table([t('firm', '企业'), t('HNTE', '高企认定'), t('innovation score', '创新能力得分'), t('tech-SME', '科技型中小企业'), t('score', '评价得分')], rows),
    '',
    ...why,
  ];
}
