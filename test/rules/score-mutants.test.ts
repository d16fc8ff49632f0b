import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Interval } from '../../src/engine/interval';
import { Decimal } from '../../src/models/decimal';
import { atLeastBands } from '../../src/rules/band-table';
import { scoreCard, ScoreCardSchema } from '../../src/rules/score';

// Score cards: the case the src/rules mutation run of 2026-11-26 left alive (docs/testing.md,
// Mutation testing): the higher of two expert ranges that overlap and end at different points.

const d = (x: string | number) => new Decimal(x);

/** A card scoring `best` = the higher of two band items, each yielding one expert range. */
const card = (a: { lo: string; hi: string }, b: { lo: string; hi: string }) =>
  ScoreCardSchema.parse({
    kind: 'scoreCard',
    items: [
      { id: 'a', kind: 'band', input: 'a', table: atLeastBands([['0', a]], { below: '0' }) },
      { id: 'b', kind: 'band', input: 'b', table: atLeastBands([['0', b]], { below: '0' }) },
      { id: 'best', kind: 'higherOf', of: ['a', 'b'] },
    ],
    total: { of: ['best'], passMark: { value: '9', strict: false } },
  });

const best = (a: { lo: string; hi: string }, b: { lo: string; hi: string }) => scoreCard(card(a, b), { a: d(1), b: d(1) }).items[2]?.value;

describe('the higher of two overlapping expert ranges', () => {
  it('runs from the higher low end to the higher high end', () => {
    // a in 5..10, b in 7..8: neither beats the other; max(a, b) is at least 7 (a <= 7, b = 7)
    // and at most 10 (a = 10): 7..10, not 7..8
    expect(best({ lo: '5', hi: '10' }, { lo: '7', hi: '8' })?.toString()).toBe('7..10');
    expect(best({ lo: '7', hi: '8' }, { lo: '5', hi: '10' })?.toString()).toBe('7..10');
    // the pass mark 9 lies inside 7..10: not decided
    expect(scoreCard(card({ lo: '5', hi: '10' }, { lo: '7', hi: '8' }), { a: d(1), b: d(1) }).passed).toBe('unknown');
    // a in 9..10 beats b in 7..8 (9 >= 8): the higher is a, 9..10, and the mark 9 is reached
    expect(best({ lo: '9', hi: '10' }, { lo: '7', hi: '8' })?.toString()).toBe('9..10');
  });
  it('property: the higher of x in A and y in B takes exactly the values max(lo A, lo B)..max(hi A, hi B)', () => {
    const range = fc.record({ lo: fc.integer({ min: 0, max: 10 }), width: fc.integer({ min: 1, max: 5 }) }).map(({ lo, width }) => ({ lo: String(lo), hi: String(lo + width) }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        const v = best(a, b);
        expect(v).toBeInstanceOf(Interval);
        const lo = Decimal.max(a.lo, b.lo);
        const hi = Decimal.max(a.hi, b.hi);
        expect([(v as Interval).lo.toString(), (v as Interval).hi.toString()]).toEqual([lo.toString(), hi.toString()]);
      }),
    );
  });
});
