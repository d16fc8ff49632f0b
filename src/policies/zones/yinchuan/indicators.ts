/**
 * Yinchuan High-tech Zone (银川高新区), seed item "银川高新区 科技创新支撑企业复工复产"
 * (本报讯, 刘鹏辉 何佳 杨学峰), ¶1: "园区共有企业及个体经营户200家，已累计开工企业达186家，
 * 开工率达93%、涉及职工4092人". The seed gives every input, so nothing here is illustrative:
 * 186 / 200 = 0.93 -> 93.0%.
 *
 * @module
 */
import type { SourceDocument } from '../../../engine/citation';
import { evaluateZone, type IndicatorSpec, type ZoneIndicators } from '../indicator';

/**
 * The seed item as a source document (its paragraphs are cited as `¶n`).
 *
 * @example
 * YINCHUAN_SEED_2020.title.zh; // '银川高新区 科技创新支撑企业复工复产'
 */
export const YINCHUAN_SEED_2020 = {
  id: 'yinchuanSeed2020',
  title: { zh: '银川高新区 科技创新支撑企业复工复产', en: 'Yinchuan High-tech Zone: S&T innovation supports the resumption of work and production (news report)' },
  issuer: '本报讯（刘鹏辉 何佳 杨学峰）',
} as const satisfies SourceDocument;

const DOC = YINCHUAN_SEED_2020.id;
const QUOTE = '园区共有企业及个体经营户200家，已累计开工企业达186家，开工率达93%、涉及职工4092人';

/**
 * The cited data: firms and sole traders in the zone, those resumed, the rate, the workers.
 *
 * @example
 * YINCHUAN_INDICATOR_SPECS.map((s) => s.id); // ['yinchuan.firms', 'yinchuan.resumedFirms', 'yinchuan.resumptionRate', 'yinchuan.workers']
 */
export const YINCHUAN_INDICATOR_SPECS: readonly IndicatorSpec[] = [
  { id: 'yinchuan.firms', label: { zh: '企业及个体经营户', en: 'Firms and sole traders' }, cite: { document: DOC, article: '¶1', quote: '园区共有企业及个体经营户200家' }, measure: { kind: 'count', value: '200' }, illustrative: false, reported: '200家' },
  { id: 'yinchuan.resumedFirms', label: { zh: '已累计开工企业', en: 'Firms resumed' }, cite: { document: DOC, article: '¶1', quote: '已累计开工企业达186家' }, measure: { kind: 'count', value: '186' }, illustrative: false, reported: '186家' },
  { id: 'yinchuan.resumptionRate', label: { zh: '开工率', en: 'Resumption rate' }, cite: { document: DOC, article: '¶1', quote: QUOTE }, measure: { kind: 'rate', part: '186', whole: '200' }, illustrative: false, reported: '93%' },
  { id: 'yinchuan.workers', label: { zh: '涉及职工', en: 'Workers back at work' }, cite: { document: DOC, article: '¶1', quote: '涉及职工4092人' }, measure: { kind: 'count', value: '4092' }, illustrative: false, reported: '4092人' },
];

/**
 * Yinchuan's indicators: resumption rate 93.0% of 200 firms (186), 4,092 workers.
 *
 * @example
 * yinchuanIndicators2020.indicators.find((i) => i.id === 'yinchuan.resumptionRate')?.display; // '93.0%'
 */
export const yinchuanIndicators2020: ZoneIndicators = /*@__PURE__*/ evaluateZone(
  'yinchuan',
  { zh: '银川高新区', en: 'Yinchuan High-tech Zone' },
  YINCHUAN_SEED_2020,
  YINCHUAN_INDICATOR_SPECS,
);
