import { describe, expect, it } from 'vitest';
import {
  add, allOf, asOf, cite, compilePolicy, criterion, defineFunction, fact, gte, InputError, label, num, ref, registryOf, statusOf, yearOf,
  type Policy, type Rule,
} from '../../src/engine';
import { NotInForceError } from '../../src/engine/parameter';
import { PolicyError } from '../../src/engine/errors';
import { noFunctions, policyOf, run } from './helpers';

// Edge cases of evaluating a compiled policy (dates, validation, error rows, outputs,
// definitions), written to kill the mutants Stryker left alive (docs/testing.md, Mutation testing).

const c = (id: string): Rule => criterion({ id, label: label(id, id), cite: cite('doc', '1'), test: fact(id) });
const outA = { a: { expr: fact('a'), type: { type: 'money' as const } } };

describe('the evaluation date', () => {
  const p = policyOf(c('x'), { effective: { from: '2020-03-01', to: '2020-06-30' } });
  it('a record’s own asOf wins over the option', () => {
    expect(run(p, { x: true, asOf: '2020-04-01' }, '2021-01-01')).toMatchObject({ status: 'eligible', asOf: '2020-04-01' });
  });
  it('an absent, impossible or non-text asOf is an INVALID_AS_OF row saying which', () => {
    const compiled = compilePolicy(p, { functions: noFunctions });
    expect(compiled.evaluate({ x: true }).error).toEqual({ code: 'INVALID_AS_OF', message: 'asOf must be a real date YYYY-MM-DD (give it per record or as an option)', issues: [{ path: 'asOf', message: 'required' }] });
    expect(run(p, { x: true }, '2020-02-30').error?.issues).toEqual([{ path: 'asOf', message: 'not a real calendar date' }]);
    const n = run(p, { x: true, asOf: 20200401 }, '2020-04-01');
    expect([n.asOf, n.error?.issues]).toEqual([null, [{ path: 'asOf', message: 'not a real calendar date' }]]);
  });
  it('outside the effective window: NOT_IN_FORCE naming the window', () => {
    expect(run(p, { x: true }, '2020-07-01').error).toEqual({ code: 'NOT_IN_FORCE', message: 'test.p is in force from 2020-03-01 to 2020-06-30, not on 2020-07-01', issues: [] });
    expect(run(policyOf(c('x'), { effective: { from: '2020-03-01' } }), { x: true }, '2020-02-29').error?.message).toBe('test.p is in force from 2020-03-01, not on 2020-02-29');
    expect(run(policyOf(c('x'), { effective: { from: '2020-03-01' } }), { x: true }, '2099-12-31').status).toBe('eligible');
  });
  it('the decisions (fast paths, prepared or not) give the same rows on and just past both ends of the window', () => {
    const compiled = compilePolicy(p, { functions: noFunctions });
    for (const date of ['2020-02-29', '2020-03-01', '2020-06-30', '2020-07-01']) {
      const { status, failed, missing, error } = compiled.evaluateFacts({ x: true }, { asOf: date });
      const want = { status, failed, missing, ...(error ? { error } : {}) };
      expect(compiled.decideFacts({ x: true }, { asOf: date })).toEqual(want);
      expect(compiled.decidePrepared(compiled.prepareFacts({ x: true }), { asOf: date })).toEqual(want);
    }
    expect(compiled.decideFacts({ x: true }, { asOf: '2020-07-01' }).error?.code).toBe('NOT_IN_FORCE');
  });
});

describe('ids and the result frame', () => {
  const p = policyOf(c('x'));
  it('a text or finite numeric id is kept as text; anything else is left out', () => {
    expect(run(p, { id: 'E1', x: true }).id).toBe('E1');
    expect(run(p, { id: 7, x: true }).id).toBe('7');
    expect('id' in run(p, { id: Number.NaN, x: true })).toBe(false);
    expect('id' in run(p, { id: true, x: true })).toBe(false);
    expect('id' in run(p, null)).toBe(false);
    expect(run(p, { id: 'E2' }, '2020-02-30')).toMatchObject({ id: 'E2', policy: 'test.p', asOf: '2020-02-30', status: 'error', criteria: [], failed: [], missing: [], outputs: {} });
  });
  it('an inherited asOf or id is not the record’s', () => {
    const proto = { asOf: '2020-01-01', id: 'P' };
    const r = run(p, Object.assign(Object.create(proto) as object, { x: true }), '2020-06-01');
    expect([r.asOf, 'id' in r]).toEqual(['2020-06-01', false]);
  });
  it('statusOf maps each outcome', () => {
    expect([statusOf('pass'), statusOf('fail'), statusOf('unknown')]).toEqual(['eligible', 'ineligible', 'undetermined']);
  });
});

describe('validation and error rows', () => {
  const p = policyOf(c('x'), { input: 'enterprise' });
  const validate = (raw: unknown) => (raw !== null && typeof raw === 'object' && 'x' in raw ? { ok: true as const, value: { x: true } } : { ok: false as const, issues: [{ path: 'x', message: 'required' }] });
  it('a record that fails the model is an INVALID_INPUT row naming the model; evaluateFacts skips validation', () => {
    const compiled = compilePolicy(p, { functions: noFunctions, validate });
    expect(compiled.evaluate({}, { asOf: '2020-06-01' }).error).toEqual({ code: 'INVALID_INPUT', message: 'the record does not match the enterprise model', issues: [{ path: 'x', message: 'required' }] });
    expect(compiled.evaluate({ x: false }, { asOf: '2020-06-01' }).status).toBe('eligible'); // the validated value is what is evaluated
    expect(compiled.evaluateFacts({ x: false }, { asOf: '2020-06-01' }).status).toBe('ineligible');
    expect(compiled.evaluateFacts({}, { asOf: '2020-06-01' }).status).toBe('undetermined');
    const anon = compilePolicy(policyOf(c('x')), { functions: noFunctions, validate });
    expect(anon.evaluate({}, { asOf: '2020-06-01' }).error?.message).toBe('the record does not match the input model');
    expect(compiled.policy).toBe(p);
  });
  const throwing = (thrown: unknown) => {
    const fn = defineFunction({ name: 'demo.throw', label: label('抛', 'Throw'), args: {}, make: () => () => { throw thrown; } });
    const q = policyOf(allOf([]), { outputs: { v: { expr: { kind: 'call', fn: 'demo.throw', args: {} }, type: { type: 'json' } } } });
    return compilePolicy(q, { functions: registryOf([fn]) }).evaluate({}, { asOf: '2020-06-01' }).error;
  };
  it('each kind of fault becomes its own error row', () => {
    expect(throwing(new InputError('BAD_REQUEST', 'deferral before due', [{ path: 'request', message: 'too early' }]))).toEqual({ code: 'BAD_REQUEST', message: 'deferral before due', issues: [{ path: 'request', message: 'too early' }] });
    expect(throwing(new NotInForceError('rate table', '2020-06-01'))).toEqual({ code: 'NOT_IN_FORCE', message: 'rate table is not in force on 2020-06-01', issues: [] });
    expect(throwing(new PolicyError('bad', 'here'))).toEqual({ code: 'POLICY_ERROR', message: 'bad (at here)', issues: [] });
    expect(throwing(new RangeError('boom'))).toEqual({ code: 'EVALUATION_ERROR', message: 'boom', issues: [] });
    expect(throwing('plain text')).toEqual({ code: 'EVALUATION_ERROR', message: 'plain text', issues: [] });
  });
});

describe('outputs', () => {
  const when = (outputsWhen: Policy['outputsWhen'], x: boolean | undefined) =>
    Object.keys(run(policyOf(c('x'), { outputs: outA, ...(outputsWhen ? { outputsWhen } : {}) }), x === undefined ? { a: 1 } : { x, a: 1 }).outputs);
  it('always, only when eligible, or unless ineligible', () => {
    expect([true, false, undefined].map((x) => when(undefined, x))).toEqual([['a'], ['a'], ['a']]);
    expect([true, false, undefined].map((x) => when('always', x))).toEqual([['a'], ['a'], ['a']]);
    expect([true, false, undefined].map((x) => when('eligible', x))).toEqual([['a'], [], []]);
    expect([true, false, undefined].map((x) => when('notIneligible', x))).toEqual([['a'], [], ['a']]);
  });
  it('an unknown output adds its facts to missing, unless the record is ineligible anyway', () => {
    const p = policyOf(c('x'), { outputs: outA });
    expect(run(p, { x: true }).missing).toEqual(['a']);
    expect(run(p, {}).missing).toEqual(['a', 'x']);
    expect(run(p, { x: false }).missing).toEqual([]);
    expect(run(p, { x: false }).outputs).toEqual({ a: null });
  });
  it('the trace has a node per output with its label and value', () => {
    const p = policyOf(c('x'), { outputs: { a: { expr: fact('a'), type: { type: 'money' }, label: label('金额', 'Amount') }, b: { expr: num(1), type: { type: 'integer' } } } });
    const r = run(p, { x: true, a: 2 }, '2020-06-01', true);
    const outs = r.trace?.children?.filter((n) => n.kind === 'output');
    expect(outs).toEqual([
      { kind: 'output', id: 'a', label: { zh: '金额', en: 'Amount' }, value: '2.00', facts: [{ path: 'a', value: '2' }] },
      { kind: 'output', id: 'b', value: 1 },
    ]);
    expect(r.trace?.steps).toBeUndefined(); // outputs are not definitions: no 'ref' step at the root
    expect(Object.keys(r.trace ?? {})).toEqual(['kind', 'id', 'label', 'children', 'result']);
  });
});

describe('definitions', () => {
  const defs = {
    year: { expr: yearOf(asOf()), label: label('年度', 'Year'), cite: cite('doc', '4') },
    total: { expr: add(fact('a'), fact('b')) },
    twice: { expr: add(ref('total'), ref('total')) },
  };
  it('are computed once per record and shown once, under the root, where first read', () => {
    const p = policyOf(criterion({ id: 'c', label: label('c', 'c'), cite: cite('doc', '1'), test: gte(ref('twice'), ref('total')) }), { definitions: defs });
    const r = run(p, { a: 1, b: 2 }, '2020-06-01', true);
    expect(r.status).toBe('eligible');
    const defNodes = r.trace?.children?.filter((n) => n.kind === 'definition');
    expect(defNodes?.map((n) => [n.id, n.value])).toEqual([['twice', '6'], ['total', '3']]);
    expect(r.trace?.children?.[0]?.steps).toEqual([{ op: 'ref', detail: 'twice' }]);
    expect(defNodes?.[0]?.steps).toEqual([{ op: 'ref', detail: 'total' }]);
  });
  it('a definition node carries its label, citation and missing facts', () => {
    const p = policyOf(allOf([]), { definitions: defs, outputs: { y: { expr: ref('year'), type: { type: 'integer' } }, t: { expr: ref('total'), type: { type: 'json' } } } });
    const r = run(p, { a: 1 }, '2020-06-01', true);
    const byId = new Map(r.trace?.children?.filter((n) => n.kind === 'definition').map((n) => [n.id, n]));
    expect(byId.get('year')).toMatchObject({ label: { zh: '年度', en: 'Year' }, cite: '测〔2020〕1号 art. 4', value: '2020' });
    expect(byId.get('total')).toMatchObject({ value: null, missing: ['b'] });
    expect(byId.get('total')?.label).toBeUndefined();
    expect(byId.get('year')?.missing).toBeUndefined();
    expect(r.missing).toEqual(['b']);
  });
  it('a definition that refers to itself is a policy error row', () => {
    const p = policyOf(allOf([]), { definitions: { loop: { expr: add(ref('loop'), num(1)) } }, outputs: { v: { expr: ref('loop'), type: { type: 'json' } } } });
    expect(run(p, {}).error).toEqual({ code: 'POLICY_ERROR', message: 'definition loop refers to itself', issues: [] });
  });
  it('references to undefined definitions anywhere fail at compile time', () => {
    expect(() => run(policyOf(criterion({ id: 'c', label: label('c', 'c'), cite: cite('doc', '1'), test: ref('ghost') })), {})).toThrow('unknown definition ghost');
    expect(() => run(policyOf(allOf([]), { definitions: { a: { expr: ref('ghost') } } }), {})).toThrow('unknown definition ghost');
    expect(() => run(policyOf(allOf([]), { outputs: { v: { expr: ref('ghost'), type: { type: 'json' } } } }), {})).toThrow(PolicyError);
  });
});
