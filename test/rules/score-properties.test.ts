import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import type { Interval } from '../../src/engine/interval';
import { scoreCard, ScoreCardSchema, type ScoreCard, type ScoreInputs } from '../../src/rules/score';
import { toInterval } from '../../src/rules/interval-sum';
import { buildPlanted, decimalString, partitionArb } from './band-arbitraries';

const d = (s: string | number) => new Decimal(s);

/** A card of 1..4 band items on generated partitions, maybe a higher-of, a pass mark, maybe a veto. */
const cardArb: fc.Arbitrary<ScoreCard> = fc
  .record({
    tables: fc.array(partitionArb.map((m) => buildPlanted(m).table), { minLength: 1, maxLength: 4 }),
    mark: decimalString(-3000, 3000),
    strict: fc.boolean(),
    veto: fc.option(fc.record({ mustBe: fc.constantFrom('>', '>=', '<', '<=', '=', '!=' as const), value: decimalString(-1000, 1000) }), { nil: undefined }),
  })
  .map(({ tables, mark, strict, veto }): ScoreCard => {
    const items: ScoreCard['items'] = tables.map((table, i) => ({ id: `b${i}`, kind: 'band', input: `x${i}`, table }));
    const n = tables.length;
    if (n >= 2) items.push({ id: 'h', kind: 'higherOf', of: ['b0', `b${n - 1}`] });
    const of = n >= 2 ? ['h', ...tables.slice(1, n - 1).map((_, i) => `b${i + 1}`)] : ['b0'];
    const card: ScoreCard = { kind: 'scoreCard', items, total: { of, passMark: { value: mark, strict } } };
    return veto ? { ...card, vetoes: [{ item: 'b0', ...veto }] } : card;
  });

/** Inputs for x0..x3, each known or null, and a full set where every null is filled in. */
const inputsArb = fc.array(fc.tuple(decimalString(-6000, 6000, 3), fc.boolean()), { minLength: 4, maxLength: 4 }).map((xs) => ({
  full: Object.fromEntries(xs.map(([x], i) => [`x${i}`, d(x)])) as ScoreInputs,
  partial: Object.fromEntries(xs.map(([x, known], i) => [`x${i}`, known ? d(x) : null])) as ScoreInputs,
}));

const within = (inner: Interval, outer: Interval) => inner.lo.gte(outer.lo) && inner.hi.lte(outer.hi);

describe('score card properties', () => {
  it('the total interval contains every expert choice within the bands, and a decided verdict holds for each choice', () => {
    fc.assert(
      fc.property(cardArb, inputsArb, fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }), (card, { full }, tenths) => {
        const r = scoreCard(card, full);
        const chosen = (id: string, k: number) => {
          const v = toInterval(r.items.find((i) => i.id === id)?.value as Decimal | Interval);
          return v.lo.plus(v.hi.minus(v.lo).times(tenths[k] ?? 0).div(10));
        };
        const sum = card.total.of.reduce((s, id, k) => s.plus(chosen(id, k)), d(0));
        expect(r.total.contains(sum)).toBe(true);
        const mark = d(card.total.passMark.value);
        const meets = card.total.passMark.strict ? sum.gt(mark) : sum.gte(mark);
        if (r.passed === 'pass') expect(meets).toBe(true);
        if (r.passed === 'fail' && r.vetoedBy.length === 0) expect(meets).toBe(false);
        expect(r.missing).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('unknown inputs only widen: the full result lies within the partial one and agrees with its decided verdict', () => {
    fc.assert(
      fc.property(cardArb, inputsArb, (card, { full, partial }) => {
        const p = scoreCard(card, partial);
        const f = scoreCard(card, full);
        expect(within(f.total, p.total)).toBe(true);
        p.items.forEach((item, i) => {
          const fi = f.items[i];
          expect(fi && fi.value !== null && within(toInterval(fi.value), item.range)).toBe(true);
          if (item.value !== null) expect(fi?.value).toEqual(item.value);
        });
        if (p.passed !== 'unknown') expect(f.passed).toBe(p.passed);
        for (const v of p.vetoedBy) expect(f.vetoedBy).toContain(v);
        // Unknown only for a reason: a missing input, an expert range in the total, or in the vetoed item.
        if (p.passed === 'unknown') expect(p.missing.length > 0 || !p.total.isPoint() || !p.items[0]?.range.isPoint()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every card round-trips through JSON and the schema identically', () => {
    fc.assert(
      fc.property(cardArb, (card) => {
        expect(ScoreCardSchema.parse(JSON.parse(JSON.stringify(card)))).toEqual(card);
      }),
    );
  });
});
