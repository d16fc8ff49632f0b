/**
 * Generators for the differential test of the decision fast path: random policies over
 * every expression kind (those the fast path handles and those it declines) and random
 * raw records that hit its boundaries (decimals as decimal.js values, decimal strings and
 * JS numbers, huge and non-finite numbers, ratios at thresholds, zero denominators,
 * missing and wrongly typed facts, leap days and dates that do not exist).
 */
import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';
import type { Expr, PathSegment, Policy, Rule } from '../../src/engine';
import type { OutputType } from '../../src/engine/output-type';
import { SOURCES } from './helpers';

const cite = { document: 'doc', article: '1' };
const label = { zh: '条件', en: 'criterion' };
const num = (value: string): Expr => ({ kind: 'num', value });
const fact = (...path: Extract<Expr, { kind: 'fact' }>['path']): Expr => ({ kind: 'fact', path });
const asOfYear: Expr = { kind: 'yearOf', arg: { kind: 'asOf' } };

/** Decimal literals: thresholds the facts also take (so ratios land exactly on them), and finer ones. */
const LITERALS = ['0', '1', '-1', '2', '3', '4', '10', '12', '100', '120', '0.1', '0.10', '0.25', '0.5', '0.125', '2019', '90071992547409.91'];
const literal = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LITERALS) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: -999, max: 9999 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`) },
  { weight: 1, arbitrary: fc.constantFrom('0.0001', '0.0000001', '123456789012345678') },
);

/** The band table of `band.lookup` calls: closed at the top, with a gap (3, 4) and an interval yield. */
const BANDS = {
  kind: 'bands',
  bands: [
    { hi: { value: '1', inclusive: true }, yields: '0.5' },
    { lo: { value: '1', inclusive: false }, hi: { value: '3', inclusive: true }, yields: '2' },
    { lo: { value: '4', inclusive: true }, hi: { value: '100', inclusive: false }, yields: { lo: '9', hi: '10' } },
    { lo: { value: '100', inclusive: true }, yields: '0.25' },
  ],
};

const keyedYear = fc.constantFrom<Expr>(
  { kind: 'arith', op: '-', args: [asOfYear, num('1')] },
  num('2019'),
  fact('c'),
);

/** Numeric leaves over the current item of some/every, one operation deep (keyed paths by the item's year too). */
const itemNum: fc.Arbitrary<Expr> = fc.letrec<{ n: Expr }>((tie) => ({
  n: fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    fc.constantFrom<Expr>({ kind: 'item', path: ['v'] }, { kind: 'item', path: ['y'] }, fact('a'), num('0'), num('0.1'), num('10'), num('2019')),
    fc.constantFrom<Expr>(fact('financials', { key: 'year', equals: { kind: 'item', path: ['y'] } }, 'x'), fact('financials', { key: 'year', equals: { kind: 'arith', op: '+', args: [{ kind: 'item', path: ['y'] }, num('1')] } }, 'y')),
    fc.tuple(tie('n'), tie('n')).map(([a, d]): Expr => ({ kind: 'div', num: a, den: d, ifZero: num('-1') })),
    fc.tuple(fc.constantFrom('+' as const, '-' as const, '*' as const), tie('n'), tie('n')).map(([op, a, b]): Expr => ({ kind: 'arith', op, args: [a, b] })),
  ),
})).n;

/** A boolean expression over the current item (the `where` of some/every). */
const itemBool: fc.Arbitrary<Expr> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('>' as const, '>=' as const, '=' as const, '<' as const), itemNum, itemNum).map(([op, left, right]): Expr => ({ kind: 'cmp', op, left, right })) },
  { weight: 1, arbitrary: fc.constantFrom<Expr>({ kind: 'in', arg: { kind: 'item', path: ['kind'] }, values: ['A'] }, { kind: 'present', arg: { kind: 'item', path: ['v'] } }) },
);

const CMP_OPS = ['>', '>=', '<', '<=', '=', '!='] as const;

/** Numbers (`n`), booleans (`b`) and dates (`d`); refs to the definitions only outside them (`refs`). */
function exprs(refs: boolean): { n: fc.Arbitrary<Expr>; b: fc.Arbitrary<Expr>; d: fc.Arbitrary<Expr> } {
  return fc.letrec<{ n: Expr; b: Expr; d: Expr }>((tie) => {
    const leaves: fc.Arbitrary<Expr>[] = [
      literal.map(num),
      fc.constantFrom('a', 'b', 'c').map((f) => fact(f)),
      fc.constantFrom<Expr>({ kind: 'param', name: 'ratio' }, { kind: 'param', name: 'late' }),
      fc.tuple(keyedYear, fc.constantFrom('x', 'y')).map(([equals, f]) => fact('financials', { key: 'year', equals }, f)),
    ];
    if (refs) leaves.push(fc.constant<Expr>({ kind: 'ref', name: 'n1' }));
    const n = fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth: 4 },
      ...leaves.map((arbitrary) => ({ weight: 6, arbitrary })),
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom('+' as const, '-' as const, '*' as const), fc.array(tie('n'), { minLength: 1, maxLength: 3 })).map(([op, args]): Expr => ({ kind: 'arith', op, args })) },
      { weight: 4, arbitrary: fc.tuple(tie('n'), tie('n'), tie('n')).map(([a, d, z]): Expr => ({ kind: 'div', num: a, den: d, ifZero: z })) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('min' as const, 'max' as const), fc.array(tie('n'), { minLength: 1, maxLength: 3 })).map(([op, args]): Expr => ({ kind: 'minmax', op, args })) },
      { weight: 1, arbitrary: fc.tuple(tie('b'), tie('n'), tie('n')).map(([cond, th, el]): Expr => ({ kind: 'if', cond, then: th, else: el })) },
      { weight: 1, arbitrary: fc.array(tie('n'), { minLength: 1, maxLength: 2 }).map((args): Expr => ({ kind: 'coalesce', args })) },
      { weight: 1, arbitrary: tie('d').map((arg): Expr => ({ kind: 'yearOf', arg })) },
      { weight: 1, arbitrary: tie('n').map((x): Expr => ({ kind: 'call', fn: 'band.lookup', args: { x }, config: BANDS })) },
      // kinds the fast path declines (rarely, so that most records stay on the fast path)
      { weight: 1, arbitrary: fc.oneof(
        tie('n').map((arg): Expr => ({ kind: 'round', arg, scale: 2, mode: 'half-up' })),
        fc.constant<Expr>({ kind: 'sumOver', over: ['list'], value: { kind: 'item', path: ['v'] } }),
        fc.constant<Expr>({ kind: 'get', of: fact('rec'), path: ['x'] }),
      ) },
    );
    const b = fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth: 4 },
      { weight: 1, arbitrary: fc.boolean().map((value): Expr => ({ kind: 'bool', value })) },
      { weight: 1, arbitrary: fc.constant(fact('f')) },
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...CMP_OPS), tie('n'), tie('n')).map(([op, left, right]): Expr => ({ kind: 'cmp', op, left, right })) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CMP_OPS), tie('d'), tie('d')).map(([op, left, right]): Expr => ({ kind: 'cmp', op, left, right })) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('=' as const, '!=' as const), fc.constantFrom<[Expr, Expr]>([fact('s'), { kind: 'str', value: 'A' }], [fact('f'), { kind: 'bool', value: true }], [fact('s'), fact('f')])).map(([op, [left, right]]): Expr => ({ kind: 'cmp', op, left, right })) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(tie('b'), { minLength: 1, maxLength: 3 })).map(([kind, args]): Expr => ({ kind, args })) },
      { weight: 1, arbitrary: tie('b').map((arg): Expr => ({ kind: 'not', arg })) },
      { weight: 1, arbitrary: fc.tuple(tie('b'), tie('b'), tie('b')).map(([cond, th, el]): Expr => ({ kind: 'if', cond, then: th, else: el })) },
      { weight: 2, arbitrary: fc.oneof(tie('n'), tie('d')).map((arg): Expr => ({ kind: 'present', arg })) },
      { weight: 1, arbitrary: fc.array(tie('b'), { minLength: 1, maxLength: 2 }).map((args): Expr => ({ kind: 'coalesce', args })) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(fact('s'), fact('a'), fact('d')), fc.constantFrom<string[]>(['A'], ['A', 'B'], ['1'])).map(([arg, values]): Expr => ({ kind: 'in', arg, values })) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('some' as const, 'every' as const), fc.constantFrom<PathSegment[]>(['list'], ['financials']), itemBool).map(([kind, over, where]): Expr => ({ kind, over, where })) },
      ...(refs ? [{ weight: 1, arbitrary: fc.constant<Expr>({ kind: 'ref', name: 'b1' }) }] : []),
      // declined: a comparison with an experts' interval
      { weight: 1, arbitrary: tie('n').map((right): Expr => ({ kind: 'cmp', op: '>', left: { kind: 'interval', lo: num('1'), hi: num('2') }, right })) },
    );
    const d = fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth: 3 },
      fc.constantFrom<Expr>({ kind: 'asOf' }, fact('d'), { kind: 'date', value: '2020-02-29' }, { kind: 'date', value: '2019-03-01' }),
      fc.tuple(fc.constantFrom('days' as const, 'months' as const, 'years' as const), tie('d'), fc.oneof({ weight: 6, arbitrary: fc.constantFrom('1', '-1', '12', '365').map(num) }, { weight: 1, arbitrary: fc.constantFrom(num('0.5'), fact('c')) })).map(([unit, date, n]): Expr => ({ kind: 'dateAdd', unit, date, n })),
    );
    return { n, b, d };
  });
}

const withRefs = exprs(true);
const noRefs = exprs(false);

function ruleArb(): fc.Arbitrary<Rule> {
  const criterion = fc.tuple(fc.nat(6), withRefs.b, fc.option(fc.dictionary(fc.constantFrom('v1', 'v2'), withRefs.n, { maxKeys: 2 }), { nil: undefined }))
    .map(([i, test, values]): Rule => ({ kind: 'criterion', id: `c${i}`, label, cite, test, ...(values ? { values } : {}) }));
  return fc.letrec<{ r: Rule }>((tie) => ({
    r: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: criterion },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('allOf' as const, 'anyOf' as const), fc.option(fc.nat(3), { nil: undefined }), fc.array(tie('r'), { maxLength: 3 })).map(([kind, id, rules]): Rule => ({ kind, ...(id !== undefined ? { id: `g${id}` } : {}), rules })) },
      { weight: 1, arbitrary: fc.tuple(fc.option(fc.nat(3), { nil: undefined }), tie('r')).map(([id, rule]): Rule => ({ kind: 'not', ...(id !== undefined ? { id: `n${id}` } : {}), rule })) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(3), fc.array(tie('r'), { maxLength: 3 })).map(([n, rules]): Rule => ({ kind: 'atLeast', id: 'least', n, rules })) },
      { weight: 1, arbitrary: fc.tuple(tie('r'), fc.array(fc.tuple(withRefs.b, fc.constantFrom('pass' as const, 'fail' as const)), { minLength: 1, maxLength: 2 })).map(([base, xs]): Rule => ({
        kind: 'exceptions', id: 'exc', base, exceptions: xs.map(([when, outcome], i) => ({ id: `x${i}`, label, cite, when, outcome })),
      })) },
    ),
  })).r;
}

/** Outputs: mostly an expression of the declared type, sometimes a mismatch (an error row). */
const outputArb: fc.Arbitrary<{ type: OutputType; expr: Expr }> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(
    fc.constantFrom<Expr>(fact('a'), { kind: 'ref', name: 'n1' }, { kind: 'arith', op: '*', args: [fact('a'), num('0.01')] }).map((expr) => ({ type: { type: 'money' } as OutputType, expr })),
    withRefs.n.map((expr) => ({ type: { type: 'decimal', minScale: 2 } as OutputType, expr })),
    withRefs.n.map((expr) => ({ type: { type: 'nullable', of: { type: 'money' } } as OutputType, expr })),
    fc.constantFrom<Expr>(fact('c'), asOfYear).map((expr) => ({ type: { type: 'integer' } as OutputType, expr })),
    withRefs.b.map((expr) => ({ type: { type: 'boolean' } as OutputType, expr })),
    withRefs.d.map((expr) => ({ type: { type: 'date' } as OutputType, expr })),
    fc.constantFrom<Expr>(fact('s'), { kind: 'str', value: 'x' }).map((expr) => ({ type: { type: 'string' } as OutputType, expr })),
  ) },
  { weight: 1, arbitrary: fc.tuple(
    fc.constantFrom<OutputType>({ type: 'money' }, { type: 'integer' }, { type: 'json' }, { type: 'interval' }, { type: 'list', of: { type: 'string' } }, { type: 'string' }),
    fc.oneof(withRefs.n, withRefs.b, fc.constantFrom<Expr>(fact('list'), { kind: 'round', arg: fact('a'), scale: 2, mode: 'half-up' })),
  ).map(([type, expr]) => ({ type, expr })) },
);

/**
 * A random policy: rule tree, definitions `n1` (number) and `b1` (boolean), dated parameters, outputs.
 *
 * @example
 * fc.sample(policyArb, 1)[0].id; // 'test.fast'
 */
export const policyArb: fc.Arbitrary<Policy> = fc.record({
  eligibility: ruleArb(),
  n1: noRefs.n,
  b1: noRefs.b,
  outputs: fc.array(outputArb, { maxLength: 2 }),
  when: fc.constantFrom(undefined, 'always' as const, 'eligible' as const, 'notIneligible' as const),
}).map(({ eligibility, n1, b1, outputs, when }): Policy => ({
  id: 'test.fast', title: { zh: '测试', en: 'Test' }, sources: SOURCES, effective: { from: '2000-01-01' }, eligibility,
  parameters: {
    // dated: 0.10 to the end of 2018, 0.25 from 2019 (a ratio threshold)
    ratio: { label, cite, versions: [{ from: '2000-01-01', to: '2018-12-31', value: '0.10' }, { from: '2019-01-01', value: '0.25' }] },
    // not in force before 2016-03-01: an error row there
    late: { label, cite, versions: [{ from: '2016-03-01', value: '3' }] },
  },
  definitions: { n1: { expr: n1 }, b1: { expr: b1 } },
  ...(outputs.length ? { outputs: Object.fromEntries(outputs.map((o, i) => [`o${i}`, o])) } : {}),
  ...(when ? { outputsWhen: when } : {}),
}));

/**
 * A number fact in every form a raw record can carry it.
 *
 * @example
 * fc.sample(numberFact, 3); // e.g. [12, Decimal('0.125'), 1e300]
 */
export const numberFact: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -3, max: 130 }) },
  { weight: 5, arbitrary: fc.constantFrom(...LITERALS, '0.3', '1.005', '911145583.7').map((t) => new Decimal(t)) },
  { weight: 2, arbitrary: fc.constantFrom('12', '0.10', '120', 'abc', '') },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 0.1, -0, 1e300, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY) },
  { weight: 1, arbitrary: fc.constantFrom(new Decimal('90071992547409.92'), new Decimal('1e40'), new Decimal('NaN'), new Decimal('-0'), new Decimal('1e-7')) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, [1], {}) },
);

const yearKey = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 2016, max: 2021 }) },
  { weight: 3, arbitrary: fc.integer({ min: 2016, max: 2021 }).map((y) => new Decimal(y)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('2019', 2019.5, [2019], null, new Decimal('2019.00'), 2 ** 53) },
);
const dateFact = fc.constantFrom<unknown>('2020-06-01', '2020-02-29', '2019-02-28', '2019-02-29', '2019-13-01', '2016-01-01', 'soon', 20190101, null);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 6 });

const wildRecord = fc.record({
  a: opt(numberFact), b: opt(numberFact), c: opt(numberFact),
  d: opt(dateFact),
  s: opt(fc.constantFrom<unknown>('A', 'B', 'C', 1, null)),
  f: opt(fc.constantFrom<unknown>(true, false, 'true', null)),
  financials: opt(fc.array(fc.record({ year: yearKey, x: numberFact, y: numberFact }), { maxLength: 4 })),
  list: opt(fc.array(fc.record({ v: numberFact, y: yearKey, kind: fc.constantFrom<unknown>('A', 'B', 1) }), { maxLength: 4 })),
  rec: opt(fc.record({ x: numberFact })),
}, { requiredKeys: [] });

/** Every fact present and well typed (whole numbers and decimals within the scale), financials for every year. */
const healthyNumber = fc.oneof(fc.integer({ min: -2, max: 130 }), fc.constantFrom(...LITERALS.slice(0, 15), '0.3', '1.05').map((t) => new Decimal(t)));
const healthyRecord = fc.record({
  a: healthyNumber, b: healthyNumber, c: healthyNumber,
  d: fc.constantFrom('2020-06-01', '2020-02-29', '2019-02-28', '2016-01-01'),
  s: fc.constantFrom('A', 'B', 'C'),
  f: fc.boolean(),
  financials: fc.tuple(fc.array(fc.record({ x: healthyNumber, y: healthyNumber }), { minLength: 6, maxLength: 6 }), fc.boolean())
    .map(([rows, dec]) => rows.map((r, i) => ({ year: dec ? new Decimal(2016 + i) : 2016 + i, ...r }))),
  list: fc.array(fc.record({ v: healthyNumber, y: fc.integer({ min: 2016, max: 2021 }), kind: fc.constantFrom('A', 'B') }), { maxLength: 4 }),
  rec: fc.record({ x: healthyNumber }),
});

/**
 * A raw record over the facts the generated policies read (absent keys are missing facts): healthy or wild.
 *
 * @example
 * fc.sample(recordArb, 1)[0]; // e.g. { a: 12, b: Decimal('0.10'), financials: [...], ... }
 */
export const recordArb: fc.Arbitrary<Record<string, unknown>> = fc
  .oneof({ weight: 3, arbitrary: healthyRecord }, { weight: 1, arbitrary: wildRecord })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

/**
 * Evaluation dates: either side of the parameter change, leap days, one before the policy is in force, and invalid ones.
 *
 * @example
 * fc.sample(asOfArb, 1); // e.g. ['2019-01-01']
 */
export const asOfArb = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('2020-06-01', '2019-01-01', '2018-12-31', '2016-02-29', '2021-03-01') },
  { weight: 1, arbitrary: fc.constantFrom('1999-12-31', '2019-02-29', 'today') },
);
