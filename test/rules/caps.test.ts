import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { CapConfigSchema, capEach, capSum, clamp } from '../../src/rules/caps';

const d = (s: string) => new Decimal(s);
const fenArb = fc.bigInt({ min: 0n, max: 10n ** 14n }).map((n) => new Decimal(n.toString()).div(100));

describe('clamp', () => {
  it('binds at the cap with its label, records before and after', () => {
    const r = clamp(d('1040000'), { cap: '1000000', label: 'techTransformationCap' });
    expect(r.value.toFixed(2)).toBe('1000000.00');
    expect(r.before.toFixed(2)).toBe('1040000.00');
    expect(r.after.toFixed(2)).toBe('1000000.00');
    expect(r.boundBy).toBe('techTransformationCap');
  });

  it('defaults the label to "cap"', () => {
    expect(clamp(d('3'), { cap: d('2') }).boundBy).toBe('cap');
  });

  it('a value exactly at the cap or floor is not bound', () => {
    expect(clamp(d('1000000'), { cap: '1000000' }).boundBy).toBeNull();
    expect(clamp(d('0'), { floor: '0' }).boundBy).toBeNull();
  });

  it('one fen over the cap is bound', () => {
    const r = clamp(d('1000000.01'), { cap: '1000000' });
    expect(r.boundBy).toBe('cap');
    expect(r.value.toFixed(2)).toBe('1000000.00');
  });

  it('binds at the floor', () => {
    const r = clamp(d('-0.01'), { floor: '0', cap: '10' });
    expect(r.boundBy).toBe('floor');
    expect(r.value.toString()).toBe('0');
    expect(r.before.toString()).toBe('-0.01');
  });

  it('no bounds: unchanged', () => {
    expect(clamp(d('7.5'), {})).toMatchObject({ boundBy: null });
    expect(clamp(d('7.5'), {}).value.toString()).toBe('7.5');
  });

  it('rejects a floor above the cap and malformed strings', () => {
    expect(() => clamp(d('1'), { floor: '2', cap: '1' })).toThrow(RangeError);
    expect(() => clamp(d('1'), { cap: '1e3' })).toThrow(/not a decimal string/);
  });

  it('property: result lies in [floor, cap] and equals x when x does', () => {
    fc.assert(
      fc.property(fenArb, fenArb, fenArb, (x, a, b) => {
        const [floor, cap] = a.lte(b) ? [a, b] : [b, a];
        const r = clamp(x, { floor, cap });
        expect(r.value.gte(floor) && r.value.lte(cap)).toBe(true);
        if (x.gte(floor) && x.lte(cap)) expect(r.value.eq(x) && r.boundBy === null).toBe(true);
      }),
    );
  });
});

describe('capEach', () => {
  it('caps each item separately and totals before/after', () => {
    // 330,000 -> 300,000 (capped); 120,000 stays; 300,000 exactly stays
    const r = capEach([d('330000'), d('120000'), d('300000')], '300000', 'talentCap');
    expect(r.items.map((i) => i.value.toFixed(2))).toEqual(['300000.00', '120000.00', '300000.00']);
    expect(r.items.map((i) => i.boundBy)).toEqual(['talentCap', null, null]);
    expect(r.before.toFixed(2)).toBe('750000.00');
    expect(r.after.toFixed(2)).toBe('720000.00');
    expect(r.value.eq(r.after)).toBe(true);
    expect(r.boundBy).toBe('talentCap');
  });

  it('nothing capped -> boundBy null', () => {
    expect(capEach([d('1'), d('2')], '2').boundBy).toBeNull();
    expect(capEach([], '2').after.toString()).toBe('0');
  });
});

describe('capSum (per-applicant annual cap)', () => {
  it('caps a sum over 2,000,000: 1,000,000 + 500,000 + 300,000 + 300,000 = 2,100,000 -> 2,000,000', () => {
    const r = capSum([d('1000000'), d('500000'), d('300000'), d('300000')], '2000000', 'applicantAnnualCap');
    expect(r.before.toFixed(2)).toBe('2100000.00');
    expect(r.after.toFixed(2)).toBe('2000000.00');
    expect(r.boundBy).toBe('applicantAnnualCap');
    expect(r.parts).toHaveLength(4);
  });

  it('a sum of exactly 2,000,000 is not capped; 2,000,000.01 is', () => {
    expect(capSum([d('1000000'), d('1000000')], '2000000').boundBy).toBeNull();
    const over = capSum([d('1000000'), d('1000000.01')], '2000000');
    expect(over.boundBy).toBe('cap');
    expect(over.value.toFixed(2)).toBe('2000000.00');
  });

  it('property: never exceeds the cap, equals the sum when under it', () => {
    fc.assert(
      fc.property(fc.array(fenArb, { maxLength: 12 }), fenArb, (parts, cap) => {
        const r = capSum(parts, cap);
        const sum = parts.reduce((s, p) => s.plus(p), new Decimal(0));
        expect(r.value.lte(cap)).toBe(true);
        expect(r.before.eq(sum)).toBe(true);
        if (sum.lte(cap)) expect(r.value.eq(sum) && r.boundBy === null).toBe(true);
        else expect(r.value.eq(cap) && r.boundBy === 'cap').toBe(true);
      }),
    );
  });
});

describe('CapConfigSchema', () => {
  it('parses serialisable data usable by clamp as is', () => {
    const config = CapConfigSchema.parse({ cap: '2000000', label: 'applicantAnnualCap' });
    expect(clamp(d('2500000'), config).boundBy).toBe('applicantAnnualCap');
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('rejects numbers, unknown keys and floor > cap', () => {
    expect(CapConfigSchema.safeParse({ cap: 2000000 }).success).toBe(false);
    expect(CapConfigSchema.safeParse({ cap: '1', capp: '2' }).success).toBe(false);
    expect(CapConfigSchema.safeParse({ floor: '3', cap: '2' }).success).toBe(false);
  });
});
