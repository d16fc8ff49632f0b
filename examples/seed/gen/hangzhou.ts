/**
 * Hangzhou high-tech zone (滨江): the three firms the article names (大立, 博日, 红相) with
 * their industrial output of January-February 2019 and 2020 in yuan. The article prints
 * only the growth rates (370.4%, 298.3%, 1,396.4%); the outputs are ours, chosen so the
 * exact growth rounds half-up to the printed one-decimal percentage.
 *
 * @module
 */
import { Decimal } from './decimal';
import { toJson } from './text';

const FIRMS = [
  { id: 'dali', name: '大立', previous: '31276000', growth: '3.7041' },
  { id: 'bioer', name: '博日', previous: '18653000', growth: '2.98297' },
  { id: 'hongxiang', name: '红相', previous: '6418000', growth: '13.96403' },
] as const;

/**
 * The firms as JSON: `{ id, name, period, previous, current }`, `current` = previous x
 * (1 + growth), at the yuan.
 *
 * @example
 * JSON.parse(hangzhouFirmsJson()).length; // 3
 */
export function hangzhouFirmsJson(): string {
  return toJson(
    FIRMS.map((f) => ({
      id: f.id, name: f.name, measure: 'industrialOutput', period: { previous: '2019-01/02', current: '2020-01/02' },
      previous: f.previous, current: new Decimal(f.previous).times(new Decimal(1).plus(f.growth)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0),
    })),
  );
}
