import { describe, expect, it } from 'vitest';
import { compilePolicy, cite, criterion, fact, gte, label, NotInForceError, num, param, versionAt, type Parameter } from '../../src/engine';
import { noFunctions, policyOf, run } from './helpers';

const cap: Parameter = {
  label: label('费率上限', 'Fee-rate cap'), cite: cite('doc', '3'),
  versions: [
    { from: '2019-01-01', to: '2019-12-31', value: '0.02' },
    { from: '2020-01-01', to: '2020-12-31', value: '0.01' },
  ],
};

describe('dated parameters', () => {
  it('switch value exactly at the effective date', () => {
    expect(versionAt('cap', cap, '2019-12-31').value).toBe('0.02');
    expect(versionAt('cap', cap, '2020-01-01').value).toBe('0.01');
    expect(versionAt('cap', cap, '2020-12-31').value).toBe('0.01');
  });
  it('outside every version: a typed NotInForceError, never a default', () => {
    expect(() => versionAt('cap', cap, '2018-12-31')).toThrow(NotInForceError);
    expect(() => versionAt('cap', cap, '2021-01-01')).toThrow(/not in force on 2021-01-01/);
  });
  it('evaluation reads the version in force at asOf and reports it in the trace', () => {
    const p = policyOf(criterion({ id: 'rateOk', label: label('费率', 'Rate'), cite: cite('doc', '3'), test: gte(param('cap'), fact('rate')) }), { parameters: { cap } });
    expect(run(p, { rate: '0.015' }, '2019-06-01').status).toBe('eligible');
    const r = run(p, { rate: '0.015' }, '2020-06-01', true);
    expect(r.status).toBe('ineligible');
    expect(r.trace?.children?.[0]?.params).toEqual([{ name: 'cap', value: '0.01', from: '2020-01-01', to: '2020-12-31', cite: '测〔2020〕1号 art. 3' }]);
    const out = run(p, { rate: '0.015' }, '2021-06-01');
    expect(out.status).toBe('error');
    expect(out.error?.code).toBe('NOT_IN_FORCE');
  });
  it('a policy outside its own effective window is an error row', () => {
    const p = policyOf(criterion({ id: 'x', label: label('x', 'x'), cite: cite('doc', '1'), test: fact('x') }), { effective: { from: '2020-03-01', to: '2020-06-30' } });
    expect(run(p, { x: true }, '2020-02-29').error?.code).toBe('NOT_IN_FORCE');
    expect(run(p, { x: true }, '2020-03-01').status).toBe('eligible');
    expect(run(p, { x: true }, '2020-06-30').status).toBe('eligible');
    expect(run(p, { x: true }, '2020-07-01').error?.code).toBe('NOT_IN_FORCE');
  });
  it('a record without any asOf is an error row naming asOf', () => {
    const p = policyOf(criterion({ id: 'x', label: label('x', 'x'), cite: cite('doc', '1'), test: fact('x') }));
    const r = compilePolicy(p, { functions: noFunctions }).evaluate({ x: true });
    expect(r.error?.code).toBe('INVALID_AS_OF');
    expect(r.error?.issues).toEqual([{ path: 'asOf', message: 'required' }]);
    expect(run(p, { x: true, asOf: '2019-02-29' }).error?.issues[0]?.message).toBe('not a real calendar date');
  });
});

describe('faults on one record never escape evaluate', () => {
  it('an output that is not at the fen becomes an error row', () => {
    const p = policyOf(criterion({ id: 'x', label: label('x', 'x'), cite: cite('doc', '1'), test: fact('x') }), {
      outputs: { amount: { expr: fact('amount'), type: { type: 'money' } } },
    });
    const r = run(p, { x: true, amount: '1000.005' });
    expect(r.status).toBe('error');
    expect(r.error?.code).toBe('EVALUATION_ERROR');
    expect(r.error?.message).toMatch(/not rounded to the fen/);
    expect(run(p, { x: true, amount: '1000.5' }).outputs).toEqual({ amount: '1000.50' });
  });
  it('a type fault in policy data becomes an error row', () => {
    const p = policyOf(criterion({ id: 'x', label: label('x', 'x'), cite: cite('doc', '1'), test: gte(fact('x'), num(1)) }));
    expect(run(p, { x: true }).error?.code).toBe('POLICY_ERROR');
  });
});
