import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../../src/models/decimal';
import {
  BAOTOU_SEED_2020, HANGZHOU_SEED_2020, YINCHUAN_SEED_2020, ZONE_INDICATORS, baotouIndicators2020, evaluateIndicator, evaluateZone,
  findIndicator, groupThousands, hangzhouIndicators2020, measureValue, percentText, yinchuanIndicators2020, type IndicatorSpec,
} from '../../../src/index';

const byId = (id: string) => {
  const r = findIndicator(id);
  if (!r) throw new Error(`no indicator ${id}`);
  return r;
};
const spec = (measure: IndicatorSpec['measure'], target?: IndicatorSpec['target']): IndicatorSpec => ({
  id: 't', label: { zh: '测', en: 'Test' }, cite: { document: 'd', article: '¶1' }, measure, illustrative: true, ...(target ? { target } : {}),
});

describe('zone indicators: the seed figures (DOMAIN §9)', () => {
  it('Yinchuan: 186 of 200 firms resumed = 0.93 -> 93.0%, 4,092 workers (all from the seed)', () => {
    expect(byId('yinchuan.resumptionRate')).toMatchObject({ value: '0.93', percent: '93.0', display: '93.0%', illustrative: false, reported: '93%' });
    expect(byId('yinchuan.workers')).toMatchObject({ kind: 'count', value: '4092', percent: null, display: '4,092' });
    expect(yinchuanIndicators2020.indicators.map((i) => i.display)).toEqual(['200', '186', '93.0%', '4,092']);
    expect(yinchuanIndicators2020.indicators.every((i) => !i.illustrative)).toBe(true);
  });

  it('Baotou: 99.0% resumed, capacity 75.0% (>= 75%), value added +9.4%, emerging 50.0% meets the >= 50% target', () => {
    // 198/200 = 0.99; 7,500/10,000 = 0.75; 547,000/500,000 - 1 = 0.094; 5,000/10,000 = 0.5
    expect(baotouIndicators2020.indicators.map((i) => [i.value, i.display])).toEqual([['0.99', '99.0%'], ['0.75', '75.0%'], ['0.094', '+9.4%'], ['0.5', '50.0%']]);
    expect(byId('baotou.capacityRecovered').target).toMatchObject({ atLeast: '0.75', met: true });
    expect(byId('baotou.emergingIndustryShare').target).toMatchObject({ atLeast: '0.50', met: true });
    expect(baotouIndicators2020.indicators.every((i) => i.illustrative)).toBe(true);
  });

  it('Hangzhou: growth = current / previous - 1 reproduces 370.4%, 298.3%, 1,396.4% exactly', () => {
    // 4,704 / 1,000 - 1 = 3.704; 3,983 / 1,000 - 1 = 2.983; 14,964 / 1,000 - 1 = 13.964
    expect(hangzhouIndicators2020.indicators.map((i) => [i.value, i.percent, i.display])).toEqual([
      ['3.704', '370.4', '+370.4%'], ['2.983', '298.3', '+298.3%'], ['13.964', '1396.4', '+1,396.4%'],
    ]);
  });

  it('every indicator cites its zone seed item, with a quote containing the printed figure', () => {
    for (const z of ZONE_INDICATORS) {
      for (const i of z.indicators) {
        expect(i.cite.document).toBe(z.source.id);
        expect(i.cite.quote).toBeTruthy();
        if (i.reported !== undefined) expect(i.cite.quote).toContain(i.reported.replace(/[家人]$/, ''));
      }
    }
    expect([HANGZHOU_SEED_2020.issuer, YINCHUAN_SEED_2020.issuer, BAOTOU_SEED_2020.issuer]).toEqual(['张留', '本报讯（刘鹏辉 何佳 杨学峰）', '贾婷婷']);
    expect(ZONE_INDICATORS.map((z) => z.zone)).toEqual(['hangzhou', 'yinchuan', 'baotou']);
  });

  it('the printed percentage is the exact value rounded to one decimal', () => {
    for (const z of ZONE_INDICATORS) {
      for (const i of z.indicators) {
        if (i.percent === null || i.reported === undefined) continue;
        const printed = new Decimal(i.reported.replace(/%.*$/, ''));
        expect(new Decimal(i.percent).eq(printed)).toBe(true);
      }
    }
  });
});

describe('zone indicators: exact arithmetic and display', () => {
  it('rounds half-up at one decimal, on the exact value', () => {
    expect(percentText(new Decimal('0.12345'))).toBe('12.3');
    expect(percentText(new Decimal('0.12355'))).toBe('12.4'); // 12.355 -> 12.4 (half-up)
    expect(percentText(new Decimal('0.00049'))).toBe('0.0');
    expect(percentText(new Decimal('-0.12355'))).toBe('-12.4'); // away from zero
    expect(percentText(new Decimal(1).div(3))).toBe('33.3');
  });

  it('groups thousands and signs growth', () => {
    expect([groupThousands('1396.4'), groupThousands('999'), groupThousands('1234567.89'), groupThousands('-4092')]).toEqual(['1,396.4', '999', '1,234,567.89', '-4,092']);
    expect(evaluateIndicator(spec({ kind: 'growth', previous: '100', current: '95' })).display).toBe('-5.0%');
    expect(evaluateIndicator(spec({ kind: 'growth', previous: '100', current: '100' })).display).toBe('0.0%');
  });

  it('checks targets on the exact value, inclusive: 0.4999 misses 0.50 though shown as 50.0%', () => {
    const near = evaluateIndicator(spec({ kind: 'rate', part: '4999', whole: '10000' }, { atLeast: '0.50', label: { zh: '目标', en: 'Target' } }));
    expect([near.display, near.target?.met]).toEqual(['50.0%', false]);
    const at = evaluateIndicator(spec({ kind: 'rate', part: '5000', whole: '10000' }, { atLeast: '0.50', label: { zh: '目标', en: 'Target' } }));
    expect(at.target?.met).toBe(true);
  });

  it('a zero whole or previous value, or a non-decimal input, is an error', () => {
    expect(() => measureValue({ kind: 'rate', part: '1', whole: '0' })).toThrow(RangeError);
    expect(() => measureValue({ kind: 'growth', previous: '0', current: '1' })).toThrow(RangeError);
    expect(() => measureValue({ kind: 'count', value: '1e3' })).toThrow(TypeError);
  });

  it('a spec citing another document than its zone source is rejected', () => {
    expect(() => evaluateZone('x', { zh: '区', en: 'Zone' }, { id: 'other', title: { zh: '文', en: 'Doc' } }, [spec({ kind: 'count', value: '1' })])).toThrow(/cites d, not other/);
  });

  it('property: growth is exact, so current = previous x (1 + growth) and the percentage is within 0.05 of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000_000 }), (previous, current) => {
        const r = evaluateIndicator(spec({ kind: 'growth', previous: String(previous), current: String(current) }));
        const growth = new Decimal(r.value);
        expect(new Decimal(previous).times(growth.plus(1)).minus(current).abs().lte('1e-30')).toBe(true);
        expect(new Decimal(r.percent as string).minus(growth.times(100)).abs().lte('0.05')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
