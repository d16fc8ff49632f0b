import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import { applySchedule, AwardClaimError, AwardScheduleSchema, type AwardSchedule } from '../../src/rules/award-schedule';

// Award schedules: the cases the src/rules mutation run of 2026-11-26 left alive
// (docs/testing.md, Mutation testing): a part's cap named when it is not the first part,
// a stage claimed by number, an item cap that is not at the fen.

const d = (x: string | number) => new Decimal(x);

/** The error a call throws. */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    if (e instanceof Error) return e;
  }
  throw new Error('expected an error');
}

describe('a part capped by its own cap, after an uncapped part', () => {
  // extra: 10 per unit, no cap; investment: 8% of the base, at most 100 ("equipmentCap")
  const schedule = AwardScheduleSchema.parse({
    items: {
      equipment: {
        parts: [
          { field: 'extra', rule: { kind: 'perUnit', amountEach: '10' } },
          { field: 'investment', rule: { kind: 'rateOfBase', rate: '0.08', cap: '100', label: 'equipmentCap' } },
        ],
      },
    },
  });
  it('names the cap of the part that was capped, whichever part it is', () => {
    // 3 x 10 = 30; 10,000 x 0.08 = 800 -> capped at 100; 30 + 100 = 130, capped by the second part
    const r = applySchedule([{ kind: 'equipment', extra: d(3), investment: d(10000) }], schedule);
    expect(r.items.map((i) => [i.amount.toFixed(2), i.uncapped.toFixed(2), i.cappedBy])).toEqual([['130.00', '130.00', 'equipmentCap']]);
    // 1,000 x 0.08 = 80 is under the cap: 30 + 80 = 110, nothing capped
    const under = applySchedule([{ kind: 'equipment', extra: d(3), investment: d(1000) }], schedule);
    expect([under.items[0]?.amount.toFixed(2), under.items[0]?.cappedBy]).toEqual(['110.00', null]);
  });
  it('property: the item is marked capped exactly when the capped part is over its cap', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), fc.nat({ max: 100_000 }), (extra, base) => {
        const r = applySchedule([{ kind: 'equipment', extra: d(extra), investment: d(base) }], schedule);
        // 8% of the base is over 100 exactly when the base is over 1,250
        const over = base > 1250;
        expect(r.items[0]?.cappedBy).toBe(over ? 'equipmentCap' : null);
        // the amount: 10 per unit plus min(8% of the base, 100), at the fen
        const part = d(base).times('0.08');
        expect(r.items[0]?.amount.toFixed(2)).toBe(d(extra * 10).plus(Decimal.min(part, 100)).toFixed(2));
      }),
    );
  });
});

describe('a claim that does not fit the schedule', () => {
  it('a stage is named by its text: the number 1 is not the stage "1"', () => {
    // stage names that look like numbers (第一阶段, 第二阶段 as "1", "2"); the claim must give the text
    const numbered = AwardScheduleSchema.parse({
      items: { listing: { parts: [{ field: 'stage', rule: { kind: 'staged', amounts: { '1': '500000', '2': '1000000' } } }] } },
    });
    expect(applySchedule([{ kind: 'listing', stage: '2' }], numbered).award.toFixed(2)).toBe('1000000.00');
    const e = thrown(() => applySchedule([{ kind: 'listing', stage: d(1) }], numbered));
    expect(e).toBeInstanceOf(AwardClaimError);
    expect([(e as AwardClaimError).path, (e as AwardClaimError).detail]).toEqual(['items[0].stage', 'expected one of 1, 2, got "1"']);
    const n = thrown(() => applySchedule([{ kind: 'listing', stage: 2 }], numbered)) as AwardClaimError;
    expect([n.name, n.path, n.detail]).toEqual(['AwardClaimError', 'items[0].stage', 'expected one of 1, 2, got "2"']);
  });
  it('an item cap that is not at the fen (a schedule built without its schema) names the cap', () => {
    const schedule: AwardSchedule = { items: { talent: { parts: [{ field: 'talents', rule: { kind: 'perUnit', amountEach: '30000' } }], cap: '300000.005' } } };
    const e = thrown(() => applySchedule([{ kind: 'talent', talents: d(1) }], schedule));
    expect([e.constructor.name, e.message]).toEqual(['RangeError', 'cap: not rounded to the fen: 300000.005']);
    // the schema refuses the same schedule up front
    expect(AwardScheduleSchema.safeParse(schedule).success).toBe(false);
  });
});
