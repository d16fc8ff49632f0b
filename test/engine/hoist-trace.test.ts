import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, type Expr } from '../../src/engine';
import { quietRefs } from '../../src/engine/hoist';
import { STDLIB } from '../../src/rules/stdlib';
import { compile, getPolicy } from '../../src/policies';
import { generatePopulation } from '../../bench/population';
import { asOfArb, policyArb, recordArb } from './fast-arbitraries';

const num = (value: string): Expr => ({ kind: 'num', value });
const ref = (name: string): Expr => ({ kind: 'ref', name });

describe('quietRefs', () => {
  it('lists the definitions a fact-free expression reads when nothing else of it reaches the trace', () => {
    expect(quietRefs({ kind: 'arith', op: '-', args: [ref('year'), num('1')] })).toEqual(['year']);
    expect(quietRefs({ kind: 'dateAdd', unit: 'years', date: { kind: 'asOf' }, n: num('-1') })).toEqual([]);
    expect(quietRefs({ kind: 'cmp', op: '<=', left: ref('a'), right: { kind: 'arith', op: '-', args: [ref('b'), ref('a')] } })).toEqual(['a', 'b']);
    expect(quietRefs({ kind: 'if', cond: { kind: 'bool', value: true }, then: ref('x'), else: { kind: 'yearOf', arg: { kind: 'asOf' } } })).toEqual(['x']);
  });
  it('is null when evaluating writes to the trace: a parameter read, a division or min/max step, a rounding, a call', () => {
    expect(quietRefs({ kind: 'param', name: 'p' })).toBeNull();
    expect(quietRefs({ kind: 'arith', op: '+', args: [ref('a'), { kind: 'param', name: 'p' }] })).toBeNull();
    expect(quietRefs({ kind: 'div', num: num('1'), den: num('3'), ifZero: num('0') })).toBeNull();
    expect(quietRefs({ kind: 'round', arg: num('1.005'), scale: 2, mode: 'half-up' })).toBeNull();
    expect(quietRefs({ kind: 'minmax', op: 'min', args: [num('1'), num('2')] })).toBeNull();
    expect(quietRefs({ kind: 'call', fn: 'band.lookup', args: { x: num('1') }, config: {} })).toBeNull();
  });
});

describe('per-date values while tracing', () => {
  it('property: a traced result is the same whether the per-date caches are cold (a fresh compile) or warm (other records and dates evaluated before, traced or not)', () => {
    fc.assert(
      fc.property(policyArb, fc.array(recordArb, { minLength: 1, maxLength: 4 }), asOfArb, asOfArb, (policy, records, asOf, other) => {
        let warm;
        try {
          warm = compilePolicy(policy, { functions: STDLIB });
        } catch {
          return; // a policy mistake, reported at compile time: nothing to evaluate
        }
        for (const r of records) {
          warm.evaluateFacts(r, { asOf });
          warm.evaluateFacts(r, { asOf: other, trace: true });
        }
        for (const r of records) {
          const cold = compilePolicy(policy, { functions: STDLIB }).evaluateFacts(r, { asOf, trace: true });
          expect(JSON.stringify(warm.evaluateFacts(r, { asOf, trace: true }))).toBe(JSON.stringify(cold));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cn.hnte.2016: the second traced record of a date reads Y-1 from the cache and its trace equals a fresh evaluation', () => {
    const pop = generatePopulation({ size: 40, seed: 5 });
    const policy = getPolicy('cn.hnte.2016');
    if (!policy) throw new Error('cn.hnte.2016 is not in the catalog');
    const warm = compile(policy);
    for (const raw of pop.records) {
      const cold = compile(policy).evaluate(raw, { asOf: pop.asOf, trace: true });
      expect(JSON.stringify(warm.evaluate(raw, { asOf: pop.asOf, trace: true }))).toBe(JSON.stringify(cold));
    }
  });
});
