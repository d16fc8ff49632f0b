import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { PortfolioTargetConfigSchema, shareOf, weightedAverageRate } from '../../src/rules/portfolio';

const d = (s: string) => new Decimal(s);
const g = (amount: string, rate: string, smallAgri = true) => ({ amount: d(amount), rate: d(rate), smallAgri });

describe('weightedAverageRate', () => {
  it('amount-weighted, not a plain mean', () => {
    // (3,000,000 x 0.01 + 1,000,000 x 0.005) / 4,000,000 = 35,000 / 4,000,000 = 0.00875
    const r = weightedAverageRate([g('3000000', '0.01'), g('1000000', '0.005')], { maxAverageRate: '0.01' });
    expect(r?.value.toString()).toBe('0.00875');
    expect(r?.weightedSum.toString()).toBe('35000');
    expect(r?.totalAmount.toString()).toBe('4000000');
    expect(r?.withinTarget).toBe(true);
    expect(r?.count).toBe(2);
  });

  it('exactly at the target is within it; one fen of weight above is not', () => {
    // (1,000,000 x 0.015 + 1,000,000 x 0.005) / 2,000,000 = 0.01 exactly
    const at = weightedAverageRate([g('1000000', '0.015'), g('1000000', '0.005')], { maxAverageRate: '0.01' });
    expect(at?.value.toString()).toBe('0.01');
    expect(at?.withinTarget).toBe(true);
    // (1,000,000.01 x 0.015 + 1,000,000 x 0.005) / 2,000,000.01: above 0.01 by a hair
    const over = weightedAverageRate([g('1000000.01', '0.015'), g('1000000', '0.005')], { maxAverageRate: '0.01' });
    expect(over?.withinTarget).toBe(false);
  });

  it('thirds: decided exactly even though the value does not terminate', () => {
    // (1 x 0.02 + 2 x 0.005) / 3 = 0.03 / 3 = 0.01 exactly
    const r = weightedAverageRate([g('1', '0.02'), g('2', '0.005')], { maxAverageRate: '0.01' });
    expect(r?.withinTarget).toBe(true);
    // (1 x 0.0101 + 2 x 0.01) / 3 = 0.0301 / 3 = 0.010033... > 0.01
    expect(weightedAverageRate([g('1', '0.0101'), g('2', '0.01')], { maxAverageRate: '0.01' })?.withinTarget).toBe(false);
  });

  it('no target -> withinTarget null; empty or zero-amount batch -> null, never NaN', () => {
    expect(weightedAverageRate([g('1', '0.01')])?.withinTarget).toBeNull();
    expect(weightedAverageRate([])).toBeNull();
    expect(weightedAverageRate([g('0', '0.01')])).toBeNull();
  });

  it('property: the average lies between the lowest and highest rate', () => {
    const item = fc.record({
      amount: fc.bigInt({ min: 1n, max: 10n ** 12n }).map((n) => new Decimal(n.toString()).div(100)),
      rate: fc.integer({ min: 0, max: 30000 }).map((n) => new Decimal(n).div(1_000_000)),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), (batch) => {
        const r = weightedAverageRate(batch, { maxAverageRate: '0.01' });
        const rates = batch.map((b) => b.rate);
        expect(r).not.toBeNull();
        expect(r?.value.gte(Decimal.min(...rates)) && r?.value.lte(Decimal.max(...rates))).toBe(true);
        if (rates.every((x) => x.lte(d('0.01')))) expect(r?.withinTarget).toBe(true);
      }),
    );
  });
});

describe('shareOf', () => {
  const batch = [g('4000000', '0.01', true), g('1000000', '0.01', false)];

  it('支小支农 share by amount: 4,000,000 / 5,000,000 = 0.8 meets ">= 80%" exactly', () => {
    const r = shareOf(batch, (x) => x.smallAgri, { atLeast: '0.8' });
    expect(r?.value.toString()).toBe('0.8');
    expect(r?.matchedAmount.toString()).toBe('4000000');
    expect([r?.matchedCount, r?.count]).toEqual([1, 2]);
    expect(r?.meetsMinimum).toBe(true);
  });

  it('one fen short fails', () => {
    const r = shareOf([g('3999999.99', '0', true), g('1000000', '0', false)], (x) => x.smallAgri, { atLeast: '0.8' });
    expect(r?.meetsMinimum).toBe(false);
  });

  it('share of a share: those <= 5,000,000 among 支小支农', () => {
    const all = [g('5000000', '0'), g('5000000.01', '0'), g('2000000', '0', false)];
    const small = all.filter((x) => x.smallAgri);
    // 5,000,000 / 10,000,000.01 < 0.5
    const r = shareOf(small, (x) => x.amount.lte(d('5000000')), { atLeast: '0.5' });
    expect(r?.meetsMinimum).toBe(false);
    expect(shareOf(small, (x) => x.amount.lt(d('5000000.02')), { atLeast: '0.5' })?.value.toString()).toBe('1');
  });

  it('empty batch -> null; no minimum -> meetsMinimum null', () => {
    expect(shareOf([], () => true)).toBeNull();
    expect(shareOf(batch, () => false)?.meetsMinimum).toBeNull();
    expect(shareOf(batch, () => false)?.value.toString()).toBe('0');
  });
});

describe('PortfolioTargetConfigSchema', () => {
  it('parses the 2019 targets and rejects shares above 1', () => {
    const c = PortfolioTargetConfigSchema.parse({ maxAverageRate: '0.01', minShares: { smallAgri: '0.8', upTo5m: '0.5' } });
    expect(weightedAverageRate([g('1', '0.011')], c)?.withinTarget).toBe(false);
    expect(PortfolioTargetConfigSchema.safeParse({ minShares: { x: '1.5' } }).success).toBe(false);
  });
});
