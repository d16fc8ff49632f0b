/**
 * Baotou Rare Earth High-tech Zone (包头稀土高新区), seed item "包头稀土高新区: 生态“含绿量”
 * 提升经济“含金量”" (贾婷婷). ¶8: "规模以上工业企业复工率达到99%，生产型企业平均产能已恢复到
 * 75%以上，1-2月规模以上工业增加值同比增长9.4%"; ¶7: "2020年将全力实现新兴产业产值占比达到
 * 规模以上工业总产值的50%以上".
 *
 * **Illustrative inputs**: the seed prints only the percentages, so the counts and amounts
 * below are ours, chosen to reproduce them exactly (198 / 200 = 99.0%; 7,500 / 10,000 =
 * 75.0%; 547,000 / 500,000 - 1 = 9.4%; emerging output 5,000 of 10,000 = 50.0%, which meets
 * the "50%以上" target exactly: "以上" is inclusive).
 *
 * @module
 */
import type { SourceDocument } from '../../../engine/citation';
import { evaluateZone, type IndicatorSpec, type ZoneIndicators } from '../indicator';

/**
 * The seed item as a source document (its paragraphs are cited as `¶n`).
 *
 * @example
 * BAOTOU_SEED_2020.issuer; // '贾婷婷'
 */
export const BAOTOU_SEED_2020 = {
  id: 'baotouSeed2020',
  title: { zh: '包头稀土高新区: 生态“含绿量”提升经济“含金量”', en: 'Baotou Rare Earth High-tech Zone: greener ecology, richer economy (news report)' },
  issuer: '贾婷婷',
} as const satisfies SourceDocument;

const DOC = BAOTOU_SEED_2020.id;

/**
 * The cited data (illustrative inputs, see the module header).
 *
 * @example
 * BAOTOU_INDICATOR_SPECS.every((s) => s.illustrative); // true
 */
export const BAOTOU_INDICATOR_SPECS: readonly IndicatorSpec[] = [
  {
    id: 'baotou.aboveScaleResumptionRate', label: { zh: '规模以上工业企业复工率', en: 'Above-scale industrial resumption rate' },
    cite: { document: DOC, article: '¶8', quote: '规模以上工业企业复工率达到99%' },
    measure: { kind: 'rate', part: '198', whole: '200' }, illustrative: true, reported: '99%',
  },
  {
    id: 'baotou.capacityRecovered', label: { zh: '生产型企业平均产能恢复', en: 'Average capacity recovered' },
    cite: { document: DOC, article: '¶8', quote: '生产型企业平均产能已恢复到75%以上' },
    measure: { kind: 'rate', part: '7500', whole: '10000' }, illustrative: true, reported: '75%以上',
    target: { atLeast: '0.75', label: { zh: '已恢复到75%以上', en: 'Reported: at least 75%' } },
  },
  {
    id: 'baotou.industrialValueAddedGrowth', label: { zh: '1-2月规模以上工业增加值同比增长', en: 'Above-scale industrial value added, Jan-Feb, year on year' },
    cite: { document: DOC, article: '¶8', quote: '1-2月规模以上工业增加值同比增长9.4%' },
    measure: { kind: 'growth', previous: '500000', current: '547000' }, illustrative: true, reported: '9.4%',
  },
  {
    id: 'baotou.emergingIndustryShare', label: { zh: '新兴产业产值占规模以上工业总产值比重', en: 'Emerging industries in above-scale industrial output' },
    cite: { document: DOC, article: '¶7', quote: '2020年将全力实现新兴产业产值占比达到规模以上工业总产值的50%以上' },
    measure: { kind: 'rate', part: '5000', whole: '10000' }, illustrative: true, reported: '50%以上',
    target: { atLeast: '0.50', label: { zh: '2020年目标：50%以上', en: '2020 target: at least 50%' } },
  },
];

/**
 * Baotou's indicators: resumption 99.0%, capacity 75.0% (>= 75%), value added +9.4%,
 * emerging industries 50.0% (target >= 50% met).
 *
 * @example
 * baotouIndicators2020.indicators.map((i) => i.display); // ['99.0%', '75.0%', '+9.4%', '50.0%']
 */
export const baotouIndicators2020: ZoneIndicators = /*@__PURE__*/ evaluateZone(
  'baotou',
  { zh: '包头稀土高新区', en: 'Baotou Rare Earth High-tech Zone' },
  BAOTOU_SEED_2020,
  BAOTOU_INDICATOR_SPECS,
);
