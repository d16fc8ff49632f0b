import type { Lang } from '../index';

/**
 * The languages of human output; English is the default.
 *
 * @example
 * LANGS; // ['en', 'zh']
 */
export const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * Words of the CLI's human output, per language.
 *
 * @example
 * WORDS.zh.status.eligible; // '符合'
 */
export const WORDS = {
  en: {
    status: { eligible: 'eligible', ineligible: 'ineligible', undetermined: 'undetermined', error: 'error' },
    columns: { row: '#', id: 'id', status: 'status', failed: 'failed', missing: 'missing' },
    errors: 'Errors', summary: 'Summary', explain: 'Explanation', rows: 'rows',
    list: { id: 'id', title: 'title', effective: 'effective', aliases: 'Aliases', illustrative: 'illustrative' },
    show: {
      summary: 'Summary', jurisdiction: 'Jurisdiction', effective: 'Effective', input: 'Input model', illustrative: 'Illustrative: yes (the figures are not the text\'s own)',
      sources: 'Sources', parameters: 'Parameters', definitions: 'Definitions', eligibility: 'Eligibility', outputs: 'Outputs', batch: 'Batch computations',
      allOf: 'all of', anyOf: 'any of', atLeast: 'at least {n} of', not: 'not', base: 'base rule', unless: 'exception', whenOutputs: 'Outputs computed when',
      open: 'open-ended', test: 'test', values: 'reports',
    },
  },
  zh: {
    status: { eligible: '符合', ineligible: '不符合', undetermined: '待定', error: '错误' },
    columns: { row: '序号', id: '编号', status: '状态', failed: '未通过', missing: '缺少' },
    errors: '错误', summary: '汇总', explain: '解释', rows: '条',
    list: { id: '编号', title: '名称', effective: '有效期', aliases: '别名', illustrative: '示意' },
    show: {
      summary: '摘要', jurisdiction: '地区', effective: '有效期', input: '输入模型', illustrative: '示意：是（数值非原文所载）',
      sources: '依据文件', parameters: '参数', definitions: '定义', eligibility: '条件', outputs: '输出', batch: '批量计算',
      allOf: '全部满足', anyOf: '满足其一', atLeast: '至少满足{n}项', not: '不满足', base: '基本规则', unless: '例外', whenOutputs: '输出计算条件',
      open: '长期', test: '判断', values: '报告',
    },
  },
} as const;

/**
 * The CLI's words in one language.
 *
 * @example
 * const w: Words = WORDS.en;
 */
export type Words = (typeof WORDS)[Lang];
