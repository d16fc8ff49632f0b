import { evaluateZone, type IndicatorMeasure, type IndicatorSpec, type Lang, type ZoneIndicators } from '../../index';
import { phrase, quoteLine, table } from './report';

/**
 * A zone's catalog indicators re-evaluated on our data: each cited spec (label, citation,
 * rounding, target) keeps everything but its measure, which comes from the seed file's
 * totals. A spec without data is an error, so no figure is silently taken from the catalog.
 *
 * @example
 * indicatorsFromData(yinchuanIndicators2020, YINCHUAN_INDICATOR_SPECS, { 'yinchuan.firms': { kind: 'count', value: '200' }, ... });
 */
export function indicatorsFromData(zone: ZoneIndicators, specs: readonly IndicatorSpec[], measures: Readonly<Record<string, IndicatorMeasure>>): ZoneIndicators {
  const withData = specs.map((s) => {
    const m = measures[s.id];
    if (!m) throw new Error(`no data for indicator ${s.id}`);
    return { ...s, measure: m };
  });
  return evaluateZone(zone.zone, zone.name, zone.source, withData);
}

/**
 * A table of indicators: label, value, target check, and the article's own figure.
 *
 * @example
 * indicatorTable(z, 'en'); // ['  indicator  value  target  article', ...]
 */
export function indicatorTable(z: ZoneIndicators, lang: Lang): string[] {
  const t = phrase(lang);
  const rows = z.indicators.map((i) => [
    i.label[lang],
    i.display,
    i.target ? `${i.target.label[lang]}${t(': ', '：')}${i.target.met ? t('met', '达到') : t('not met', '未达到')}` : '',
    i.reported ?? '',
  ]);
  // Each of the article's sentences once: a quote inside a longer one is left out.
  const cites = z.indicators.map((i) => i.cite).filter((c, k, all) => c.quote !== undefined && !all.some((o, j) => o.quote !== undefined && (o.quote.length > c.quote!.length ? o.quote.includes(c.quote!) : j < k && o.quote === c.quote)));
  return [...table([t('indicator', '指标'), t('value', '数值'), t('target', '目标'), t('article', '原文')], rows), ...cites.flatMap((c) => quoteLine(c, lang))];
}
