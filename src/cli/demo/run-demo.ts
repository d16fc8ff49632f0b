import type { Lang } from '../../index';
import { ankangLines } from './ankang';
import { baotouLines, hangzhouLines } from './baotou-hangzhou';
import { phrase } from './report';
import { seedDir } from './seed-dir';
import { readSeed } from './seed-records';
import { urumqiLines } from './urumqi';
import { yinchuanLines } from './yinchuan';
import { ziboLines } from './zibo';

/**
 * The seed files the demo reads, by role.
 *
 * @example
 * SEED_FILES.guarantees; // 'urumqi-guarantees.csv'
 */
export const SEED_FILES = {
  hangzhou: 'hangzhou-firms.json',
  projects: 'zibo-projects.csv',
  awards: 'ankang-awards.ndjson',
  yinchuanFirms: 'yinchuan-firms.csv',
  candidates: 'yinchuan-candidates.json',
  baotou: 'baotou-firms.csv',
  guarantees: 'urumqi-guarantees.csv',
  loans: 'urumqi-microloan.json',
  leases: 'urumqi-lease.json',
} as const;

type SeedData = Record<keyof typeof SEED_FILES, unknown[]>;

async function loadAll(dir: string): Promise<SeedData> {
  const entries = await Promise.all(Object.entries(SEED_FILES).map(async ([k, f]) => [k, await readSeed(dir, f)] as const));
  return Object.fromEntries(entries) as SeedData;
}

/**
 * The demo's report: the seed article's six zones in its order (Hangzhou, Zibo, Ankang,
 * Yinchuan, Baotou, Urumqi), each figure computed by the catalog's rules from the records
 * in `examples/seed`, in English or Chinese.
 *
 * @example
 * (await demoReport('en')).includes('29,334万'); // true
 */
export async function demoReport(lang: Lang, dir: string = seedDir()): Promise<string> {
  const t = phrase(lang);
  const d = await loadAll(dir);
  const sections = [
    [
      t('zone-policy demo: the seed article, six high-tech zones, end to end', 'zone-policy 演示：种子文章中的六个高新区，端到端'),
      t(
        'Every figure below is computed by the catalog (policies and zone indicators) from the records in examples/seed/:\n' +
          'illustrative records (ours) built so the totals are the article\'s; the quotes are the article\'s own words.',
        '以下数字均由政策目录（政策与园区指标）根据 examples/seed/ 中的记录计算得出：\n记录为示例数据，其合计与原文一致；引文为原文。',
      ),
    ],
    hangzhouLines(d.hangzhou, lang, 1),
    ziboLines(d.projects, lang, 2),
    ankangLines(d.awards, lang, 3),
    yinchuanLines(d.yinchuanFirms, d.candidates, lang, 4),
    baotouLines(d.baotou, lang, 5),
    urumqiLines({ guarantees: d.guarantees, loans: d.loans, leases: d.leases }, lang, 6),
  ];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
