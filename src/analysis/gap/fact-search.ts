import type { CompiledPolicy, EvaluateOptions } from '../../engine/compile-policy';
import type { EvalResult } from '../../engine/result';
import { Decimal } from '../../models/decimal';
import type { NumericFact } from './fact-kind';
import { writeAt, type FactLocator } from './fact-locator';
import type { GapDirection } from './types';
import { smallestPassingStep } from './unit-search';

/**
 * What a fact search needs: the compiled policy, the raw record and the same record parsed
 * by the input model (`parsed: false` when the policy has none and `facts` is the raw
 * record), the evaluation options and the search bound in units.
 *
 * @example
 * const s: SearchSetting = { compiled: compile(hnte2016), record, facts, parsed: true, evalOptions: { asOf: '2020-06-01' }, maxUnits: 1e15 };
 */
export interface SearchSetting {
  compiled: CompiledPolicy;
  record: unknown;
  facts: unknown;
  parsed: boolean;
  evalOptions: EvaluateOptions;
  maxUnits: number;
}

/**
 * A change found by {@link searchFact}: direction, number of units, the new value, and the
 * evaluation of the changed record (which passes the criterion) and of the record with one
 * unit less of change (which does not).
 *
 * @example
 * const f: FoundChange = { direction: 'increase', units: 3, to: new Decimal(12), after: result, oneLess: result0 };
 */
export interface FoundChange {
  direction: GapDirection;
  units: number;
  to: Decimal;
  after: EvalResult;
  oneLess: EvalResult;
}

/**
 * The raw JSON value written for a new fact value: money as a plain decimal string (never
 * an exponent), counts as JSON integers.
 *
 * @example
 * rawValueOf({ unit: 'yuan', step: new Decimal('0.01'), min: null, exclusive: false }, new Decimal('3034567.9')); // '3034567.9'
 * rawValueOf({ unit: 'person', step: new Decimal(1), min: null, exclusive: false }, new Decimal(12)); // 12
 */
export function rawValueOf(kind: NumericFact, value: Decimal): string | number {
  return kind.unit === 'yuan' ? value.toFixed() : value.toNumber();
}

/**
 * Evaluates the raw record with one fact set to `value` (a changed copy; the record is
 * untouched), validated by the input model as any caller's record would be.
 *
 * @example
 * evaluateWith(setting, locator, kind, new Decimal(12)).status; // 'eligible'
 */
export function evaluateWith(s: SearchSetting, loc: FactLocator, kind: NumericFact, value: Decimal): EvalResult {
  return s.compiled.evaluate(writeAt(s.record, loc.steps, rawValueOf(kind, value)), s.evalOptions);
}

/**
 * The same as {@link evaluateWith} on the parsed facts (no re-validation: the search's
 * inner loop); the value is written as the model parses it (Decimal money, number counts).
 *
 * @example
 * evaluateParsedWith(setting, locator, kind, new Decimal(12)).status; // 'eligible'
 */
export function evaluateParsedWith(s: SearchSetting, loc: FactLocator, kind: NumericFact, value: Decimal): EvalResult {
  if (!s.parsed) return evaluateWith(s, loc, kind, value);
  const v = kind.unit === 'yuan' ? value : value.toNumber();
  return s.compiled.evaluateFacts(writeAt(s.facts, loc.steps, v), s.evalOptions);
}

/**
 * True when the criterion (or id'd combinator) `id` passes in a result.
 *
 * @example
 * passes({ criteria: [{ id: 'a', result: 'pass', values: {} }] } as EvalResult, 'a'); // true
 */
export function passes(r: EvalResult, id: string): boolean {
  return r.criteria.some((c) => c.id === id && c.result === 'pass');
}

function decreaseLimit(kind: NumericFact, from: Decimal, maxUnits: number): number {
  if (kind.min === null) return maxUnits;
  const room = from.minus(kind.min).div(kind.step);
  if (room.lte(0)) return 0;
  const whole = room.floor();
  const units = kind.exclusive && whole.eq(room) ? whole.minus(1) : whole;
  return units.gte(maxUnits) ? maxUnits : units.toNumber();
}

/**
 * The smallest change of one numeric fact, in whole units of the fact (fen or persons or
 * items), that makes criterion `id` pass: both directions are searched (exponential then
 * binary search, re-evaluating the changed facts each time), down to the fact's lower
 * bound and up to `maxUnits`; the smaller change wins (an increase on a tie). Every value
 * tried is `from ± k × step`, exact. The answer is then re-evaluated from the changed raw
 * record (validated by the input model): `after` with the change, `oneLess` with one unit
 * less of change. Undefined when no value within bounds passes.
 *
 * @example
 * searchFact(setting, 'stStaffRatio', stStaffLocator, personKind, new Decimal(9))?.units; // 3
 */
export function searchFact(s: SearchSetting, id: string, loc: FactLocator, kind: NumericFact, from: Decimal): FoundChange | undefined {
  const results = new Map<number, EvalResult>();
  const at = (sign: 1 | -1, k: number): EvalResult => {
    const key = sign * k;
    let r = results.get(key);
    if (!r) {
      r = evaluateParsedWith(s, loc, kind, from.plus(kind.step.times(key)));
      results.set(key, r);
    }
    return r;
  };
  const find = (sign: 1 | -1, limit: number): number | undefined => smallestPassingStep((k) => passes(at(sign, k), id), limit);
  const up = find(1, Math.min(s.maxUnits, Number.MAX_SAFE_INTEGER));
  // Only a strictly smaller decrease can win (an increase wins a tie): search no further.
  const downLimit = decreaseLimit(kind, from, s.maxUnits);
  const down = find(-1, up === undefined ? downLimit : Math.min(downLimit, up - 1));
  const pick: [1 | -1, number] | undefined = down !== undefined ? [-1, down] : up !== undefined ? [1, up] : undefined;
  if (!pick) return undefined;
  const [sign, units] = pick;
  const to = from.plus(kind.step.times(sign * units));
  return {
    direction: sign === 1 ? 'increase' : 'decrease',
    units,
    to,
    after: evaluateWith(s, loc, kind, to),
    oneLess: evaluateWith(s, loc, kind, to.minus(kind.step.times(sign))),
  };
}
