import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/models/decimal';
import { InputError } from '../../src/engine/errors';
import type { FunctionEnv } from '../../src/engine/functions';
import type { Json } from '../../src/engine/output-type';
import { Unknown, type Value } from '../../src/engine/values';
import { awardItemsFn } from '../../src/rules/functions/award-fns';
import { bandLookupFn } from '../../src/rules/functions/band-fns';
import { chooseFirstFn, ChoiceConfigSchema } from '../../src/rules/functions/choice-fns';
import { guaranteeFeeFn } from '../../src/rules/functions/fee-fns';
import { listSelectFn } from '../../src/rules/functions/list-fns';
import { deferByMonthsFn, deferLeaseFn, deferToDateFn } from '../../src/rules/functions/loan-deferral-fns';
import { cardInputs, scoreCardFn } from '../../src/rules/functions/score-fns';
import { tristateFn } from '../../src/rules/functions/tristate-fns';
import { asInputError, decimalArg, listArg, optionalDateArg } from '../../src/rules/functions/value-args';
import { atLeastBands } from '../../src/rules/band-table';
import { ScoreCardSchema } from '../../src/rules/score';

// Edge cases of the building-block wrappers (argument checks, error rows, trace notes),
// written to kill the mutants Stryker left alive (docs/testing.md, Mutation testing).
// Every block is compiled inside its test, so mutation testing sees which tests use it.

const d = (x: string | number) => new Decimal(x);

/** An environment that keeps the notes a block writes. */
function noting(asOf = '2020-06-01'): FunctionEnv & { notes: { op: string; detail: Json }[] } {
  const notes: { op: string; detail: Json }[] = [];
  return { asOf, notes, note: (op, detail) => notes.push({ op, detail }) };
}

/** The InputError a call throws. */
function inputErrorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const text = (v: unknown): unknown => (v instanceof Decimal ? v.toString() : Array.isArray(v) ? v.map(text) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, text(x)])) : v);

describe('argument readers', () => {
  it('decimalArg takes decimals and plain decimal text only, naming the argument', () => {
    const x = d('2.5');
    expect(decimalArg({ a: x }, 'a')).toBe(x);
    for (const [s, want] of [['12.50', '12.5'], ['-3', '-3'], ['45', '45'], ['1.25', '1.25']]) expect(decimalArg({ a: s }, 'a').toString()).toBe(want);
    for (const s of ['a5', '5a', '5.', '.5', '1e3', '1.2.3', '']) expect(() => decimalArg({ a: s }, 'a'), s).toThrow('argument a: expected a number');
    expect(() => decimalArg({ a: true }, 'a')).toThrow(TypeError);
    expect(() => decimalArg({}, 'rate')).toThrow('argument rate: expected a number');
  });
  it('optionalDateArg: absent is undefined; a real date is kept; anything else is refused', () => {
    expect(optionalDateArg({}, 'd')).toBeUndefined();
    expect(optionalDateArg({ d: '2020-02-29' }, 'd')).toBe('2020-02-29');
    expect(() => optionalDateArg({ d: '2019-02-29' }, 'd')).toThrow('argument d: expected a date');
    expect(() => optionalDateArg({ d: d(1) }, 'd')).toThrow(TypeError);
  });
  it('listArg takes a list only', () => {
    const l = [{ a: 1 }];
    expect(listArg({ l }, 'l')).toBe(l);
    expect(() => listArg({ l: { a: 1 } }, 'l')).toThrow('argument l: expected a list');
    expect(() => listArg({}, 'payments')).toThrow('argument payments: expected a list');
  });
  it('asInputError turns the errors it knows into input errors and lets the others through', () => {
    expect(asInputError(() => 5, () => null)).toBe(5);
    const e = inputErrorOf(() => asInputError(() => { throw new RangeError('bad'); }, (x) => (x instanceof RangeError ? { code: 'C', path: 'p.q', message: 'why' } : null)));
    expect([e.code, e.message, e.issues]).toEqual(['C', 'why', [{ path: 'p.q', message: 'why' }]]);
    const other = new TypeError('other');
    expect(() => asInputError(() => { throw other; }, () => null)).toThrow(other);
  });
});

describe('fee.guarantee', () => {
  const args = { amount: d('3000000'), contractRate: d('0.015'), termMonths: d(12) };
  it('prices a guarantee and notes the rate, the cap and what capped it', () => {
    const env = noting();
    const r = guaranteeFeeFn.compile({ rateCap: '0.01' })(args, env);
    expect(text(r)).toEqual({ rate: '0.01', fee: '30000', feeAtContract: '45000', waived: '15000', subsidy: '0', payable: '30000', cap: '0.01', rateCappedBy: 'cap' });
    expect(env.notes).toEqual([{ op: 'rate', detail: { contractRate: '0.015', cap: '0.01', rate: '0.01', cappedBy: 'cap' } }]);
  });
  it('without a cap the note says so (null)', () => {
    const env = noting();
    guaranteeFeeFn.compile({})(args, env);
    expect(env.notes).toEqual([{ op: 'rate', detail: { contractRate: '0.015', cap: null, rate: '0.015', cappedBy: null } }]);
  });
  it('a kind and a subsidy share are used when given, as text and number', () => {
    const f = guaranteeFeeFn.compile({ rateCap: '0.01', zeroRateKinds: ['extension'] });
    expect(text((f({ ...args, kind: 'extension' }, noting()) as Record<string, Value>)['fee'])).toBe('0');
    expect(text((f({ ...args, kind: d(1) }, noting()) as Record<string, Value>)['fee'])).toBe('30000');
    expect(text((f({ ...args, subsidyShare: d('0.5') }, noting()) as Record<string, Value>)['subsidy'])).toBe('15000');
    expect(text((f({ ...args, subsidyShare: '0.25' }, noting()) as Record<string, Value>)['payable'])).toBe('22500');
  });
  it('the term is a positive whole number of months', () => {
    const f = guaranteeFeeFn.compile({});
    expect(() => f({ ...args, termMonths: d('12.5') }, noting())).toThrow('termMonths must be a positive whole number');
    expect(() => f({ ...args, termMonths: d(0) }, noting())).toThrow('termMonths must be a positive whole number');
    expect(() => f({ ...args, termMonths: d(-12) }, noting())).toThrow(TypeError);
    expect(text((f({ ...args, termMonths: d(1) }, noting()) as Record<string, Value>)['fee'])).toBe('3750');
  });
});

describe('band.lookup', () => {
  const table = atLeastBands([['0.30', '20'], ['0.10', '4']]);
  it('notes the band it used and its yield', () => {
    const env = noting();
    expect(text(bandLookupFn.compile(table)({ x: d('0.3') }, env))).toBe('20');
    expect(env.notes).toEqual([{ op: 'band', detail: { x: '0.3', band: 0, yields: '20' } }]);
  });
  it('a value in a gap is an OUT_OF_TABLE input error', () => {
    const e = inputErrorOf(() => bandLookupFn.compile(table)({ x: d('0.05') }, noting()));
    expect([e.code, e.message, e.issues]).toEqual(['OUT_OF_TABLE', 'value 0.05 falls in no band of the table', [{ path: '(value)', message: '0.05 is in a gap of the table' }]]);
  });
});

describe('award.items', () => {
  const schedule = {
    items: { talent: { parts: [{ field: 'talents', rule: { kind: 'perUnit', amountEach: '30000' } }], cap: '300000' } },
    applicantCap: { cap: '200000', label: 'applicantAnnualCap' },
  };
  it('notes each item and the applicant cap', () => {
    const env = noting();
    const r = awardItemsFn.compile(schedule)({ items: [{ kind: 'talent', talents: d(11) }] }, env);
    expect(text(r)).toEqual({ items: [{ kind: 'talent', amount: '300000', cappedBy: 'itemCap' }], itemsTotal: '300000', award: '200000', cappedBy: 'applicantAnnualCap' });
    expect(env.notes).toEqual([
      { op: 'items', detail: [{ kind: 'talent', uncapped: '330000.00', amount: '300000.00', cappedBy: 'itemCap' }] },
      { op: 'applicantCap', detail: { itemsTotal: '300000.00', award: '200000.00', cappedBy: 'applicantAnnualCap' } },
    ]);
  });
  it('an item without a kind is an INVALID_CLAIM input error naming it', () => {
    const e = inputErrorOf(() => awardItemsFn.compile(schedule)({ items: [{ kind: 'talent', talents: d(1) }, { talents: d(1) }] }, noting()));
    expect([e.code, e.issues]).toEqual(['INVALID_CLAIM', [{ path: 'items[1].kind', message: 'expected the kind of the item' }]]);
    expect(inputErrorOf(() => awardItemsFn.compile(schedule)({ items: [{ kind: d(1) }] }, noting())).code).toBe('INVALID_CLAIM');
  });
});

describe('choose.first', () => {
  it('gives the first option that holds, noted; null when none does', () => {
    const env = noting();
    const f = chooseFirstFn.compile({ options: ['a', 'b', 'c'] });
    expect(f({ a: false, b: true, c: true }, env)).toBe('b');
    expect(f({ a: false }, env)).toBeNull();
    expect(env.notes).toEqual([{ op: 'chosen', detail: 'b' }, { op: 'chosen', detail: null }]);
  });
  it('refuses an option that is not a condition, and duplicate option ids', () => {
    expect(() => chooseFirstFn.compile({ options: ['a', 'b'] })({ a: d(1) }, noting())).toThrow('choose.first: option a is not a condition (true/false)');
    expect(ChoiceConfigSchema.safeParse({ options: ['a', 'a'] }).success).toBe(false);
    expect(ChoiceConfigSchema.safeParse({ options: ['a', 'b'] }).success).toBe(true);
  });
});

describe('list.select and value.tristate', () => {
  it('list.select refuses a condition that is not a boolean', () => {
    expect(() => listSelectFn.compile({ names: ['a', 'b'] })({ when1: true, when2: d(1) }, noting())).toThrow('list.select: condition when2 is not a boolean');
    expect(() => listSelectFn.compile({ names: ['a'] })({ when1: 'yes' }, noting())).toThrow(TypeError);
  });
  it('value.tristate refuses a non-text and a text in no list, with or without undecided texts', () => {
    expect(() => tristateFn.compile({ yes: ['y'], no: ['n'] })({ x: d(1) }, noting())).toThrow('value.tristate: expected a text');
    expect(() => tristateFn.compile({ yes: ['y'], no: ['n'] })({ x: 'maybe' }, noting())).toThrow('value.tristate: "maybe" is in none of the lists');
    expect(() => tristateFn.compile({ yes: ['y'], no: ['n'], undecided: { p: 'pending' } })({ x: 'toString' }, noting())).toThrow('value.tristate: "toString" is in none of the lists');
    expect(tristateFn.compile({ yes: ['y'], no: ['n'] })({ x: 'n' }, noting())).toBe(false);
    const u = tristateFn.compile({ yes: [], no: [], undecided: { p: 'pending' } })({ x: 'p' }, noting());
    expect(u instanceof Unknown ? [u.missing, u.reason] : u).toEqual([[], 'pending']);
  });
  it('value.tristate: a text may be listed once only, across all lists', () => {
    expect(tristateFn.check({ yes: ['a'], no: ['b'], undecided: { a: 'x' } })).toHaveLength(1);
    expect(tristateFn.check({ yes: ['a'], no: ['b'], undecided: { c: 'x' } })).toEqual([]);
  });
});

describe('loan and lease deferrals', () => {
  const loan = { principal: d(1000), annualRate: d('0.036'), disbursedOn: '2020-01-01', payments: [{ due: '2020-02-20', principal: d(1000) }] };
  const window = { from: '2020-01-24', to: '2020-06-30' };
  it('loan.deferToDate notes the date, the principal moved and the extra interest', () => {
    const env = noting();
    const r = deferToDateFn.compile({ window })({ ...loan, deferTo: '2020-06-30' }, env) as Record<string, Value>;
    expect(r['deferTo']).toBe('2020-06-30');
    // 1,000 x 0.036 x 131 days / 360 = 13.10 more interest (2020-02-20 -> 2020-06-30 is 131 days)
    expect(text(r['extraInterest'])).toBe('13.1');
    expect(env.notes).toEqual([{ op: 'deferral', detail: { deferTo: '2020-06-30', deferredPrincipal: '1000.00', extraInterest: '13.10' } }]);
  });
  it('loan.deferByMonths notes every move', () => {
    const env = noting();
    const r = deferByMonthsFn.compile({ window, months: 3 })(loan, env) as Record<string, Value>;
    expect(r['moves']).toEqual([{ from: '2020-02-20', to: '2020-05-20' }]);
    expect(env.notes).toEqual([{ op: 'moves', detail: [{ from: '2020-02-20', to: '2020-05-20' }] }]);
  });
  it('a loan needs a disbursement date', () => {
    expect(() => deferByMonthsFn.compile({ window, months: 3 })({ ...loan, disbursedOn: undefined }, noting())).toThrow('argument disbursedOn: expected a date');
  });
  it('lease.defer needs every amount as a decimal', () => {
    const f = deferLeaseFn.compile({ window, months: 3 });
    const ok = f({ payments: [{ due: '2020-02-15', amount: d(10) }] }, noting()) as Record<string, Value>;
    expect(text(ok['deferredAmount'])).toBe('10');
    expect(() => f({ payments: [{ due: '2020-02-15', amount: d(10) }, { due: '2020-03-15', amount: '10' }] }, noting())).toThrow('lease payments need decimal amounts');
    expect(() => f({ payments: [{ due: '2020-02-15', amount: '10' }] }, noting())).toThrow(TypeError);
  });
});

describe('score.card', () => {
  const card = () => ScoreCardSchema.parse({
    kind: 'scoreCard',
    items: [
      { id: 'a', kind: 'input', input: 'a', range: { lo: '0', hi: '50' } },
      { id: 'b', kind: 'band', input: 'b', table: atLeastBands([['10', '30'], ['0', '10']]) },
      { id: 'best', kind: 'higherOf', of: ['a', 'b'] },
    ],
    total: { of: ['a', 'b'], passMark: { value: '60', strict: false } },
  });
  it('reads only the inputs of input and band items', () => {
    expect(cardInputs(card())).toEqual(['a', 'b']);
    expect(scoreCardFn.argsOf(card())).toEqual({ a: 'optional', b: 'optional' });
  });
  it('notes the verdict, the range, each item and the inputs still needed', () => {
    const env = noting();
    const f = scoreCardFn.compile(card());
    const r = f({ a: d(40) }, env) as Record<string, Value>;
    expect(r['passed']).toBe('unknown');
    // a = 40 beats every score b can give (at most 30), so the higher of them is known
    expect(env.notes).toEqual([{ op: 'card', detail: { passed: 'unknown', range: '50..70', items: { a: '40', b: null, best: '40' }, needs: ['b'] } }]);
    const env2 = noting();
    f({ a: d(40), b: d(12) }, env2);
    expect(env2.notes[0]?.detail).toEqual({ passed: 'pass', range: '70..70', items: { a: '40', b: '30', best: '40' }, needs: [] });
  });
  it('an input outside its range is an OUT_OF_TABLE input error of the card', () => {
    const e = inputErrorOf(() => scoreCardFn.compile(card())({ a: d(51) }, noting()));
    expect([e.code, e.issues[0]?.path]).toEqual(['OUT_OF_TABLE', '(score card)']);
  });
});
