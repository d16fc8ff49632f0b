import { versionAt, type Parameter } from '../parameter';
import { PolicyError } from '../errors';
import { DECLINE, decline, literalToScaled } from './scaled';
import type { FastEvaluator, FastValue } from './fast-value';

/**
 * Compiles a dated parameter read for the fast path: the version in force at the record's
 * date, scaled once per date. A date no version covers throws the general path's
 * `NotInForceError` (the record then becomes the same error row as there); a value with
 * more decimals than the scale declines.
 *
 * @example
 * const min = fastParam('min', { min: { label: { zh: '下限', en: 'Min' }, cite: { document: 'd', article: '1' }, versions: [{ from: '2016-01-01', value: '0.10' }] } }, 2);
 * min({ facts: {}, asOf: '2020-06-01', defs: [], items: [] }); // 10
 */
export function fastParam(name: string, parameters: Readonly<Record<string, Parameter>>, k: number): FastEvaluator {
  const p = parameters[name];
  if (!p) throw new PolicyError(`unknown parameter ${name}`);
  const cache = new Map<string, FastValue | typeof DECLINE>();
  return (ctx) => {
    let hit = cache.get(ctx.asOf);
    if (hit === undefined) {
      const v = versionAt(name, p, ctx.asOf).value;
      hit = typeof v === 'string' ? (literalToScaled(v, k) ?? DECLINE) : typeof v === 'boolean' ? v : v.text;
      if (cache.size > 4096) cache.clear();
      cache.set(ctx.asOf, hit);
    }
    return hit === DECLINE ? decline() : hit;
  };
}
