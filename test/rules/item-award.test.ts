import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { capSum } from '../../src/rules/caps';
import { ItemAwardConfigSchema, combined, fixedIf, perUnit, rateOfBase, staged, type ItemAward } from '../../src/rules/item-award';

const d = (s: string) => new Decimal(s);
const show = (a: ItemAward) => [a.amount.toFixed(2), a.uncapped.toFixed(2), a.cappedBy];

/** DOMAIN §7, Ankang 2019 (illustrative schedule), through the helpers. */
const techTransformation = (investment: string) => rateOfBase({ base: d(investment), rate: '0.08', minBase: '2000000', cap: '1000000' });
const newProduct = (rd: string) => rateOfBase({ base: d(rd), rate: '0.10', cap: '500000' });
const talent = (n: number) => perUnit({ count: n, amountEach: '30000', cap: '300000' });
const techTransfer = (contract: string) => rateOfBase({ base: d(contract), rate: '0.05', cap: '300000' });
const hnte = (first: boolean) => fixedIf({ condition: first, amount: '200000', otherwise: '100000' });
const ip = (inventions: number, utility: number) =>
  combined([perUnit({ count: inventions, amountEach: '10000' }), perUnit({ count: utility, amountEach: '1000' })], { cap: '200000' });
const LISTING = { shareholdingReform: '500000', filingAccepted: '1000000', listed: '1500000' } as const;
const listing = (stage: keyof typeof LISTING) => staged({ stage, amounts: LISTING });
const marketExpansion = (fees: string) => rateOfBase({ base: d(fees), rate: '0.5', cap: '100000' });

describe('techTransformation: 8% of equipment investment from 2,000,000, cap 1,000,000', () => {
  it('below the threshold pays nothing', () => {
    expect(show(techTransformation('1999999.99'))).toEqual(['0.00', '0.00', null]);
  });
  it('at the threshold: 2,000,000 x 0.08 = 160,000.00', () => {
    expect(show(techTransformation('2000000'))).toEqual(['160000.00', '160000.00', null]);
  });
  it('12,500,000 x 0.08 = 1,000,000.00 exactly: at the cap, not capped', () => {
    expect(show(techTransformation('12500000'))).toEqual(['1000000.00', '1000000.00', null]);
  });
  it('rounded before capping: 12,500,000.06 x 0.08 = 1,000,000.0048 -> 1,000,000.00, not capped', () => {
    expect(show(techTransformation('12500000.06'))).toEqual(['1000000.00', '1000000.00', null]);
  });
  it('12,500,000.07 x 0.08 = 1,000,000.0056 -> 1,000,000.01 -> capped', () => {
    expect(show(techTransformation('12500000.07'))).toEqual(['1000000.00', '1000000.01', 'cap']);
  });
  it('13,000,000 x 0.08 = 1,040,000.00 -> capped to 1,000,000.00', () => {
    expect(show(techTransformation('13000000'))).toEqual(['1000000.00', '1040000.00', 'cap']);
  });
});

describe('newProduct: 10% of R&D expense, cap 500,000', () => {
  it('around the cap: 5,000,000 -> 500,000; 5,000,000.04 -> 500,000.004 -> 500,000.00; 5,000,000.05 -> 500,000.01 capped', () => {
    expect(show(newProduct('5000000'))).toEqual(['500000.00', '500000.00', null]);
    expect(show(newProduct('5000000.04'))).toEqual(['500000.00', '500000.00', null]);
    expect(show(newProduct('5000000.05'))).toEqual(['500000.00', '500000.01', 'cap']);
  });
  it('half-up to the fen: 0.05 x 0.10 = 0.005 -> 0.01; 0.04 -> 0.004 -> 0.00', () => {
    expect(newProduct('0.05').amount.toFixed(2)).toBe('0.01');
    expect(newProduct('0.04').amount.toFixed(2)).toBe('0.00');
  });
});

describe('talent: 30,000 each, cap 300,000', () => {
  it('0 -> 0; 9 -> 270,000; 10 -> 300,000 (at the cap); 11 -> 330,000 capped', () => {
    expect(show(talent(0))).toEqual(['0.00', '0.00', null]);
    expect(show(talent(9))).toEqual(['270000.00', '270000.00', null]);
    expect(show(talent(10))).toEqual(['300000.00', '300000.00', null]);
    expect(show(talent(11))).toEqual(['300000.00', '330000.00', 'cap']);
  });
  it('rejects a fractional or negative count', () => {
    expect(() => talent(1.5)).toThrow(RangeError);
    expect(() => talent(-1)).toThrow(RangeError);
  });
});

describe('techTransfer: 5% of contract amount, cap 300,000', () => {
  it('6,000,000 -> 300,000; 6,000,000.09 -> 300,000.0045 -> 300,000.00; 6,000,000.10 -> 300,000.005 -> 300,000.01 capped', () => {
    expect(show(techTransfer('6000000'))).toEqual(['300000.00', '300000.00', null]);
    expect(show(techTransfer('6000000.09'))).toEqual(['300000.00', '300000.00', null]);
    expect(show(techTransfer('6000000.10'))).toEqual(['300000.00', '300000.01', 'cap']);
  });
});

describe('hnte: 200,000 first recognition, 100,000 renewal', () => {
  it('first and renewal', () => {
    expect(show(hnte(true))).toEqual(['200000.00', '200000.00', null]);
    expect(show(hnte(false))).toEqual(['100000.00', '100000.00', null]);
  });
  it('no otherwise -> 0', () => {
    expect(fixedIf({ condition: false, amount: '5' }).amount.toString()).toBe('0');
  });
});

describe('ip: 10,000 per invention patent, 1,000 per utility model, cap 200,000 together', () => {
  it('19 x 10,000 + 10 x 1,000 = 200,000 (at the cap); 20 + 1 -> 201,000 capped; 3 + 4 = 34,000', () => {
    expect(show(ip(19, 10))).toEqual(['200000.00', '200000.00', null]);
    expect(show(ip(20, 1))).toEqual(['200000.00', '201000.00', 'cap']);
    expect(show(ip(3, 4))).toEqual(['34000.00', '34000.00', null]);
  });
});

describe('listing: 500,000 / 1,000,000 / 1,500,000 by stage', () => {
  it('each stage', () => {
    expect(listing('shareholdingReform').amount.toFixed(2)).toBe('500000.00');
    expect(listing('filingAccepted').amount.toFixed(2)).toBe('1000000.00');
    expect(listing('listed').amount.toFixed(2)).toBe('1500000.00');
  });
  it('an unknown stage is an error, not 0', () => {
    const amounts: Record<string, string> = { ...LISTING };
    expect(() => staged<string>({ stage: 'ipo', amounts })).toThrow(/unknown stage ipo/);
  });
});

describe('marketExpansion: 50% of exhibition fees, cap 100,000', () => {
  it('199,999.99 -> 99,999.995 -> 100,000.00 (not capped); 200,000 -> 100,000; 200,000.01 -> 100,000.005 -> 100,000.01 capped', () => {
    expect(show(marketExpansion('199999.99'))).toEqual(['100000.00', '100000.00', null]);
    expect(show(marketExpansion('200000'))).toEqual(['100000.00', '100000.00', null]);
    expect(show(marketExpansion('200000.01'))).toEqual(['100000.00', '100000.01', 'cap']);
  });
  it('199,999.97 -> 99,999.985 -> 99,999.99', () => {
    expect(marketExpansion('199999.97').amount.toFixed(2)).toBe('99999.99');
  });
});

describe('per-applicant annual cap of 2,000,000 over the items', () => {
  it('1,000,000 + 500,000 + 300,000 + 200,000 = 2,000,000 exactly -> not capped; + 100,000 renewal -> capped', () => {
    const items = [techTransformation('13000000'), newProduct('6000000'), talent(12), ip(20, 0)];
    const at = capSum(items.map((i) => i.amount), '2000000', 'applicantAnnualCap');
    expect([at.value.toFixed(2), at.boundBy]).toEqual(['2000000.00', null]);
    const over = capSum([...items, hnte(false)].map((i) => i.amount), '2000000', 'applicantAnnualCap');
    expect([over.before.toFixed(2), over.value.toFixed(2), over.boundBy]).toEqual(['2100000.00', '2000000.00', 'applicantAnnualCap']);
  });
});

describe('properties', () => {
  const fen = fc.bigInt({ min: 0n, max: 10n ** 11n }).map((n) => new Decimal(n.toString()).div(100));
  it('rateOfBase: amount = min(round(base x rate), cap), at the fen, and cappedBy iff uncapped > cap', () => {
    fc.assert(
      fc.property(fen, fc.integer({ min: 0, max: 10000 }), fen, (base, bp, cap) => {
        const rate = new Decimal(bp).div(10000);
        const a = rateOfBase({ base, rate, cap });
        expect(a.amount.lte(cap) && a.amount.lte(a.uncapped)).toBe(true);
        expect(a.amount.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(a.cappedBy === 'cap').toBe(a.uncapped.gt(cap));
      }),
    );
  });
});

describe('ItemAwardConfigSchema', () => {
  it('parses each kind; parsed data feeds the helpers', () => {
    const c = ItemAwardConfigSchema.parse({ kind: 'rateOfBase', rate: '0.08', minBase: '2000000', cap: '1000000' });
    if (c.kind !== 'rateOfBase') throw new Error('kind');
    expect(rateOfBase({ ...c, base: d('13000000') }).cappedBy).toBe('cap');
    expect(ItemAwardConfigSchema.parse({ kind: 'perUnit', amountEach: '30000', cap: '300000' }).kind).toBe('perUnit');
    expect(ItemAwardConfigSchema.parse({ kind: 'staged', amounts: LISTING }).kind).toBe('staged');
    expect(ItemAwardConfigSchema.parse({ kind: 'fixedIf', amount: '200000', otherwise: '100000' }).kind).toBe('fixedIf');
  });
  it('rejects unknown kinds, sub-fen money, numbers', () => {
    expect(ItemAwardConfigSchema.safeParse({ kind: 'bonus', amount: '1' }).success).toBe(false);
    expect(ItemAwardConfigSchema.safeParse({ kind: 'perUnit', amountEach: '0.001' }).success).toBe(false);
    expect(ItemAwardConfigSchema.safeParse({ kind: 'perUnit', amountEach: 30000 }).success).toBe(false);
  });
});
