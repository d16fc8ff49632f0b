/**
 * Hangzhou High-tech Zone (杭州高新区 (滨江)), seed item "疫后经济复苏 杭州高新区今年打算这样干"
 * (张留), ¶1: "如大立、博日、红相三家企业分别增长370.4%、298.3%、1396.4%". Growth =
 * current / previous - 1.
 *
 * **Illustrative inputs**: the seed prints only the growth rates, so each firm's previous
 * figure is ours (1,000) and its current figure reproduces the rate exactly: 4,704 / 1,000
 * - 1 = 3.704 -> 370.4%; 3,983 -> 298.3%; 14,964 -> 1,396.4%.
 *
 * @module
 */
import type { SourceDocument } from '../../../engine/citation';
import { evaluateZone, type IndicatorSpec, type ZoneIndicators } from '../indicator';

/**
 * The seed item as a source document (its paragraphs are cited as `¶n`).
 *
 * @example
 * HANGZHOU_SEED_2020.issuer; // '张留'
 */
export const HANGZHOU_SEED_2020 = {
  id: 'hangzhouSeed2020',
  title: { zh: '疫后经济复苏 杭州高新区今年打算这样干', en: 'Post-epidemic recovery: the Hangzhou High-tech Zone plan for this year (news report)' },
  issuer: '张留',
} as const satisfies SourceDocument;

const DOC = HANGZHOU_SEED_2020.id;
const QUOTE = '如大立、博日、红相三家企业分别增长370.4%、298.3%、1396.4%';

const firm = (id: string, zh: string, en: string, current: string, reported: string): IndicatorSpec => ({
  id: `hangzhou.growth.${id}`,
  label: { zh: `${zh}增长`, en: `${en} growth` },
  cite: { document: DOC, article: '¶1', quote: QUOTE },
  measure: { kind: 'growth', previous: '1000', current },
  illustrative: true,
  reported,
});

/**
 * The cited data (illustrative inputs, see the module header).
 *
 * @example
 * HANGZHOU_INDICATOR_SPECS.map((s) => s.id); // ['hangzhou.growth.dali', 'hangzhou.growth.bioer', 'hangzhou.growth.hongxiang']
 */
export const HANGZHOU_INDICATOR_SPECS: readonly IndicatorSpec[] = [
  firm('dali', '大立', 'Dali', '4704', '370.4%'),
  firm('bioer', '博日', 'Bioer', '3983', '298.3%'),
  firm('hongxiang', '红相', 'Hongxiang', '14964', '1396.4%'),
];

/**
 * Hangzhou's indicators: three firms grew 370.4%, 298.3% and 1,396.4%.
 *
 * @example
 * hangzhouIndicators2020.indicators.map((i) => i.display); // ['+370.4%', '+298.3%', '+1,396.4%']
 */
export const hangzhouIndicators2020: ZoneIndicators = /*@__PURE__*/ evaluateZone(
  'hangzhou',
  { zh: '杭州高新区（滨江）', en: 'Hangzhou High-tech Zone (Binjiang)' },
  HANGZHOU_SEED_2020,
  HANGZHOU_INDICATOR_SPECS,
);
