/**
 * Zibo high-tech zone (淄博高新区) "four ones" (四个一) project services, 2020: the zone's
 * administrative-approval bureau (行政审批服务局) serves projects entering the zone with four
 * measures. Source: the seed article "淄博高新区 “四个一”举措为重大项目赋能" (本报讯, 巩茜
 * 宋格), whose four paragraphs are headed by the measures and cited by those headings:
 * 一企一策 (a tailored plan for every entering project), 一企一员 (a dedicated full-time
 * agent), 一企一专班 (an on-site VIP team; the print heading reads “一企一转班”, the body
 * “一企一专班VIP团队”) and 全生命周期一站服务 (one-stop service over the project's life).
 *
 * Encoded (`zibo.project-service.2020`), per project (input model `project`):
 * - `tailoredPlan`: every entering project (so every project is eligible);
 * - `dedicatedAgent`: a municipal major project, a municipal key tech-renovation project or
 *   a zone key project (Kleene or: one "yes" suffices; all "no" excludes);
 * - `vipTeam`: on the 2020 "1+N" approval-mode list;
 * - `oneStopLifecycle`: a key investment project.
 * Outputs: `entitlements` (sorted ids certainly granted), `undecidedEntitlements` (sorted
 * ids that hang on unknown facts: never silently left out as "no"), and one yes/no output
 * per conditional entitlement (null while unknown, its facts then listed in `missing`).
 * The batch counts projects per entitlement (`tally.list`): the report's 25 municipal major
 * projects all get an agent.
 *
 * In force from 2020-01-01 (the 2020 "1+N" list), no end date given.
 *
 * @module
 */
import { bool, call, fact, get, or, ref } from '../../../engine/builder/expr';
import { cite, criterion, label } from '../../../engine/builder/rules';
import { policy } from '../../../engine/builder/policy';
import type { Policy } from '../../../engine/policy';
import { STDLIB } from '../../../rules/stdlib';

/**
 * The seed article (Zibo section) as a source document.
 *
 * @example
 * ZIBO_SEED_2020.title.zh; // '淄博高新区 “四个一”举措为重大项目赋能'
 */
export const ZIBO_SEED_2020 = {
  id: 'ziboSeed2020',
  title: { zh: '淄博高新区 “四个一”举措为重大项目赋能', en: 'Zibo high-tech zone: "four ones" measures speed up major projects (news report)' },
  issuer: '本报讯（巩茜 宋格）',
} as const;

const DOC = ZIBO_SEED_2020.id;

/** 一企一策: “根据每个进区项目的不同情况，制定符合项目实际的个性化手续办理方案，一次性告知项目审批事项、审批流程和提报的资料”. */
const TAILORED = cite(DOC, '一企一策', undefined, { quote: '根据每个进区项目的不同情况，制定符合项目实际的个性化手续办理方案，一次性告知项目审批事项、审批流程和提报的资料' });
/** 一企一员: “对25个淄博市重大项目及其它市重点技改项目、淄博高新区重点项目实行‘一企一员’服务，即为每个项目至少配备一名专职帮办代办员，实行24小时线上+线下‘不打烊’服务”. */
const AGENT = cite(DOC, '一企一员', undefined, { quote: '对25个淄博市重大项目及其它市重点技改项目、淄博高新区重点项目实行“一企一员”服务，即为每个项目至少配备一名专职帮办代办员' });
/** 一企一专班: “对于列入2020年‘1+N’审批模式清单中重大项目，园区实行一企一专班VIP团队靠前服务……力求企业手续办理‘零跑腿’”. */
const VIP = cite(DOC, '一企一专班', undefined, { quote: '对于列入2020年“1+N”审批模式清单中重大项目，园区实行一企一专班VIP团队靠前服务' });
/** 全生命周期一站服务: “对于重点投资项目……一个项目从进区设立公司，到项目开工、竣工验收实行专区、专人、专业化审批和帮办代办服务”. */
const LIFECYCLE = cite(DOC, '全生命周期一站服务', undefined, { quote: '对于重点投资项目，淄博高新区行政审批服务局实行全生命周期一站式服务' });

const ENTITLEMENTS = ['tailoredPlan', 'dedicatedAgent', 'vipTeam', 'oneStopLifecycle'];

/**
 * `zibo.project-service.2020`: the "four ones" services a project entering the zone gets.
 *
 * @example
 * compile(ziboProjectService2020).evaluate({ id: 'P1', municipalMajor: true, onePlusNList: false, keyInvestment: true }, { asOf: '2020-05-01' }).outputs.entitlements;
 * // ['dedicatedAgent', 'oneStopLifecycle', 'tailoredPlan']
 */
export const ziboProjectService2020: Policy = /*@__PURE__*/ policy(
  {
    id: 'zibo.project-service.2020',
    title: { zh: '淄博高新区重大项目“四个一”服务', en: 'Zibo high-tech zone "four ones" project services' },
    summary: {
      zh: '一企一策、一企一员、一企一专班、全生命周期一站服务。',
      en: 'A tailored plan for every project; a dedicated agent, an on-site VIP team and one-stop lifecycle service for listed projects.',
    },
    jurisdiction: 'zibo',
    sources: [ZIBO_SEED_2020],
    effective: { from: '2020-01-01' },
    input: 'project',
    definitions: {
      dedicatedAgent: {
        expr: or(fact('municipalMajor'), fact('municipalKeyTechRenovation'), fact('zoneKey')),
        label: label('一企一员', 'Dedicated agent'),
        cite: AGENT,
      },
      vipTeam: { expr: fact('onePlusNList'), label: label('一企一专班', 'On-site VIP team'), cite: VIP },
      oneStopLifecycle: { expr: fact('keyInvestment'), label: label('全生命周期一站服务', 'One-stop lifecycle service'), cite: LIFECYCLE },
      entitlementLists: {
        expr: call(
          'list.select',
          { when1: bool(true), when2: ref('dedicatedAgent'), when3: ref('vipTeam'), when4: ref('oneStopLifecycle') },
          { names: ENTITLEMENTS, sort: true },
        ),
        label: label('服务清单', 'Entitlements'),
      },
    },
    /** 一企一策: every project entering the zone gets a tailored plan, so every project is served. */
    eligibility: criterion({ id: 'tailoredPlan', label: label('一企一策', 'Tailored plan'), cite: TAILORED, test: bool(true) }),
    outputs: {
      entitlements: { expr: get(ref('entitlementLists'), 'selected'), type: { type: 'list', of: { type: 'string' } }, label: label('享受的服务', 'Entitlements') },
      undecidedEntitlements: { expr: get(ref('entitlementLists'), 'undecided'), type: { type: 'list', of: { type: 'string' } }, label: label('待定的服务', 'Entitlements pending facts') },
      dedicatedAgent: { expr: ref('dedicatedAgent'), type: { type: 'boolean' }, label: label('一企一员', 'Dedicated agent'), cite: AGENT },
      vipTeam: { expr: ref('vipTeam'), type: { type: 'boolean' }, label: label('一企一专班', 'On-site VIP team'), cite: VIP },
      oneStopLifecycle: { expr: ref('oneStopLifecycle'), type: { type: 'boolean' }, label: label('全生命周期一站服务', 'One-stop lifecycle service'), cite: LIFECYCLE },
    },
    /** 一企一员 “对25个淄博市重大项目……实行‘一企一员’服务”: the batch counts projects per service. */
    batch: [{ fn: 'tally.list', config: { output: 'entitlements', names: [...ENTITLEMENTS].sort() }, label: label('各项服务项目数', 'Projects per service'), cite: AGENT }],
  },
  STDLIB,
);
