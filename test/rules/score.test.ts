import { describe, it, expect } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { Interval } from '../../src/engine/interval';
import { scoreCard, ScoreCardSchema, type ScoreCard, type ScoreInputs } from '../../src/rules/score';
import { hnteGrowth, smeIpClassI, smeIpClassII, smeRdCosts, smeRdSales, smeStaff } from './band-fixtures';

const d = (s: string | number) => new Decimal(s);

/** DOMAIN §3: staff + higher of the two R&D items + results; total >= 60 and the staff item > 0. */
const techSmeCard: ScoreCard = ScoreCardSchema.parse({
  kind: 'scoreCard',
  items: [
    { id: 'staff', kind: 'band', input: 'stStaffShare', table: smeStaff },
    { id: 'rdSales', kind: 'band', input: 'rdSalesRatio', table: smeRdSales },
    { id: 'rdCosts', kind: 'band', input: 'rdCostsRatio', table: smeRdCosts },
    { id: 'rd', kind: 'higherOf', of: ['rdSales', 'rdCosts'] },
    { id: 'ipClassI', kind: 'band', input: 'ip.classI', table: smeIpClassI },
    { id: 'ipClassII', kind: 'band', input: 'ip.classII', table: smeIpClassII },
    { id: 'ip', kind: 'higherOf', of: ['ipClassI', 'ipClassII'] },
  ],
  total: { of: ['staff', 'rd', 'ip'], passMark: { value: '60', strict: false } },
  vetoes: [{ item: 'staff', mustBe: '>', value: '0' }],
});

/** DOMAIN §2: expert sub-scores + two growth bands; pass mark "> 70" (不含70分). */
const hnteCard: ScoreCard = ScoreCardSchema.parse({
  kind: 'scoreCard',
  items: [
    { id: 'ip', kind: 'input', input: 'innovation.ip', range: { lo: '0', hi: '30' } },
    { id: 'conversion', kind: 'input', input: 'innovation.conversion', range: { lo: '0', hi: '30' } },
    { id: 'rdManagement', kind: 'input', input: 'innovation.rdManagement', range: { lo: '0', hi: '20' } },
    { id: 'netAssetsGrowth', kind: 'band', input: 'netAssetsGrowth', table: hnteGrowth },
    { id: 'salesGrowth', kind: 'band', input: 'salesGrowth', table: hnteGrowth },
  ],
  total: { of: ['ip', 'conversion', 'rdManagement', 'netAssetsGrowth', 'salesGrowth'], passMark: { value: '70', strict: true } },
});

const sme = (x: Record<string, string | null>): ScoreInputs =>
  Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v === null ? null : d(v)]));
const value = (r: ReturnType<typeof scoreCard>, id: string) => r.items.find((i) => i.id === id)?.value?.toString() ?? null;

describe('tech-SME score card', () => {
  it('DOMAIN E1: staff 15/120 = 0.125 -> 4; R&D 1.8M/30M = 0.06 -> 50; class I -> 30; 84 passes', () => {
    const r = scoreCard(techSmeCard, {
      stStaffShare: d(15).div(120),
      rdSalesRatio: d('1800000').div('30000000'),
      rdCostsRatio: d('1800000').div('26000000'), // 0.0692 -> 0
      'ip.classI': d(1),
      'ip.classII': d(3),
    });
    expect(['staff', 'rdSales', 'rdCosts', 'rd', 'ip'].map((id) => value(r, id))).toEqual(['4', '50', '0', '50', '30']);
    expect(r.total.toString()).toBe('84..84');
    expect(r).toMatchObject({ passed: 'pass', vetoedBy: [], missing: [] });
    expect(r.items[0]).toEqual({ id: 'staff', value: d(4), range: Interval.point(d(4)), band: 4 });
  });

  it('R&D is the higher of the two ratios', () => {
    const r = scoreCard(techSmeCard, sme({ stStaffShare: '0.30', rdSalesRatio: '0.02', rdCostsRatio: '0.25', 'ip.classI': '0', 'ip.classII': '0' }));
    expect([value(r, 'rdSales'), value(r, 'rdCosts'), value(r, 'rd')]).toEqual(['10', '40', '40']);
    expect(r.total.toString()).toBe('60..60'); // 20 + 40 + 0 = 60 >= 60
    expect(r.passed).toBe('pass');
  });

  it('IP: class I beats class II; class II counts alone when there is no class I', () => {
    const ip = (classI: string | null, classII: string | null) =>
      value(scoreCard(techSmeCard, sme({ stStaffShare: '0.30', rdSalesRatio: '0', rdCostsRatio: '0', 'ip.classI': classI, 'ip.classII': classII })), 'ip');
    expect([ip('1', '4'), ip('0', '4'), ip('0', '3'), ip('0', '2'), ip('0', '1'), ip('0', '0')]).toEqual(['30', '24', '18', '12', '6', '0']);
    expect(ip('1', null)).toBe('30'); // 30 beats any class II score (at most 24): decided
    expect(ip('0', null)).toBeNull();
    expect(ip(null, '4')).toBeNull(); // class I might still give 30
  });

  it('a staff item of 0 vetoes the card whatever the total', () => {
    const r = scoreCard(techSmeCard, sme({ stStaffShare: '0.0999', rdSalesRatio: '0.06', rdCostsRatio: '0', 'ip.classI': '1', 'ip.classII': '0' }));
    expect(r.total.toString()).toBe('80..80');
    expect(r).toMatchObject({ passed: 'fail', vetoedBy: ['staff'], missing: [] });
  });

  it('missing facts: decided when the known items already decide, unknown otherwise', () => {
    // 20 + 50 + ip in 0..30 = 70..100 >= 60 whatever the IP is
    const passAnyway = scoreCard(techSmeCard, sme({ stStaffShare: '0.30', rdSalesRatio: '0.06', rdCostsRatio: null }));
    expect(passAnyway.total.toString()).toBe('70..100');
    expect(value(passAnyway, 'rd')).toBe('50'); // 50 is the most rdCosts could give: decided
    expect(value(passAnyway, 'ip')).toBeNull();
    expect(passAnyway).toMatchObject({ passed: 'pass', missing: ['ip.classI', 'ip.classII'] });

    // 4 + rd 0..50 + 0 = 4..54 < 60 whatever the R&D is
    const failAnyway = scoreCard(techSmeCard, sme({ stStaffShare: '0.10', rdSalesRatio: null, rdCostsRatio: null, 'ip.classI': '0', 'ip.classII': '0' }));
    expect(failAnyway).toMatchObject({ passed: 'fail', vetoedBy: [], missing: ['rdCostsRatio', 'rdSalesRatio'] });

    // 4 + 0..50 + 6 = 10..60: the R&D decides
    const open = scoreCard(techSmeCard, sme({ stStaffShare: '0.10', 'ip.classI': '0', 'ip.classII': '1' }));
    expect(open.total.toString()).toBe('10..60');
    expect(open.passed).toBe('unknown');

    // staff unknown: total 0..20 + 50 + 30 >= 60, but the veto may still strike
    const veto = scoreCard(techSmeCard, sme({ stStaffShare: null, rdSalesRatio: '0.06', rdCostsRatio: '0', 'ip.classI': '1', 'ip.classII': '0' }));
    expect(veto).toMatchObject({ passed: 'unknown', vetoedBy: [], missing: ['stStaffShare'] });
  });

  it('a known value in no band is an error, not a silent 0', () => {
    const gappy = ScoreCardSchema.parse({
      kind: 'scoreCard',
      items: [{ id: 'x', kind: 'band', input: 'x', table: { kind: 'bands', bands: [{ lo: { value: '0', inclusive: true }, yields: '1' }] } }],
      total: { of: ['x'], passMark: { value: '1', strict: false } },
    });
    expect(() => scoreCard(gappy, { x: d('-0.01') })).toThrow(/falls in no band/);
  });
});

describe('HNTE innovation score card ("> 70")', () => {
  const inputs = (net: string, sales: string, ip = '24'): ScoreInputs => ({
    'innovation.ip': d(ip),
    'innovation.conversion': d(22),
    'innovation.rdManagement': d(14),
    netAssetsGrowth: d(net),
    salesGrowth: d(sales),
  });

  it('60 + growth 9..10 + 0 = 69..70 cannot exceed 70: fail (the experts cannot rescue it)', () => {
    const r = scoreCard(hnteCard, inputs('0.35', '0'));
    expect(r.total.toString()).toBe('69..70');
    expect(r.passed).toBe('fail');
  });

  it('61 + growth 9..10 = 70..71 vs "> 70": unknown, within the experts\' band, nothing missing', () => {
    const r = scoreCard(hnteCard, inputs('0.35', '0', '25'));
    expect(r.total.toString()).toBe('70..71');
    expect(r).toMatchObject({ passed: 'unknown', missing: [] });
    expect(value(r, 'netAssetsGrowth')).toBe('9..10');
  });

  it('60 + 9..10 + 1..2 = 70..72: unknown; 60 + 9..10 + 3..4 = 72..74: pass', () => {
    expect(scoreCard(hnteCard, inputs('0.35', '0.0001')).passed).toBe('unknown');
    expect(scoreCard(hnteCard, inputs('0.35', '0.05')).total.toString()).toBe('72..74');
    expect(scoreCard(hnteCard, inputs('0.35', '0.05')).passed).toBe('pass');
  });

  it('an unknown sub-score spans its declared range; out of range is an error', () => {
    const r = scoreCard(hnteCard, { ...inputs('0.35', '0.35'), 'innovation.ip': null }); // 0..30 + 36 + 18..20
    expect(r.total.toString()).toBe('54..86');
    expect(r).toMatchObject({ passed: 'unknown', missing: ['innovation.ip'] });
    expect(() => scoreCard(hnteCard, inputs('0', '0', '31'))).toThrow(/outside 0\.\.30/);
  });
});

describe('ScoreCardSchema', () => {
  const base = { kind: 'scoreCard', total: { of: ['a'], passMark: { value: '1', strict: false } } };
  const a = { id: 'a', kind: 'input', input: 'a', range: { lo: '0', hi: '1' } };
  it('checks ids and references', () => {
    expect(ScoreCardSchema.safeParse({ ...base, items: [a] }).success).toBe(true);
    expect(ScoreCardSchema.safeParse({ ...base, items: [a, a] }).success).toBe(false); // duplicate id
    expect(ScoreCardSchema.safeParse({ ...base, items: [{ id: 'h', kind: 'higherOf', of: ['a', 'b'] }, a] }).success).toBe(false); // forward ref
    expect(ScoreCardSchema.safeParse({ ...base, items: [a], total: { of: ['z'], passMark: { value: '1', strict: false } } }).success).toBe(false);
    expect(ScoreCardSchema.safeParse({ ...base, items: [a], total: { of: ['a', 'a'], passMark: { value: '1', strict: false } } }).success).toBe(false);
    expect(ScoreCardSchema.safeParse({ ...base, items: [a], vetoes: [{ item: 'z', mustBe: '>', value: '0' }] }).success).toBe(false);
    expect(ScoreCardSchema.safeParse({ ...base, items: [{ ...a, typo: 1 }] }).success).toBe(false);
  });

  it('the DOMAIN cards round-trip through JSON identically', () => {
    for (const card of [techSmeCard, hnteCard]) expect(ScoreCardSchema.parse(JSON.parse(JSON.stringify(card)))).toEqual(card);
  });
});
