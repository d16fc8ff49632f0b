/**
 * Zone indicators (DOMAIN.md §9): the seed article's rates and growth figures, computed
 * exactly from cited data and shown as percentages to one decimal, rounded half-up.
 * Indicators are not eligibility rules, so they are pure functions over data rather than
 * policies: each zone file exports its cited specs and their results.
 *
 * - rate = part / whole; growth = current / previous - 1; count = the figure itself.
 * - `percent` = rate x 100 rounded half-up to one decimal (`'93.0'`); `display` groups
 *   thousands and marks growth with its sign (`'+1,396.4%'`).
 * - A target check compares the exact value (never the rounded percentage) with its
 *   threshold, inclusive as "以上" reads (`>= 0.50`).
 *
 * @module
 */
import type { Citation, Label, SourceDocument } from '../../engine/citation';
import { Decimal } from '../../models/decimal';
import { roundTo } from '../../models/rounding';

/**
 * What an indicator measures, from exact decimal strings (counts too).
 *
 * @example
 * const m: IndicatorMeasure = { kind: 'rate', part: '186', whole: '200' };
 */
export type IndicatorMeasure =
  | { kind: 'rate'; part: string; whole: string }
  | { kind: 'growth'; previous: string; current: string }
  | { kind: 'count'; value: string };

/**
 * A threshold the value is checked against: a reported floor ("恢复到75%以上") or a target
 * ("2020年...达到50%以上"), inclusive.
 *
 * @example
 * const t: IndicatorTarget = { atLeast: '0.50', label: { zh: '2020年目标', en: '2020 target' } };
 */
export interface IndicatorTarget {
  atLeast: string;
  label: Label;
}

/**
 * One indicator as cited data. `illustrative` is true when the inputs are ours (the seed
 * gives only the resulting percentage: the inputs are chosen to reproduce it exactly);
 * `reported` is the seed's own figure as printed.
 *
 * @example
 * const s: IndicatorSpec = { id: 'yinchuan.resumptionRate', label: { zh: '开工率', en: 'Resumption rate' },
 *   cite: { document: 'yinchuanSeed2020', article: '¶1', quote: '开工率达93%' },
 *   measure: { kind: 'rate', part: '186', whole: '200' }, illustrative: false, reported: '93%' };
 */
export interface IndicatorSpec {
  id: string;
  label: Label;
  cite: Citation;
  measure: IndicatorMeasure;
  illustrative: boolean;
  reported?: string;
  target?: IndicatorTarget;
}

/**
 * An indicator's result: the exact value as a decimal string, the percentage (rates and
 * growth; `null` for counts), the display text, and the target check when there is one.
 *
 * @example
 * const r: IndicatorResult = { id: 'yinchuan.resumptionRate', kind: 'rate', value: '0.93', percent: '93.0', display: '93.0%',
 *   target: null, illustrative: false, label: { zh: '开工率', en: 'Resumption rate' }, cite: { document: 'd', article: '¶1' } };
 */
export interface IndicatorResult {
  id: string;
  kind: IndicatorMeasure['kind'];
  label: Label;
  cite: Citation;
  illustrative: boolean;
  reported?: string;
  value: string;
  percent: string | null;
  display: string;
  target: { atLeast: string; label: Label; met: boolean } | null;
}

function decimalOf(text: string, what: string): Decimal {
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new TypeError(`${what}: "${text}" is not a decimal`);
  return new Decimal(text);
}

function nonZero(text: string, what: string): Decimal {
  const d = decimalOf(text, what);
  if (d.isZero()) throw new RangeError(`${what} is 0: the indicator is undefined`);
  return d;
}

/**
 * The exact value of a measure: part / whole, current / previous - 1, or the count. A zero
 * whole or previous value is an error (the data is ours to fix), never a silent 0.
 *
 * @example
 * measureValue({ kind: 'growth', previous: '1000', current: '4704' }).toString(); // '3.704'
 */
export function measureValue(m: IndicatorMeasure): Decimal {
  switch (m.kind) {
    case 'rate':
      return decimalOf(m.part, 'part').div(nonZero(m.whole, 'whole'));
    case 'growth':
      return decimalOf(m.current, 'current').div(nonZero(m.previous, 'previous')).minus(1);
    case 'count':
      return decimalOf(m.value, 'count');
  }
}

/**
 * Groups the integer digits of a decimal text by thousands.
 *
 * @example
 * groupThousands('1396.4'); // '1,396.4'
 * groupThousands('-4092'); // '-4,092'
 */
export function groupThousands(text: string): string {
  const [int = '', frac] = text.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * A rate as a percentage to one decimal, rounded half-up (away from zero).
 *
 * @example
 * percentText(new Decimal('0.93')); // '93.0'
 * percentText(new Decimal('0.99995')); // '100.0'
 */
export function percentText(rate: Decimal): string {
  return roundTo(rate.times(100), 1, 'half-up').toFixed(1);
}

/**
 * Evaluates one indicator.
 *
 * @example
 * evaluateIndicator({ id: 'x', label: { zh: '开工率', en: 'Resumption rate' }, cite: { document: 'd', article: '¶1' },
 *   measure: { kind: 'rate', part: '186', whole: '200' }, illustrative: false }).display; // '93.0%'
 */
export function evaluateIndicator(spec: IndicatorSpec): IndicatorResult {
  const value = measureValue(spec.measure);
  const kind = spec.measure.kind;
  const percent = kind === 'count' ? null : percentText(value);
  const sign = kind === 'growth' && value.gt(0) ? '+' : '';
  const display = percent === null ? groupThousands(value.toFixed()) : `${sign}${groupThousands(percent)}%`;
  const target = spec.target ? { atLeast: spec.target.atLeast, label: spec.target.label, met: value.gte(decimalOf(spec.target.atLeast, 'target')) } : null;
  return {
    id: spec.id,
    kind,
    label: spec.label,
    cite: spec.cite,
    illustrative: spec.illustrative,
    ...(spec.reported !== undefined ? { reported: spec.reported } : {}),
    value: value.toFixed(),
    percent,
    display,
    target,
  };
}

/**
 * A zone's indicators with the seed item they come from.
 *
 * @example
 * const z: ZoneIndicators = { zone: 'yinchuan', name: { zh: '银川高新区', en: 'Yinchuan High-tech Zone' }, source: doc, indicators: [] };
 */
export interface ZoneIndicators {
  zone: string;
  name: Label;
  source: SourceDocument;
  indicators: readonly IndicatorResult[];
}

/**
 * Evaluates a zone's specs; every spec must cite the zone's source document.
 *
 * @example
 * evaluateZone('yinchuan', { zh: '银川高新区', en: 'Yinchuan High-tech Zone' }, doc, specs).indicators.length; // specs.length
 */
export function evaluateZone(zone: string, name: Label, source: SourceDocument, specs: readonly IndicatorSpec[]): ZoneIndicators {
  for (const s of specs) if (s.cite.document !== source.id) throw new Error(`indicator ${s.id} cites ${s.cite.document}, not ${source.id}`);
  return { zone, name, source, indicators: specs.map(evaluateIndicator) };
}
