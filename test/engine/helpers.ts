import { compilePolicy, registryOf, type Policy, type Rule } from '../../src/engine';

export const SOURCES: Policy['sources'] = [{ id: 'doc', title: { zh: '测试办法', en: 'Test Measures' }, number: '测〔2020〕1号' }];

/** A policy around one rule tree, for engine tests. */
export function policyOf(eligibility: Rule, extra: Partial<Policy> = {}): Policy {
  return { id: 'test.p', title: { zh: '测试', en: 'Test' }, sources: SOURCES, effective: { from: '2000-01-01' }, eligibility, ...extra };
}

export const noFunctions = registryOf([]);

export function run(p: Policy, record: unknown, asOf = '2020-06-01', trace = false) {
  return compilePolicy(p, { functions: noFunctions }).evaluate(record, { asOf, trace });
}
