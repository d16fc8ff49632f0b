import { describe, it, expect } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { lookupBand } from '../../src/rules/band-table';
import { HNTE_GROWTH_BANDS } from '../../src/policies/cn/hnte-2016-innovation';
import { criterionOf, eval2016, firm, fy, without } from './hnte-fixtures';

type Sub = { ip: number; conversion: number; rdManagement: number };
const ZERO: Sub = { ip: 0, conversion: 0, rdManagement: 0 };

/**
 * A firm (evaluated 2020-06-01, registered 2015) scored from sub-scores: net assets over
 * 2017..2019 as given, sales flat at 40,000,000 (sales rate 0, scoring 0) unless given.
 */
function scored(netAssets: readonly [string, string, string], sub: Sub = ZERO, sales: readonly [string, string, string] = ['40000000', '40000000', '40000000']) {
  const financials = [2017, 2018, 2019].map((y, i) => fy(y, { netAssets: netAssets[i] as string, salesRevenue: sales[i] as string }));
  return eval2016({ ...without(firm(), 'innovationScore'), innovation: sub, financials });
}
const growthOf = (netAssets: readonly [string, string, string]) => scored(netAssets).outputs['innovationScore'];

describe('growth bands (工作指引): >= 0.35 9..10, >= 0.25 7..8, >= 0.15 5..6, >= 0.05 3..4, > 0 1..2, else 0', () => {
  it('looks up every edge exactly', () => {
    const at = (x: string) => lookupBand(HNTE_GROWTH_BANDS, new Decimal(x))?.value.toString();
    expect([at('0.35'), at('0.3499999999'), at('0.25'), at('0.15'), at('0.05'), at('0.0000001'), at('0'), at('-0.5')]).toEqual([
      '9..10', '7..8', '7..8', '5..6', '3..4', '1..2', '0', '0',
    ]);
  });
});

describe('growth rate = 1/2 (V2/V1 + V3/V2) - 1 over Y-3..Y-1, scored from the firm’s figures', () => {
  it('10,000,000 -> 12,000,000 -> 15,000,000: (144 + 150) / 240 - 1 = 0.225 -> 5..6', () => {
    expect(growthOf(['10000000', '12000000', '15000000'])).toEqual({ lo: '5', hi: '6' });
  });

  it('exactly 0.05 (100,000,000 -> 100,000,000 -> 110,000,000) -> 3..4; one fen less -> 1..2', () => {
    expect(growthOf(['100000000', '100000000', '110000000'])).toEqual({ lo: '3', hi: '4' });
    expect(growthOf(['100000000', '100000000', '109999999.99'])).toEqual({ lo: '1', hi: '2' });
  });

  it('an exact 0.35 made of non-terminating quotients (3/9 + 7.1/3 = 2.7) -> 9..10', () => {
    expect(growthOf(['9000000', '3000000', '7100000'])).toEqual({ lo: '9', hi: '10' });
  });

  it('V1 = 0 uses the last two years: 20,000,000 -> 27,000,000 is 0.35 -> 9..10; one fen less -> 7..8', () => {
    expect(growthOf(['0', '20000000', '27000000'])).toEqual({ lo: '9', hi: '10' });
    expect(growthOf(['0', '20000000', '26999999.99'])).toEqual({ lo: '7', hi: '8' });
  });

  it('scores 0 for a rate of 0, a negative rate, V2 = 0, or a negative value', () => {
    expect(growthOf(['10000000', '10000000', '10000000'])).toEqual({ lo: '0', hi: '0' });
    expect(growthOf(['15000000', '12000000', '10000000'])).toEqual({ lo: '0', hi: '0' }); // 294/360 - 1 < 0
    expect(growthOf(['10000000', '0', '15000000'])).toEqual({ lo: '0', hi: '0' });
    expect(growthOf(['-1000000', '10000000', '15000000'])).toEqual({ lo: '0', hi: '0' });
  });

  it('adds both rates: net assets 0.225 (5..6) + sales 0.225 (5..6) = 10..12', () => {
    const r = scored(['10000000', '12000000', '15000000'], ZERO, ['20000000', '25000000', '30000000']);
    expect(r.outputs['innovationScore']).toEqual({ lo: '10', hi: '12' });
  });
});

describe('innovation total = ip + conversion + rdManagement + growth, passing only above 70 for every pick', () => {
  const growth10to12 = (ip: number) => scored(['10000000', '12000000', '15000000'], { ip, conversion: 22, rdManagement: 14 }, ['20000000', '25000000', '30000000']);

  it('24 + 22 + 14 + 10..12 = 70..72 straddles 70: undetermined, nothing missing, with a reason', () => {
    const r = growth10to12(24);
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual([]);
    expect(r.failed).toEqual([]);
    const c = criterionOf(r, 'innovationScore');
    expect(c?.result).toBe('unknown');
    expect(c?.reason).toMatch(/within the experts' band/);
    expect(r.outputs['innovationScore']).toEqual({ lo: '70', hi: '72' });
  });

  it('71..73 passes; 68..70 fails (70 is not above 70)', () => {
    expect(growth10to12(25).status).toBe('eligible');
    const low = growth10to12(22);
    expect(low.failed).toEqual(['innovationScore']);
    expect(low.outputs['innovationScore']).toEqual({ lo: '68', hi: '70' });
  });

  it('a missing sub-score or growth figure is reported by path', () => {
    const r = eval2016({ ...without(firm(), 'innovationScore'), innovation: { ip: 24, conversion: 22 } });
    expect(r.missing).toEqual(['innovation.rdManagement']);
    const f = eval2016({ ...without(firm(), 'innovationScore'), innovation: { ip: 30, conversion: 30, rdManagement: 20 }, financials: [fy(2017, { netAssets: null }), fy(2018), fy(2019)] });
    expect(f.missing).toEqual(['financials[2017].netAssets']);
  });
});

describe('young firms: the window is cut to the years since registration', () => {
  const base = without(firm(), 'innovationScore');

  it('registered in Y-1 (2019): one-year window, growth 0, nothing before 2019 asked for', () => {
    const young = { ...base, registeredOn: '2019-03-01', financials: [fy(2019)], innovation: { ip: 30, conversion: 30, rdManagement: 20 } };
    const r = eval2016(young);
    expect(r.status).toBe('eligible');
    expect(r.outputs['rdRatio']).toBe('0.0600'); // 2,400,000 / 40,000,000
    expect(r.outputs['innovationScore']).toEqual({ lo: '80', hi: '80' });
    const weak = eval2016({ ...young, innovation: { ip: 24, conversion: 22, rdManagement: 14 } });
    expect(weak.failed).toEqual(['innovationScore']); // 60 + 0
  });

  it('registered in Y-2 (2018): two-year window, growth V3/V2 - 1 (net assets +50% -> 9..10, sales +10% -> 3..4)', () => {
    const financials = [fy(2018), fy(2019, { netAssets: '15000000', salesRevenue: '44000000' })];
    const r = eval2016({ ...base, registeredOn: '2018-07-01', financials, innovation: { ip: 24, conversion: 22, rdManagement: 14 } });
    expect(r.status).toBe('eligible');
    expect(r.outputs['innovationScore']).toEqual({ lo: '72', hi: '74' });
    // R&D 4,800,000 / 84,000,000 = 0.05714285714285...
    expect(r.outputs['rdRatio']).toBe('0.0571428571');
  });

  it('registered in Y-2 without its first year: exactly that year’s figures are missing', () => {
    const r = eval2016(firm({ registeredOn: '2018-07-01', financials: [fy(2019)] }));
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['financials[2018].rdExpense', 'financials[2018].rdExpenseDomestic', 'financials[2018].salesRevenue']);
  });
});
