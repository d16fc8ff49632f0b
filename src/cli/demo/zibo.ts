import type { Lang } from '../../index';
import { obj, runPolicy, summaryValues } from './catalog-run';
import { heading, pairs, phrase, quoteLine } from './report';
import { field } from './seed-records';

const NAMES: Record<string, readonly [string, string]> = {
  tailoredPlan: ['Tailored plan (一企一策)', '一企一策'],
  dedicatedAgent: ['Dedicated agent (一企一员)', '一企一员'],
  vipTeam: ['On-site VIP team (一企一专班)', '一企一专班'],
  oneStopLifecycle: ['One-stop lifecycle service (全生命周期一站服务)', '全生命周期一站服务'],
};

/**
 * Zibo's "four ones" under `zibo.project-service.2020`: projects per service (the
 * article's 25 municipal major projects, each with a dedicated agent), and the projects
 * whose entitlement still waits on a fact.
 *
 * @example
 * ziboLines(projects, 'en', 4)[0]; // '4. Zibo High-tech Zone: "four ones" project services'
 */
export function ziboLines(records: readonly unknown[], lang: Lang, n: number): string[] {
  const t = phrase(lang);
  const run = runPolicy('zibo.project-service.2020', records);
  const tally = summaryValues(run, 'tally.list');
  const byName = obj(tally['byName']);
  const major = run.rows.filter((_, i) => field(records[i], 'municipalMajor') === true);
  const majorWithAgent = major.filter((r) => r.outputs['dedicatedAgent'] === true).length;
  const pending = run.rows.filter((r) => Array.isArray(r.outputs['undecidedEntitlements']) && r.outputs['undecidedEntitlements'].length > 0);
  return [
    ...heading(t(`${n}. Zibo High-tech Zone: "four ones" project services`, `${n}. 淄博高新区：重大项目“四个一”服务`)),
    t(`${run.policy.id}, ${run.rows.length} projects (zibo-projects.csv)`, `${run.policy.id}，${run.rows.length}个项目（zibo-projects.csv）`),
    '',
    ...pairs([
      ...Object.keys(NAMES).map((k): [string, string] => {
        const [en, zh] = NAMES[k] as readonly [string, string];
        return [t(en, zh), t(`${String(byName[k] ?? 0)} projects`, `${String(byName[k] ?? 0)}个项目`)];
      }),
      [t('Municipal major projects with an agent', '配备帮办代办员的市重大项目'), `${majorWithAgent} / ${major.length}`],
      [t('Entitlements pending a fact', '服务待定的项目'), pending.map((r) => `${r.id ?? '?'} (${(r.outputs['undecidedEntitlements'] as string[]).join(', ')}; ${t('missing', '缺少')} ${r.missing.join(', ')})`).join('; ') || '0'],
    ]),
    ...quoteLine(run.policy.batch?.find((b) => b.fn === 'tally.list')?.cite, lang),
  ];
}
