import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { FeeRuleConfigSchema, bandFor, guaranteeFee, periodFee, type FeeRule } from '../../src/rules/fees';

const d = (s: string) => new Decimal(s);

/** 国办发〔2019〕6号: 1% for a single guarantee <= 5,000,000 (inclusive), 1.5% above. */
const GOV_2019: FeeRule = FeeRuleConfigSchema.parse({
  bands: [
    { upTo: '5000000', inclusive: true, cap: '0.01' },
    { inclusive: true, cap: '0.015' },
  ],
});
/** Urumqi 2020: at most 1%, extension loans free. */
const URUMQI: FeeRule = FeeRuleConfigSchema.parse({ rateCap: '0.01', zeroRateKinds: ['extension'] });

describe('periodFee', () => {
  it('base x rate x months / 12, half-up to the fen', () => {
    // 3,000,000 x 0.01 x 12 / 12 = 30,000.00
    expect(periodFee(d('3000000'), d('0.01'), 12).toFixed(2)).toBe('30000.00');
    // 1,000,000 x 0.01 x 7 / 12 = 5,833.333... -> 5,833.33
    expect(periodFee(d('1000000'), d('0.01'), 7).toFixed(2)).toBe('5833.33');
    // 1,000,000 x 0.01 x 11 / 12 = 9,166.666... -> 9,166.67
    expect(periodFee(d('1000000'), d('0.01'), 11).toFixed(2)).toBe('9166.67');
    // 0.3 x 0.05 x 12 / 12 = 0.015 -> 0.02 (half-up at an exact tie)
    expect(periodFee(d('0.3'), d('0.05'), 12).toFixed(2)).toBe('0.02');
  });

  it('rejects a fractional or negative term', () => {
    expect(() => periodFee(d('1'), d('0.01'), 1.5)).toThrow(RangeError);
    expect(() => periodFee(d('1'), d('0.01'), -1)).toThrow(RangeError);
  });

  it('property: equals the exact rational fee rounded half-up (integer check)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.integer({ min: 0, max: 50000 }),
        fc.integer({ min: 0, max: 120 }),
        (baseFen, rateBp100, months) => {
          // fee in fen = baseFen x (rate/1e6) x months / 12; half-up on the exact rational
          const num = baseFen * BigInt(rateBp100) * BigInt(months);
          const den = 1_000_000n * 12n;
          const q = num / den;
          const expectedFen = 2n * (num - q * den) >= den ? q + 1n : q;
          const base = new Decimal(baseFen.toString()).div(100);
          const rate = new Decimal(rateBp100).div(1_000_000);
          expect(periodFee(base, rate, months).times(100).toFixed(0)).toBe(expectedFen.toString());
        },
      ),
    );
  });
});

describe('guaranteeFee', () => {
  it('1.5% contract fee on 3,000,000 for 12 months capped to 1%', () => {
    const r = guaranteeFee({ base: d('3000000'), contractRate: d('0.015'), termMonths: 12 }, URUMQI);
    expect(r.rate.toString()).toBe('0.01');
    expect(r.fee.toFixed(2)).toBe('30000.00'); // 3,000,000 x 0.01
    expect(r.feeAtContract.toFixed(2)).toBe('45000.00'); // 3,000,000 x 0.015
    expect(r.waived.toFixed(2)).toBe('15000.00');
    expect(r.rateCappedBy).toBe('cap');
    expect(r.subsidy.toFixed(2)).toBe('0.00');
    expect(r.payable.toFixed(2)).toBe('30000.00');
  });

  it('6,000,000 at 2% takes the 1.5% band above 5,000,000', () => {
    const r = guaranteeFee({ base: d('6000000'), contractRate: d('0.02'), termMonths: 12 }, GOV_2019);
    expect(r.rate.toString()).toBe('0.015');
    expect(r.band).toBe(1);
    expect(r.rateCappedBy).toBe('band');
    expect(r.fee.toFixed(2)).toBe('90000.00'); // 6,000,000 x 0.015
    expect(r.feeAtContract.toFixed(2)).toBe('120000.00'); // 6,000,000 x 0.02
    expect(r.waived.toFixed(2)).toBe('30000.00');
  });

  it('exactly 5,000,000 takes the 1% band (inclusive); 5,000,000.01 the 1.5% band', () => {
    const at = guaranteeFee({ base: d('5000000'), contractRate: d('0.02'), termMonths: 12 }, GOV_2019);
    expect(at.band).toBe(0);
    expect(at.rate.toString()).toBe('0.01');
    expect(at.fee.toFixed(2)).toBe('50000.00');
    const over = guaranteeFee({ base: d('5000000.01'), contractRate: d('0.02'), termMonths: 12 }, GOV_2019);
    expect(over.band).toBe(1);
    expect(over.rate.toString()).toBe('0.015');
    // 5,000,000.01 x 0.015 = 75,000.00015 -> 75,000.00
    expect(over.fee.toFixed(2)).toBe('75000.00');
  });

  it('a contract rate at or under the cap is charged as is', () => {
    const at = guaranteeFee({ base: d('1000000'), contractRate: d('0.01'), termMonths: 6 }, URUMQI);
    expect(at.rateCappedBy).toBeNull();
    expect(at.fee.toFixed(2)).toBe('5000.00'); // 1,000,000 x 0.01 x 6/12
    expect(at.waived.toFixed(2)).toBe('0.00');
    const under = guaranteeFee({ base: d('1000000'), contractRate: d('0.008'), termMonths: 12 }, URUMQI);
    expect(under.rate.toString()).toBe('0.008');
    expect(under.fee.toFixed(2)).toBe('8000.00');
  });

  it('extension loan -> rate 0, the whole contract fee waived', () => {
    const r = guaranteeFee({ base: d('5000000'), contractRate: d('0.012'), termMonths: 12, kind: 'extension' }, URUMQI);
    expect(r.rate.toString()).toBe('0');
    expect(r.rateCappedBy).toBe('zeroRate');
    expect(r.fee.toFixed(2)).toBe('0.00');
    expect(r.feeAtContract.toFixed(2)).toBe('60000.00'); // 5,000,000 x 0.012
    expect(r.waived.toFixed(2)).toBe('60000.00');
    expect(r.payable.toFixed(2)).toBe('0.00');
  });

  it('renewal is not a zero-rate kind', () => {
    const r = guaranteeFee({ base: d('5000000'), contractRate: d('0.012'), termMonths: 12, kind: 'renewal' }, URUMQI);
    expect(r.rate.toString()).toBe('0.01');
  });

  it('key epidemic firm: full subsidy, nothing payable', () => {
    const r = guaranteeFee({ base: d('3000000'), contractRate: d('0.015'), termMonths: 12, subsidyShare: '1' }, URUMQI);
    expect(r.subsidy.toFixed(2)).toBe('30000.00');
    expect(r.payable.toFixed(2)).toBe('0.00');
  });

  it('half subsidy rounds half-up to the fen, the firm pays the rest', () => {
    // 1,000,000 x 0.01 x 7/12 = 5,833.33; x 0.5 = 2,916.665 -> 2,916.67; payable 2,916.66
    const r = guaranteeFee({ base: d('1000000'), contractRate: d('0.01'), termMonths: 7, subsidyShare: '0.5' }, URUMQI);
    expect(r.subsidy.toFixed(2)).toBe('2916.67');
    expect(r.payable.toFixed(2)).toBe('2916.66');
  });

  it('both an overall cap and bands: the lower binds', () => {
    const rule: FeeRule = { rateCap: '0.012', bands: GOV_2019.bands };
    const big = guaranteeFee({ base: d('6000000'), contractRate: d('0.02'), termMonths: 12 }, rule);
    expect([big.rate.toString(), big.rateCappedBy]).toEqual(['0.012', 'cap']);
    const small = guaranteeFee({ base: d('1000000'), contractRate: d('0.02'), termMonths: 12 }, rule);
    expect([small.rate.toString(), small.rateCappedBy]).toEqual(['0.01', 'band']);
  });

  it('rejects a share outside 0..1, negative amounts, and uncovered amounts', () => {
    const g = { base: d('1'), contractRate: d('0.01'), termMonths: 12 };
    expect(() => guaranteeFee({ ...g, subsidyShare: '1.01' }, URUMQI)).toThrow(RangeError);
    expect(() => guaranteeFee({ ...g, base: d('-1') }, URUMQI)).toThrow(RangeError);
    expect(() => guaranteeFee({ ...g, base: d('6') }, { bands: [{ upTo: '5', inclusive: true, cap: '0.01' }] })).toThrow(
      /no fee band covers/,
    );
  });

  it('property: rate <= cap, subsidy + payable = fee, waived = atContract - fee, nothing negative', () => {
    const fen = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => new Decimal(n.toString()).div(100));
    const rate = fc.integer({ min: 0, max: 100000 }).map((n) => new Decimal(n).div(1_000_000));
    const share = fc.integer({ min: 0, max: 10000 }).map((n) => new Decimal(n).div(10000));
    const kind = fc.constantFrom('new', 'renewal', 'extension');
    fc.assert(
      fc.property(fen, rate, fc.integer({ min: 0, max: 60 }), share, kind, fc.boolean(), (base, r, m, s, k, banded) => {
        const rule = banded ? GOV_2019 : URUMQI;
        const res = guaranteeFee({ base, contractRate: r, termMonths: m, subsidyShare: s, kind: k }, rule);
        const cap = banded ? (base.lte(d('5000000')) ? d('0.01') : d('0.015')) : d('0.01');
        expect(res.rate.lte(cap)).toBe(true);
        expect(res.rate.lte(r)).toBe(true);
        expect(res.subsidy.plus(res.payable).eq(res.fee)).toBe(true);
        expect(res.feeAtContract.minus(res.fee).eq(res.waived)).toBe(true);
        for (const v of [res.fee, res.feeAtContract, res.waived, res.subsidy, res.payable]) {
          expect(v.isNeg() && !v.isZero()).toBe(false);
          expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
        }
      }),
    );
  });
});

describe('bandFor and FeeRuleConfigSchema', () => {
  it('exclusive bands read "< upTo"', () => {
    const bands = [
      { upTo: '50000000', inclusive: false, cap: '0.06' },
      { inclusive: true, cap: '0.04' },
    ];
    expect(bandFor(d('49999999.99'), bands)).toBe(0);
    expect(bandFor(d('50000000'), bands)).toBe(1);
  });

  it('rejects bands out of order, an open band not last, unknown keys, numbers', () => {
    const open = { inclusive: true, cap: '0.01' };
    expect(FeeRuleConfigSchema.safeParse({ bands: [open, { ...open, upTo: '5' }] }).success).toBe(false);
    expect(FeeRuleConfigSchema.safeParse({ bands: [{ ...open, upTo: '5' }, { ...open, upTo: '5' }] }).success).toBe(false);
    expect(FeeRuleConfigSchema.safeParse({ rateCap: 0.01 }).success).toBe(false);
    expect(FeeRuleConfigSchema.safeParse({ ratecap: '0.01' }).success).toBe(false);
    expect(() => bandFor(d('1'), [open, { ...open, upTo: '5' }])).toThrow(/not the last band/);
  });

  it('config round-trips through JSON', () => {
    expect(FeeRuleConfigSchema.parse(JSON.parse(JSON.stringify(GOV_2019)))).toEqual(GOV_2019);
  });
});
