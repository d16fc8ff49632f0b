import { Decimal } from '../models/decimal';
import { compareIntervals, Interval } from '../engine/interval';
import { lookupBand, yieldRange } from './band-table';
import { toDecimal } from './decimal-input';
import { sumIntervals, threeValuedAtLeast, toInterval, type Verdict } from './interval-sum';
import type { ScoreCard, ScoreItem } from './score-card-schema';

export {
  BandItemSchema,
  HigherOfItemSchema,
  InputItemSchema,
  ScoreCardSchema,
  ScoreItemSchema,
  VetoSchema,
  type BandItem,
  type HigherOfItem,
  type InputItem,
  type ScoreCard,
  type ScoreItem,
  type Veto,
} from './score-card-schema';

/**
 * The inputs of a score card by name; `null` or an absent key is unknown, never zero.
 *
 * @example
 * const inputs: ScoreInputs = { stStaffShare: new Decimal('0.30'), rdSalesRatio: null };
 */
export type ScoreInputs = Readonly<Record<string, Decimal | null | undefined>>;

/**
 * One item's score: `value` is a decimal, an expert's range, or `null` when unknown;
 * `range` is every value the item can still take (the value itself once known); `band`
 * is the index of the band a band item matched.
 *
 * @example
 * const s: ScoredItem = { id: 'staff', value: new Decimal(20), range: Interval.point(new Decimal(20)), band: 0 };
 */
export interface ScoredItem {
  id: string;
  value: Decimal | Interval | null;
  range: Interval;
  band?: number;
}

/**
 * The result of {@link scoreCard}. `total` is an interval: a point when every counted item
 * is known exactly. `vetoedBy` (item ids of vetoes surely broken) and `missing` (unknown
 * inputs of items that stayed unknown) are sorted.
 *
 * @example
 * const r: ScoreCardResult = { items: [], total: Interval.point(new Decimal(70)), passed: 'pass', vetoedBy: [], missing: [] };
 */
export interface ScoreCardResult {
  items: ScoredItem[];
  total: Interval;
  passed: Verdict;
  vetoedBy: string[];
  missing: string[];
}

interface State extends ScoredItem {
  missing: string[];
}

const isKnown = (v: Decimal | null | undefined): v is Decimal => v !== null && v !== undefined;

/** The higher of some values: an operand that beats every value of the others, else the range of maxima. */
function higherOf(values: (Decimal | Interval)[]): Decimal | Interval {
  const all = values.map(toInterval);
  const top = values.find((_, i) => all.every((o, j) => j === i || (all[i] as Interval).lo.gte(o.hi)));
  if (top !== undefined) return top;
  return new Interval(Decimal.max(...all.map((v) => v.lo)), Decimal.max(...all.map((v) => v.hi)));
}

function scoreItem(item: ScoreItem, inputs: ScoreInputs, done: Map<string, State>): State {
  if (item.kind === 'higherOf') {
    const ops = item.of.map((ref) => done.get(ref) as State);
    const range = new Interval(Decimal.max(...ops.map((o) => o.range.lo)), Decimal.max(...ops.map((o) => o.range.hi)));
    const known = ops.flatMap((o) => (o.value === null ? [] : [o.value]));
    const unknown = ops.filter((o) => o.value === null);
    if (unknown.length === 0) return { id: item.id, value: higherOf(known), range, missing: [] };
    // Decided anyway when a known operand beats every value the unknown ones could take.
    const best = known.length > 0 ? higherOf(known) : null;
    const bestLo = best === null ? null : toInterval(best).lo;
    if (best !== null && bestLo !== null && unknown.every((o) => bestLo.gte(o.range.hi))) {
      return { id: item.id, value: best, range, missing: [] };
    }
    return { id: item.id, value: null, range, missing: unknown.flatMap((o) => o.missing) };
  }
  const x = inputs[item.input];
  if (item.kind === 'input') {
    const range = new Interval(toDecimal(item.range.lo), toDecimal(item.range.hi));
    if (!isKnown(x)) return { id: item.id, value: null, range, missing: [item.input] };
    if (!range.contains(x)) {
      throw new RangeError(`score item "${item.id}": ${item.input} = ${x.toString()} is outside ${range.toString()}`);
    }
    return { id: item.id, value: x, range: Interval.point(x), missing: [] };
  }
  if (!isKnown(x)) return { id: item.id, value: null, range: yieldRange(item.table), missing: [item.input] };
  const match = lookupBand(item.table, x);
  if (match === null) throw new RangeError(`score item "${item.id}": ${item.input} = ${x.toString()} falls in no band`);
  return { id: item.id, value: match.value, range: toInterval(match.value), band: match.index, missing: [] };
}

/**
 * Scores a card, three-valued. The rule, in order:
 * 1. An item whose input is `null` or absent is unknown (`value: null`); for the verdict it
 *    counts as its `range`: every yield its table can give, or the input item's declared
 *    range. A `higherOf` is still known when a known operand is at least every value the
 *    unknown ones could take (class I patents 30 beats any class II score).
 * 2. `total` = the interval sum of the ranges of the items in `total.of`.
 * 3. A veto whose item surely breaks it (for every value in its range) is in `vetoedBy` and
 *    fails the card; a veto that might break makes a pass `unknown`.
 * 4. `passed` is `fail` when vetoed or when even the highest total misses the mark; `pass`
 *    when even the lowest total reaches it and no veto may break; `unknown` otherwise. So a
 *    card is decided as soon as the known items decide it, whatever is missing.
 * A known input outside every band (or its range) is an error, never a silent 0.
 *
 * @example
 * const card = ScoreCardSchema.parse({ kind: 'scoreCard', items: [
 *   { id: 'fixed', kind: 'input', input: 'fixed', range: { lo: '0', hi: '80' } },
 *   { id: 'growth', kind: 'band', input: 'growth', table: atLeastBands([['0.35', { lo: '9', hi: '10' }]], { below: '0' }) }],
 *   total: { of: ['fixed', 'growth'], passMark: { value: '70', strict: true } } });
 * const r = scoreCard(card, { fixed: new Decimal(61), growth: new Decimal('0.40') });
 * [r.total.toString(), r.passed]; // ['70..71', 'unknown']
 */
export function scoreCard(card: ScoreCard, inputs: ScoreInputs): ScoreCardResult {
  const done = new Map<string, State>();
  for (const item of card.items) done.set(item.id, scoreItem(item, inputs, done));
  const state = (id: string): State => done.get(id) as State;
  const total = sumIntervals(card.total.of.map((id) => state(id).range));
  const mark = threeValuedAtLeast(total, toDecimal(card.total.passMark.value), card.total.passMark.strict);
  const vetoedBy: string[] = [];
  let vetoUnsure = false;
  for (const veto of card.vetoes ?? []) {
    const ok = compareIntervals(state(veto.item).range, veto.mustBe, Interval.point(toDecimal(veto.value)));
    if (ok === false) vetoedBy.push(veto.item);
    if (ok === null) vetoUnsure = true;
  }
  const passed: Verdict = vetoedBy.length > 0 || mark === 'fail' ? 'fail' : vetoUnsure ? 'unknown' : mark;
  const counted = [...card.total.of, ...(card.vetoes ?? []).map((v) => v.item)];
  const missing = [...new Set(counted.flatMap((id) => state(id).missing))].sort();
  const items = card.items.map((item): ScoredItem => {
    const { id, value, range, band } = state(item.id);
    return band === undefined ? { id, value, range } : { id, value, range, band };
  });
  return { items, total, passed, vetoedBy: [...new Set(vetoedBy)].sort(), missing };
}
