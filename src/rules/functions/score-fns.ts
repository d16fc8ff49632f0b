import { defineFunction, type PolicyFunction } from '../../engine/functions';
import type { Interval } from '../../engine/interval';
import type { Value } from '../../engine/values';
import type { Decimal } from '../../models/decimal';
import { scoreCard, ScoreCardSchema, type ScoreCard, type ScoreInputs } from '../score';
import { asInputError, decimalArg } from './value-args';

/**
 * The names of a card's inputs, in item order, each once.
 *
 * @example
 * cardInputs(ScoreCardSchema.parse({ kind: 'scoreCard',
 *   items: [{ id: 'x', kind: 'input', input: 'x', range: { lo: '0', hi: '100' } }],
 *   total: { of: ['x'], passMark: { value: '60', strict: false } } })); // ['x']
 */
export function cardInputs(card: ScoreCard): string[] {
  const names = card.items.flatMap((item) => (item.kind === 'higherOf' ? [] : [item.input]));
  return [...new Set(names)];
}

/**
 * What `score.card` returns (a record value of the policy):
 * - `passed`: `'pass' | 'fail' | 'unknown'`, decided as soon as the known items decide it;
 * - `total`: the total once every counted item is known, else `null`;
 * - `range`: every total still possible (`lo..hi`; a point once known);
 * - `items`: each item's score by id (`null` while unknown);
 * - `vetoedBy`: the items whose veto surely failed;
 * - `needs`: by input name, `true` for an unknown input of a counted item that is still
 *   unknown (the card's `missing`): when `passed` is `'unknown'`, the facts to ask for.
 *
 * @example
 * const r: ScoreCardValue = { passed: 'unknown', total: null, range: new Interval(new Decimal(54), new Decimal(74)),
 *   items: { staff: null }, vetoedBy: [], needs: { stStaffShare: true } };
 */
export interface ScoreCardValue {
  passed: 'pass' | 'fail' | 'unknown';
  total: Decimal | null;
  range: Interval;
  items: Record<string, Decimal | Interval | null>;
  vetoedBy: string[];
  needs: Record<string, boolean>;
}

/**
 * Scores a card from a call's arguments (see {@link scoreCardFn}).
 *
 * @example
 * scoreCardValue(card, { x: new Decimal(70) }).passed; // 'pass' for a card "x >= 60"
 */
export function scoreCardValue(card: ScoreCard, args: Readonly<Record<string, Value | undefined>>): ScoreCardValue {
  const inputs = cardInputs(card);
  const values: ScoreInputs = Object.fromEntries(inputs.map((name) => [name, args[name] === undefined ? null : decimalArg(args, name)]));
  const r = asInputError(
    () => scoreCard(card, values),
    (e) => (e instanceof RangeError ? { code: 'OUT_OF_TABLE', path: '(score card)', message: e.message } : null),
  );
  return {
    passed: r.passed,
    total: r.total.isPoint() ? r.total.lo : null,
    range: r.total,
    items: Object.fromEntries(r.items.map((i) => [i.id, i.value])),
    vetoedBy: r.vetoedBy,
    needs: Object.fromEntries(inputs.map((name) => [name, r.missing.includes(name)])),
  };
}

/**
 * `score.card`: a score card given as policy data (`ScoreCardSchema`: band items,
 * higher-of items, total with its pass mark, vetoes), scored three-valued by
 * {@link scoreCard}. Its arguments are the card's inputs by name, each optional: an unknown
 * input is unknown to the card, which is still decided when the known items decide it
 * (one class I patent scores 30 whatever the class II count). A call must pass exactly the
 * card's inputs (a typo is a policy error). Returns a {@link ScoreCardValue}; a known input
 * in no band is an error row (`OUT_OF_TABLE`), never a silent 0.
 *
 * @example
 * // { kind: 'call', fn: 'score.card', args: { stStaffShare: <expr>, 'ip.classI': <expr> },
 * //   config: { kind: 'scoreCard', items: [...], total: { of: [...], passMark: { value: '60', strict: false } } } }
 * // -> { passed: 'pass', total: 84, range: 84..84, items: { staff: 4, ... }, vetoedBy: [], needs: { ... } }
 */
export const scoreCardFn: PolicyFunction = defineFunction({
  name: 'score.card',
  label: { zh: '评分卡', en: 'Score card' },
  args: {},
  argsFor: (card) => Object.fromEntries(cardInputs(card).map((name) => [name, 'optional' as const])),
  config: ScoreCardSchema,
  make: (card) => {
    const inputs = cardInputs(card);
    return (args, env) => {
      const v = scoreCardValue(card, args);
      env.note('card', {
        passed: v.passed,
        range: v.range.toString(),
        items: Object.fromEntries(Object.entries(v.items).map(([id, x]) => [id, x === null ? null : x.toString()])),
        needs: inputs.filter((name) => v.needs[name]),
      });
      return { ...v };
    };
  },
});
