import { BAOTOU_INDICATOR_SPECS, baotouIndicators2020, Decimal, HANGZHOU_INDICATOR_SPECS, hangzhouIndicators2020, type Lang } from '../../index';
import { indicatorsFromData, indicatorTable } from './indicators';
import { heading, phrase } from './report';
import { field } from './seed-records';

function amount(v: unknown): Decimal {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
  if (!/^\d+(\.\d+)?$/.test(s)) throw new TypeError(`expected an amount, got ${JSON.stringify(v)}`);
  return new Decimal(s);
}

function total(rows: readonly unknown[], name: string): string {
  return rows.reduce((a: Decimal, r) => a.plus(amount(field(r, name))), new Decimal(0)).toFixed();
}

/**
 * Baotou: the catalog indicators on the zone's 200 above-scale firms (resumption 99.0%,
 * capacity 75.0% (>= 75%), value added +9.4%, emerging industries 50.0% (2020 target met)).
 *
 * @example
 * baotouLines(firms, 'en', 5)[0]; // '5. Baotou Rare Earth High-tech Zone: ...'
 */
export function baotouLines(firms: readonly unknown[], lang: Lang, n: number): string[] {
  const t = phrase(lang);
  const producers = firms.filter((f) => field(f, 'producer') === true);
  const emerging = firms.filter((f) => field(f, 'sector') === 'emerging');
  const z = indicatorsFromData(baotouIndicators2020, BAOTOU_INDICATOR_SPECS, {
    'baotou.aboveScaleResumptionRate': { kind: 'rate', part: String(firms.filter((f) => field(f, 'resumed') === true).length), whole: String(firms.length) },
    'baotou.capacityRecovered': { kind: 'rate', part: total(producers, 'currentOutputWan'), whole: total(producers, 'designOutputWan') },
    'baotou.industrialValueAddedGrowth': { kind: 'growth', previous: total(firms, 'valueAddedJanFeb2019Wan'), current: total(firms, 'valueAddedJanFeb2020Wan') },
    'baotou.emergingIndustryShare': { kind: 'rate', part: total(emerging, 'plannedOutput2020Wan'), whole: total(firms, 'plannedOutput2020Wan') },
  });
  return [
    ...heading(t(`${n}. ${z.name.en}: figures and targets`, `${n}. ${z.name.zh}：指标与目标`)),
    t(`The zone's catalog indicators on ${firms.length} above-scale industrial firms (baotou-firms.csv, figures illustrative)`, `园区指标，数据为${firms.length}家规模以上工业企业（baotou-firms.csv，数据为示例）`),
    '',
    ...indicatorTable(z, lang),
  ];
}

/**
 * Hangzhou: the growth of the three firms the article names (大立 370.4%, 博日 298.3%,
 * 红相 1,396.4%), from their outputs.
 *
 * @example
 * hangzhouLines(firms, 'en', 6)[0]; // '6. Hangzhou High-tech Zone (Binjiang): ...'
 */
export function hangzhouLines(firms: readonly unknown[], lang: Lang, n: number): string[] {
  const t = phrase(lang);
  const measures = Object.fromEntries(
    firms.map((f) => [`hangzhou.growth.${String(field(f, 'id'))}`, { kind: 'growth' as const, previous: amount(field(f, 'previous')).toFixed(), current: amount(field(f, 'current')).toFixed() }]),
  );
  const z = indicatorsFromData(hangzhouIndicators2020, HANGZHOU_INDICATOR_SPECS, measures);
  return [
    ...heading(t(`${n}. ${z.name.en}: growth of three firms`, `${n}. ${z.name.zh}：三家企业增长`)),
    t(`The zone's catalog indicators on the firms' January-February output (hangzhou-firms.json, figures illustrative)`, `园区指标，数据为三家企业1-2月产值（hangzhou-firms.json，数据为示例）`),
    '',
    ...indicatorTable(z, lang),
  ];
}
