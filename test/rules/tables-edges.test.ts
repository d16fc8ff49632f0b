import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { atLeastBands, atMostBands, IntervalYieldSchema, lookupBand, type BandTable, type BandYield } from '../../src/rules/band-table';
import { checkTable, isPartition } from '../../src/rules/check-table';
import type { Bound } from '../../src/rules/range';
import { scoreCard, ScoreCardSchema } from '../../src/rules/score';

// Edge cases of band tables, their static check and score cards, written to kill the mutants
// Stryker left alive (docs/testing.md, Mutation testing).

const d = (x: string | number) => new Decimal(x);
const b = (value: string, inclusive: boolean): Bound => ({ value, inclusive });
const band = (lo: Bound | undefined, hi: Bound | undefined, yields: BandYield) => ({ ...(lo ? { lo } : {}), ...(hi ? { hi } : {}), yields });
const table = (...bands: ReturnType<typeof band>[]): BandTable => ({ kind: 'bands', bands });

describe('band tables', () => {
  it('an expert range needs lo <= hi; malformed ends are reported as such, not as a crash', () => {
    expect(IntervalYieldSchema.safeParse({ lo: '9', hi: '9' }).success).toBe(true);
    expect(IntervalYieldSchema.safeParse({ lo: '10', hi: '9' }).error?.issues.map((i) => i.message)).toEqual(['an interval yield needs lo <= hi']);
    for (const y of [{ lo: 'x', hi: '9' }, { lo: '9', hi: 'y' }, { lo: 'x', hi: 'y' }]) {
      const r = IntervalYieldSchema.safeParse(y);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).not.toContain('an interval yield needs lo <= hi');
    }
  });
  it('threshold lists name themselves when out of order', () => {
    expect(() => atLeastBands([['0.10', '4'], ['0.30', '20']])).toThrow('atLeastBands: thresholds must be strictly decreasing, got 0.10 then 0.30');
    expect(() => atMostBands([['10', '1'], ['10', '2']])).toThrow('atMostBands: thresholds must be strictly increasing, got 10 then 10');
    expect(() => atMostBands([])).toThrow('atMostBands: needs at least one row');
  });
  it('at-most lists: each limit inclusive by default, exclusive on request; past the last limit, "above" or a gap', () => {
    const t = atMostBands([['10', '1'], ['20', '2', { inclusive: false }]], { above: '3' });
    expect(['10', '10.01', '19.99', '20', '25'].map((x) => lookupBand(t, d(x))?.value.toString())).toEqual(['1', '2', '2', '3', '3']);
    expect(isPartition(t)).toBe(true);
    const incl = atMostBands([['10', '1']], { above: '2' });
    expect([lookupBand(incl, d('10'))?.index, lookupBand(incl, d('10.01'))?.index]).toEqual([0, 1]);
    expect(isPartition(incl)).toBe(true);
    const open = atMostBands([['10', '1']]);
    expect(open.bands).toHaveLength(1);
    expect(lookupBand(open, d('10.01'))).toBeNull();
  });
});

describe('checkTable', () => {
  it('overlaps are ordered by their lower end first, then their upper end, then the bands', () => {
    const t = table(
      band(b('1', true), b('5', true), 'p'), band(b('1', true), b('5', true), 'q'),
      band(b('0', true), b('10', true), 'r'), band(b('0', true), b('10', true), 's'),
    );
    expect(checkTable(t).overlaps.map((o) => [o.bands, `${o.lo?.value}..${o.hi?.value}`])).toEqual([
      [[2, 3], '0..10'],
      [[0, 1], '1..5'], [[0, 2], '1..5'], [[0, 3], '1..5'], [[1, 2], '1..5'], [[1, 3], '1..5'],
    ]);
  });
  it('monotonicity looks at the bands within the domain only, in order along the line', () => {
    const t = table(band(b('0', true), b('10', false), '1'), band(b('10', true), b('20', false), '2'), band(b('20', true), undefined, '0'));
    expect(checkTable(t, { monotonic: 'increasing' }).nonMonotonic.map((n) => n.bands)).toEqual([[1, 2]]);
    expect(checkTable(t, { domain: { lo: '0', hi: '15' }, monotonic: 'increasing' }).nonMonotonic).toEqual([]);
  });
  it('monotonicity orders bands by their lower end, then their upper end, then their index', () => {
    // Listed out of order; along the line: #2 [0, 1), #1 [0, 5) ... each pair is checked in that order.
    const t = table(band(b('5', true), undefined, '9'), band(b('0', true), b('5', false), '5'), band(b('0', true), b('1', false), '1'));
    expect(checkTable(t, { monotonic: 'increasing' }).nonMonotonic).toEqual([]);
    expect(checkTable(t, { monotonic: 'decreasing' }).nonMonotonic.map((n) => n.bands)).toEqual([[2, 1], [1, 0]]);
    const twins = table(band(b('0', true), b('5', false), '2'), band(b('0', true), b('5', false), '1'));
    expect(checkTable(twins, { monotonic: 'increasing' }).nonMonotonic.map((n) => n.bands)).toEqual([[0, 1]]);
  });
  it('a table with an overlap and no gap is not a partition', () => {
    const t = table(band(undefined, b('1', true), 'a'), band(b('1', true), undefined, 'b'));
    expect(checkTable(t).gaps).toEqual([]);
    expect(isPartition(t)).toBe(false);
  });
  it('a domain end that is not a decimal string is an error, even for a table with no band', () => {
    const t = atLeastBands([['1', '2']], { below: '0' });
    const empty = table();
    for (const [tb, lo, hi, bad] of [[t, 'abc', undefined, 'abc'], [t, '1', '1e5', '1e5'], [empty, ' 1', undefined, ' 1'], [empty, undefined, '2.', '2.']] as const) {
      const domain = { ...(lo === undefined ? {} : { lo }), ...(hi === undefined ? {} : { hi }) };
      expect(() => checkTable(tb, { domain })).toThrow(new RangeError(`value: not a decimal string: ${bad}`));
      expect(() => isPartition(tb, domain)).toThrow(new RangeError(`value: not a decimal string: ${bad}`));
    }
    // a domain given as decimals is taken as it is: [0, 1] of a table from 1 up and below 1
    expect(isPartition(t, { lo: d(0), hi: d(1) })).toBe(true);
    expect(checkTable(t, { domain: { lo: d(0), hi: d('0.5') } }).gaps).toEqual([]);
  });
});

describe('score cards', () => {
  const growth = atLeastBands([['0.35', { lo: '9', hi: '10' }], ['0.25', { lo: '7', hi: '8' }], ['0', { lo: '0', hi: '8' }]], { below: '0' });
  const card = (extra: Record<string, unknown> = {}) => ScoreCardSchema.parse({
    kind: 'scoreCard',
    items: [
      { id: 'fixed', kind: 'input', input: 'fixed', range: { lo: '0', hi: '60' } },
      { id: 'g1', kind: 'band', input: 'g1', table: growth },
      { id: 'g2', kind: 'band', input: 'g2', table: growth },
      { id: 'best', kind: 'higherOf', of: ['g1', 'g2'] },
      { id: 'top', kind: 'higherOf', of: ['fixed', 'g1', 'g2'] },
    ],
    total: { of: ['fixed', 'best'], passMark: { value: '60', strict: false } },
    ...extra,
  });
  it('the higher of two overlapping expert ranges is the range of their maxima', () => {
    // g1 = 0.30 -> 7..8; g2 = 0.10 -> 0..8: neither beats the other; the higher lies in 7..8
    const r = scoreCard(card(), { fixed: d(50), g1: d('0.30'), g2: d('0.10') });
    expect(r.items.find((i) => i.id === 'best')?.value?.toString()).toBe('7..8');
    // g1 = 0.40 -> 9..10 beats g2 = 0.30 -> 7..8
    expect(scoreCard(card(), { fixed: d(50), g1: d('0.40'), g2: d('0.30') }).items.find((i) => i.id === 'best')?.value?.toString()).toBe('9..10');
  });
  it('a known operand decides a higher-of only when it beats every unknown one', () => {
    // fixed = 9 beats g2 (at most 10? no: 9 < 10) -> unknown; fixed = 10 beats both unknown growth items (at most 10)
    const open = scoreCard(card(), { fixed: d(9) });
    expect(open.items.find((i) => i.id === 'top')?.value).toBeNull();
    const one = scoreCard(card(), { fixed: d(9), g1: d('0.30') });
    expect(one.items.find((i) => i.id === 'top')?.value).toBeNull();
    expect(scoreCard(card(), { fixed: d(10) }).items.find((i) => i.id === 'top')?.value?.toString()).toBe('10');
    // fixed = 7 beats every score of 'small' (at most 5) but not of 'g1' (up to 10): still unknown
    const mixed = ScoreCardSchema.parse({
      kind: 'scoreCard',
      items: [
        { id: 'fixed', kind: 'input', input: 'fixed', range: { lo: '0', hi: '60' } },
        { id: 'small', kind: 'band', input: 'small', table: atLeastBands([['1', '5']], { below: '0' }) },
        { id: 'g1', kind: 'band', input: 'g1', table: growth },
        { id: 'top', kind: 'higherOf', of: ['fixed', 'small', 'g1'] },
      ],
      total: { of: ['top'], passMark: { value: '1', strict: false } },
    });
    const m = scoreCard(mixed, { fixed: d(7) });
    expect([m.items[3]?.value, m.missing]).toEqual([null, ['g1', 'small']]);
  });
  it('a surely failed total fails even when a veto is undecided', () => {
    const c = card({ vetoes: [{ item: 'g1', mustBe: '>=', value: '8' }] });
    // fixed 10 + best at most 10 = 20 < 60: fails; the veto on g1 (unknown, 0..10) is undecided
    const r = scoreCard(c, { fixed: d(10) });
    expect([r.passed, r.vetoedBy]).toEqual(['fail', []]);
    expect(scoreCard(c, { fixed: d(55) }).passed).toBe('unknown');
  });
  it('vetoes that are surely broken are listed once each, sorted', () => {
    const c = card({ vetoes: [{ item: 'g2', mustBe: '>', value: '5' }, { item: 'g1', mustBe: '>', value: '5' }, { item: 'g2', mustBe: '>=', value: '1' }] });
    expect(scoreCard(c, { fixed: d(60), g1: d('-1'), g2: d('-1') }).vetoedBy).toEqual(['g1', 'g2']);
  });
  it('only band items report the band they matched', () => {
    const r = scoreCard(card(), { fixed: d(50), g1: d('0.30') });
    expect(r.items.map((i) => [i.id, Object.keys(i)])).toEqual([
      ['fixed', ['id', 'value', 'range']], ['g1', ['id', 'value', 'range', 'band']], ['g2', ['id', 'value', 'range']],
      ['best', ['id', 'value', 'range']], ['top', ['id', 'value', 'range']],
    ]);
  });
});
