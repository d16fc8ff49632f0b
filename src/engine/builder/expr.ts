import type { RoundingMode } from '../../models/rounding';
import type { Expr, PathSegment } from '../expr';

/** An expression, or a literal number or decimal string (made a `num`). @inline */
type Num = Expr | string | number;

/** Coerces a literal to an expression: numbers and decimal strings become `num`. */
function e(x: Num): Expr {
  if (typeof x === 'object') return x;
  if (typeof x === 'number' && !Number.isSafeInteger(x)) throw new TypeError(`write non-integer literal ${x} as a decimal string`);
  return { kind: 'num', value: String(x) };
}

/** A decimal literal (write it as a string: `num('0.10')`). @example num('0.10'); // { kind: 'num', value: '0.10' } */
export const num = (value: string | number): Expr => e(value);
/** A boolean literal. @example bool(true); // { kind: 'bool', value: true } */
export const bool = (value: boolean): Expr => ({ kind: 'bool', value });
/** A text literal. @example str('safety'); // { kind: 'str', value: 'safety' } */
export const str = (value: string): Expr => ({ kind: 'str', value });
/** A date literal. @example date('2020-06-30'); // { kind: 'date', value: '2020-06-30' } */
export const date = (value: string): Expr => ({ kind: 'date', value });
/** The evaluation date. @example asOf(); // { kind: 'asOf' } */
export const asOf = (): Expr => ({ kind: 'asOf' });
/** A fact of the record by path. @example fact('ip', 'ownsCoreIp'); // { kind: 'fact', path: ['ip', 'ownsCoreIp'] } */
export const fact = (...path: PathSegment[]): Expr => ({ kind: 'fact', path });
/** An array item selected by a field: `financials[<year>]`. @example keyed('year', num(2019)); // { key: 'year', equals: { kind: 'num', value: '2019' } } */
export const keyed = (key: string, equals: Num): PathSegment => ({ key, equals: e(equals) });
/** A field of the current item inside `some`/`every`/`sumOver`. @example item('date'); // { kind: 'item', path: ['date'] } */
export const item = (...path: string[]): Expr => ({ kind: 'item', path });
/** A dated parameter, looked up as of the evaluation date. @example param('rateCap'); // { kind: 'param', name: 'rateCap' } */
export const param = (name: string): Expr => ({ kind: 'param', name });
/** A named definition of the policy. @example ref('year'); // { kind: 'ref', name: 'year' } */
export const ref = (name: string): Expr => ({ kind: 'ref', name });
/** Sum. @example add(num(1), num(2)); // { kind: 'arith', op: '+', args: [...] } */
export const add = (...args: Num[]): Expr => ({ kind: 'arith', op: '+', args: args.map(e) });
/** Difference. @example sub(num(3), num(1)); // { kind: 'arith', op: '-', args: [{ kind: 'num', value: '3' }, { kind: 'num', value: '1' }] } */
export const sub = (...args: Num[]): Expr => ({ kind: 'arith', op: '-', args: args.map(e) });
/** Product. @example mul(fact('principal'), param('rate')); // { kind: 'arith', op: '*', args: [{ kind: 'fact', path: ['principal'] }, { kind: 'param', name: 'rate' }] } */
export const mul = (...args: Num[]): Expr => ({ kind: 'arith', op: '*', args: args.map(e) });
/** Division that says what a zero denominator means. @example div(fact('a'), fact('b'), num(0)); // { kind: 'div', num: { kind: 'fact', path: ['a'] }, den: { kind: 'fact', path: ['b'] }, ifZero: { kind: 'num', value: '0' } } */
export const div = (num_: Num, den: Num, ifZero: Num): Expr => ({ kind: 'div', num: e(num_), den: e(den), ifZero: e(ifZero) });
/** A ratio; a zero denominator gives `ifZero` (default 0, so `ratio >= t` fails). @example ratio(fact('stStaff'), fact('employees')); // { kind: 'div', num: { kind: 'fact', path: ['stStaff'] }, den: { kind: 'fact', path: ['employees'] }, ifZero: { kind: 'num', value: '0' } } */
export const ratio = (a: Num, b: Num, ifZero: Num = 0): Expr => div(a, b, ifZero);
/** Explicit rounding. @example round(mul(fact('x'), num('0.08')), 2, 'half-up'); // { kind: 'round', arg: { kind: 'arith', op: '*', args: [{ kind: 'fact', path: ['x'] }, { kind: 'num', value: '0.08' }] }, scale: 2, mode: 'half-up' } */
export const round = (arg: Num, scale: number, mode: RoundingMode): Expr => ({ kind: 'round', arg: e(arg), scale, mode });
/** Rounds half-up to the fen. @example toFenExpr(mul(fact('x'), num('0.1'))); // { kind: 'round', arg: { kind: 'arith', op: '*', args: [{ kind: 'fact', path: ['x'] }, { kind: 'num', value: '0.1' }] }, scale: 2, mode: 'half-up' } */
export const toFenExpr = (arg: Num): Expr => round(arg, 2, 'half-up');
/** Minimum. @example min(fact('rate'), num('0.01')); // { kind: 'minmax', op: 'min', args: [{ kind: 'fact', path: ['rate'] }, { kind: 'num', value: '0.01' }] } */
export const min = (...args: Num[]): Expr => ({ kind: 'minmax', op: 'min', args: args.map(e) });
/** Maximum. @example max(num(0), fact('x')); // { kind: 'minmax', op: 'max', args: [{ kind: 'num', value: '0' }, { kind: 'fact', path: ['x'] }] } */
export const max = (...args: Num[]): Expr => ({ kind: 'minmax', op: 'max', args: args.map(e) });
/** `a >= b`. @example gte(fact('x'), num('0.10')); // { kind: 'cmp', op: '>=', left: { kind: 'fact', path: ['x'] }, right: { kind: 'num', value: '0.10' } } */
export const gte = (a: Num, b: Num): Expr => ({ kind: 'cmp', op: '>=', left: e(a), right: e(b) });
/** `a > b`. @example gt(fact('score'), num(70)); // { kind: 'cmp', op: '>', left: { kind: 'fact', path: ['score'] }, right: { kind: 'num', value: '70' } } */
export const gt = (a: Num, b: Num): Expr => ({ kind: 'cmp', op: '>', left: e(a), right: e(b) });
/** `a <= b`. @example lte(fact('employees'), num(500)); // { kind: 'cmp', op: '<=', left: { kind: 'fact', path: ['employees'] }, right: { kind: 'num', value: '500' } } */
export const lte = (a: Num, b: Num): Expr => ({ kind: 'cmp', op: '<=', left: e(a), right: e(b) });
/** `a < b`. @example lt(fact('x'), num(1)); // { kind: 'cmp', op: '<', left: { kind: 'fact', path: ['x'] }, right: { kind: 'num', value: '1' } } */
export const lt = (a: Num, b: Num): Expr => ({ kind: 'cmp', op: '<', left: e(a), right: e(b) });
/** `a = b`. @example eq(fact('flag'), bool(true)); // { kind: 'cmp', op: '=', left: { kind: 'fact', path: ['flag'] }, right: { kind: 'bool', value: true } } */
export const eq = (a: Num, b: Num): Expr => ({ kind: 'cmp', op: '=', left: e(a), right: e(b) });
/** `a != b`. @example ne(fact('x'), num(0)); // { kind: 'cmp', op: '!=', left: { kind: 'fact', path: ['x'] }, right: { kind: 'num', value: '0' } } */
export const ne = (a: Num, b: Num): Expr => ({ kind: 'cmp', op: '!=', left: e(a), right: e(b) });
/** Kleene and. @example and(fact('a'), fact('b')); // { kind: 'and', args: [{ kind: 'fact', path: ['a'] }, { kind: 'fact', path: ['b'] }] } */
export const and = (...args: Expr[]): Expr => ({ kind: 'and', args });
/** Kleene or. @example or(fact('a'), fact('b')); // { kind: 'or', args: [{ kind: 'fact', path: ['a'] }, { kind: 'fact', path: ['b'] }] } */
export const or = (...args: Expr[]): Expr => ({ kind: 'or', args });
/** Negation (unknown stays unknown). @example not(fact('restrictedIndustry')); // { kind: 'not', arg: { kind: 'fact', path: ['restrictedIndustry'] } } */
export const not = (arg: Expr): Expr => ({ kind: 'not', arg });
/** Conditional. @example cond(fact('a'), num(1), num(0)); // { kind: 'if', cond: { kind: 'fact', path: ['a'] }, then: { kind: 'num', value: '1' }, else: { kind: 'num', value: '0' } } */
export const cond = (c: Expr, then: Num, otherwise: Num): Expr => ({ kind: 'if', cond: c, then: e(then), else: e(otherwise) });
/** True when the value is known. @example present(fact('innovationScore')); // { kind: 'present', arg: { kind: 'fact', path: ['innovationScore'] } } */
export const present = (arg: Expr): Expr => ({ kind: 'present', arg });
/** The first known value (unknown as the first if none is). @example coalesce(fact('request', 'deferTo'), date('2020-06-30')); // { kind: 'coalesce', args: [{ kind: 'fact', path: ['request', 'deferTo'] }, { kind: 'date', value: '2020-06-30' }] } */
export const coalesce = (...args: Num[]): Expr => ({ kind: 'coalesce', args: args.map(e) });
/** Membership in a set of texts. @example isIn(item('kind'), ['safety', 'quality']); // { kind: 'in', arg: { kind: 'item', path: ['kind'] }, values: ['safety', 'quality'] } */
export const isIn = (arg: Expr, values: string[]): Expr => ({ kind: 'in', arg, values });
/** Adds days. @example addDays(asOf(), -1); // { kind: 'dateAdd', unit: 'days', date: { kind: 'asOf' }, n: { kind: 'num', value: '-1' } } */
export const addDays = (d: Expr, n: Num): Expr => ({ kind: 'dateAdd', unit: 'days', date: d, n: e(n) });
/** Adds months (month-end clamped). @example addMonths(fact('due'), 3); // { kind: 'dateAdd', unit: 'months', date: { kind: 'fact', path: ['due'] }, n: { kind: 'num', value: '3' } } */
export const addMonths = (d: Expr, n: Num): Expr => ({ kind: 'dateAdd', unit: 'months', date: d, n: e(n) });
/** Adds years (Feb 29 + 1 year = Feb 28). @example addYears(fact('registeredOn'), 1); // { kind: 'dateAdd', unit: 'years', date: { kind: 'fact', path: ['registeredOn'] }, n: { kind: 'num', value: '1' } } */
export const addYears = (d: Expr, n: Num): Expr => ({ kind: 'dateAdd', unit: 'years', date: d, n: e(n) });
/** The year of a date. @example yearOf(asOf()); // { kind: 'yearOf', arg: { kind: 'asOf' } } */
export const yearOf = (arg: Expr): Expr => ({ kind: 'yearOf', arg });
/** Kleene "some item satisfies". @example some(['incidents'], isIn(item('kind'), ['safety'])); // { kind: 'some', over: ['incidents'], where: { kind: 'in', arg: { kind: 'item', path: ['kind'] }, values: ['safety'] } } */
export const some = (over: PathSegment[], where: Expr): Expr => ({ kind: 'some', over, where });
/** Kleene "every item satisfies". @example every(['payments'], gte(item('principal'), num(0))); // { kind: 'every', over: ['payments'], where: { kind: 'cmp', op: '>=', left: { kind: 'item', path: ['principal'] }, right: { kind: 'num', value: '0' } } } */
export const every = (over: PathSegment[], where: Expr): Expr => ({ kind: 'every', over, where });
/** Sum over items (optionally filtered). @example sumOver(['financials'], item('rdExpense')); // { kind: 'sumOver', over: ['financials'], value: { kind: 'item', path: ['rdExpense'] } } */
export const sumOver = (over: PathSegment[], value: Expr, where?: Expr): Expr => (where ? { kind: 'sumOver', over, value, where } : { kind: 'sumOver', over, value });
/** An interval `[lo, hi]`. @example interval(num(9), num(10)); // { kind: 'interval', lo: { kind: 'num', value: '9' }, hi: { kind: 'num', value: '10' } } */
export const interval = (lo: Num, hi: Num): Expr => ({ kind: 'interval', lo: e(lo), hi: e(hi) });
/** A field of a record value. @example get(call('fee.guarantee', {}), 'fee'); // { kind: 'get', of: { kind: 'call', fn: 'fee.guarantee', args: {} }, path: ['fee'] } */
export const get = (of: Expr, ...path: string[]): Expr => ({ kind: 'get', of, path });
/** A call of a registered building block with its configuration data. @example call('band.lookup', { x: fact('r') }, { bands: [] }); // { kind: 'call', fn: 'band.lookup', args: { x: { kind: 'fact', path: ['r'] } }, config: { bands: [] } } */
export const call = (fn: string, args: Record<string, Expr>, config?: unknown): Expr => (config === undefined ? { kind: 'call', fn, args } : { kind: 'call', fn, args, config });
