/**
 * The seed article's zone indicators (DOMAIN.md §9), one entry per zone, for the demo.
 *
 * @module
 */
import { baotouIndicators2020 } from './baotou/indicators';
import { hangzhouIndicators2020 } from './hangzhou/indicators';
import type { ZoneIndicators } from './indicator';
import { yinchuanIndicators2020 } from './yinchuan/indicators';

/**
 * Every zone's indicators, in the seed article's order (Hangzhou, Yinchuan, Baotou).
 *
 * @example
 * ZONE_INDICATORS.map((z) => z.zone); // ['hangzhou', 'yinchuan', 'baotou']
 */
export const ZONE_INDICATORS: readonly ZoneIndicators[] = [hangzhouIndicators2020, yinchuanIndicators2020, baotouIndicators2020];

/**
 * One indicator by id, across zones.
 *
 * @example
 * findIndicator('yinchuan.resumptionRate')?.display; // '93.0%'
 */
export function findIndicator(id: string): ZoneIndicators['indicators'][number] | undefined {
  for (const z of ZONE_INDICATORS) {
    const hit = z.indicators.find((i) => i.id === id);
    if (hit) return hit;
  }
  return undefined;
}
