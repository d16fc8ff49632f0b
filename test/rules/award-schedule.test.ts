import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { applySchedule, AwardClaimError, AwardScheduleSchema, type AwardClaim, type AwardSchedule } from '../../src/rules/award-schedule';

const d = (s: string) => new Decimal(s);

const SCHEDULE: AwardSchedule = AwardScheduleSchema.parse({
  items: {
    techTransformation: { parts: [{ field: 'equipmentInvestment', rule: { kind: 'rateOfBase', rate: '0.08', minBase: '2000000' } }], cap: '1000000' },
    talent: { parts: [{ field: 'talents', rule: { kind: 'perUnit', amountEach: '30000' } }], cap: '300000' },
    ip: {
      parts: [
        { field: 'inventionPatents', rule: { kind: 'perUnit', amountEach: '10000' } },
        { field: 'utilityModels', rule: { kind: 'perUnit', amountEach: '1000' } },
      ],
      cap: '200000',
    },
    hnte: { parts: [{ field: 'firstRecognition', rule: { kind: 'fixedIf', amount: '200000', otherwise: '100000' } }], once: { per: [], label: 'oncePerYear' } },
    listing: {
      parts: [{ field: 'stage', rule: { kind: 'staged', amounts: { shareholdingReform: '500000', filingAccepted: '1000000', listed: '1500000' } } }],
      once: { per: ['stage'], label: 'oncePerStage' },
    },
  },
  applicantCap: { cap: '2000000', label: 'applicantAnnualCap' },
});

const amounts = (claims: AwardClaim[]) => applySchedule(claims, SCHEDULE).items.map((i) => `${i.amount.toFixed(2)}|${i.cappedBy}`);

describe('applySchedule: items', () => {
  it('8% of equipment from 2,000,000: 1,999,999.99 gets nothing, 2,000,000 gets 160,000.00', () => {
    expect(amounts([{ kind: 'techTransformation', equipmentInvestment: d('1999999.99') }])).toEqual(['0.00|null']);
    // 2,000,000 x 0.08 = 160,000
    expect(amounts([{ kind: 'techTransformation', equipmentInvestment: d('2000000') }])).toEqual(['160000.00|null']);
  });

  it('rounds half-up to the fen before the cap: 2,000,000.06 x 0.08 = 160,000.0048 -> 160,000.00; .07 -> 160,000.0056 -> 160,000.01', () => {
    expect(amounts([{ kind: 'techTransformation', equipmentInvestment: d('2000000.06') }])).toEqual(['160000.00|null']);
    expect(amounts([{ kind: 'techTransformation', equipmentInvestment: d('2000000.07') }])).toEqual(['160000.01|null']);
  });

  it('cap exactly reached is not "capped"; a fen over is: 12,500,000 x 0.08 = 1,000,000; 12,500,000.13 x 0.08 = 1,000,000.0104 -> 1,000,000.01', () => {
    expect(amounts([{ kind: 'techTransformation', equipmentInvestment: d('12500000') }])).toEqual(['1000000.00|null']);
    expect(amounts([{ kind: 'techTransformation', equipmentInvestment: d('12500000.13') }])).toEqual(['1000000.00|itemCap']);
  });

  it('IP: 10,000 per invention + 1,000 per utility model under one cap (19 x 10,000 + 10 x 1,000 = 200,000; + 1 = 201,000 -> 200,000)', () => {
    expect(amounts([{ kind: 'ip', inventionPatents: 19, utilityModels: 10 }])).toEqual(['200000.00|null']);
    expect(amounts([{ kind: 'ip', inventionPatents: 19, utilityModels: 11 }])).toEqual(['200000.00|itemCap']);
  });

  it("a kind's cap is shared by its claims in one application: 6 + 6 talents -> 180,000 + 120,000", () => {
    expect(amounts([{ kind: 'talent', talents: 6 }, { kind: 'talent', talents: 6 }])).toEqual(['180000.00|null', '120000.00|itemCap']);
    // a third claim finds no room left
    expect(amounts([{ kind: 'talent', talents: 10 }, { kind: 'talent', talents: 1 }])).toEqual(['300000.00|null', '0.00|itemCap']);
  });

  it('listing is paid once per stage; different stages are each paid', () => {
    expect(amounts([{ kind: 'listing', stage: 'listed' }, { kind: 'listing', stage: 'listed' }])).toEqual(['1500000.00|null', '0.00|oncePerStage']);
    expect(amounts([{ kind: 'listing', stage: 'shareholdingReform' }, { kind: 'listing', stage: 'filingAccepted' }])).toEqual(['500000.00|null', '1000000.00|null']);
  });

  it('high-tech recognition: 200,000 first, 100,000 renewal, once a year', () => {
    expect(amounts([{ kind: 'hnte', firstRecognition: true }])).toEqual(['200000.00|null']);
    expect(amounts([{ kind: 'hnte', firstRecognition: false }, { kind: 'hnte', firstRecognition: true }])).toEqual(['100000.00|null', '0.00|oncePerYear']);
  });
});

describe('applySchedule: applicant cap', () => {
  it('2,000,000 exactly is not capped; 2,000,000.01 is', () => {
    // 1,500,000 + 300,000 + 200,000 = 2,000,000
    const at = applySchedule([{ kind: 'listing', stage: 'listed' }, { kind: 'talent', talents: 10 }, { kind: 'hnte', firstRecognition: true }], SCHEDULE);
    expect(at.award.toFixed(2)).toBe('2000000.00');
    expect(at.cappedBy).toBeNull();
    // + 160,000.01 (2,000,000.07 x 0.08 rounded) -> 2,160,000.01 -> 2,000,000
    const over = applySchedule([...[{ kind: 'listing', stage: 'listed' }, { kind: 'talent', talents: 10 }, { kind: 'hnte', firstRecognition: true }], { kind: 'techTransformation', equipmentInvestment: d('2000000.07') }], SCHEDULE);
    expect(over.itemsTotal.toFixed(2)).toBe('2160000.01');
    expect(over.award.toFixed(2)).toBe('2000000.00');
    expect(over.cappedBy).toBe('applicantAnnualCap');
  });

  it('no claims -> 0', () => {
    expect(applySchedule([], SCHEDULE).award.toFixed(2)).toBe('0.00');
  });
});

describe('applySchedule: claims it cannot price', () => {
  it('an unknown kind or a bad figure names the path', () => {
    expect(() => applySchedule([{ kind: 'lottery' }], SCHEDULE)).toThrow(AwardClaimError);
    const thrown = (() => {
      try {
        applySchedule([{ kind: 'talent', talents: 1 }, { kind: 'listing', stage: 'ipoDreams' }], SCHEDULE);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(AwardClaimError);
    expect((thrown as AwardClaimError).path).toBe('items[1].stage');
    expect(() => applySchedule([{ kind: 'talent', talents: d('1.5') }], SCHEDULE)).toThrow(/items\[0\]\.talents/);
    expect(() => applySchedule([{ kind: 'techTransformation', equipmentInvestment: 'lots' }], SCHEDULE)).toThrow(/expected an amount/);
  });

  it('a kind named like an Object property is not in the schedule', () => {
    expect(() => applySchedule([{ kind: 'toString' }], SCHEDULE)).toThrow(/no award for kind toString/);
  });
});

const claimArb: fc.Arbitrary<AwardClaim> = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000_000 }).map((fen) => ({ kind: 'techTransformation', equipmentInvestment: new Decimal(fen).div(100) })),
  fc.integer({ min: 0, max: 30 }).map((n) => ({ kind: 'talent', talents: n })),
  fc.record({ kind: fc.constant('ip'), inventionPatents: fc.integer({ min: 0, max: 40 }), utilityModels: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ kind: fc.constant('hnte'), firstRecognition: fc.boolean() }),
  fc.record({ kind: fc.constant('listing'), stage: fc.constantFrom('shareholdingReform', 'filingAccepted', 'listed') }),
);

describe('applySchedule: properties', () => {
  it('no kind exceeds its cap, no award exceeds the applicant cap or the items total, all at the fen and >= 0', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 8 }), (claims) => {
        const r = applySchedule(claims, SCHEDULE);
        const byKind = new Map<string, Decimal>();
        for (const it of r.items) {
          expect(it.amount.gte(0)).toBe(true);
          expect(it.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(it.amount.lte(it.uncapped)).toBe(true);
          byKind.set(it.kind, (byKind.get(it.kind) ?? new Decimal(0)).plus(it.amount));
        }
        for (const [kind, total] of byKind) {
          const cap = SCHEDULE.items[kind]?.cap;
          if (cap !== undefined) expect(total.lte(cap)).toBe(true);
        }
        expect(r.award.lte('2000000')).toBe(true);
        expect(r.award.lte(r.itemsTotal)).toBe(true);
        expect(r.award.eq(Decimal.min(r.itemsTotal, new Decimal('2000000')))).toBe(true);
      }),
    );
  });
});
