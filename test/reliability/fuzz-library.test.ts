import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_POLICIES, compile } from '../../src/index';
import { expectedId, resultProblems } from './fuzz/check-result';
import { malformedRecord } from './fuzz/mutate';
import { checkLibraryCase, fuzzPolicyLibrary } from './fuzz/run-library';
import { loadSeeds } from './fuzz/seeds';

const SEEDS = loadSeeds();
const PER_POLICY = 200;

describe('fuzz: malformed records through compile(p).evaluate never throw', () => {
  it('every catalog policy has seed records in test/cases', () => {
    expect(CATALOG_POLICIES.filter((p) => !SEEDS.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it.each(CATALOG_POLICIES.map((p) => [p.id, p] as const))(`%s: ${PER_POLICY} malformed records (fixed seed), each a result or a typed error row`, (_, policy) => {
    const findings = fuzzPolicyLibrary(policy, SEEDS.get(policy.id) ?? [], PER_POLICY, 20260601);
    expect(findings.map((f) => `${f.problem}\n    asOf ${f.asOf}: ${f.text.slice(0, 300)}`)).toEqual([]);
  });

  it('a fresh random sample for three policies (the seed changes every run; fast-check prints it on failure)', () => {
    for (const id of ['cn.hnte.2016', 'cn.sme-loan-deferral.2020', 'ankang.awards.2019']) {
      const policy = CATALOG_POLICIES.find((p) => p.id === id);
      if (!policy) throw new Error(id);
      const compiled = compile(policy);
      fc.assert(
        fc.property(malformedRecord(SEEDS.get(id) ?? []), fc.nat(11), (c, n) => {
          expect(checkLibraryCase(policy, compiled, c, n).problems).toEqual([]);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('any JSON value as a record: a result or a typed error row, id carried over when it is one', () => {
    const compiled = compile(CATALOG_POLICIES[0] as (typeof CATALOG_POLICIES)[number]);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (raw) => {
        const record: unknown = JSON.parse(JSON.stringify(raw));
        const r = compiled.evaluate(record, { asOf: '2020-06-01' });
        expect(resultProblems(r, compiled.policy.id, expectedId(record))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fuzz: the checks can fail', () => {
  const ok = { id: 'E1', policy: 'p', asOf: '2020-06-01', status: 'eligible', criteria: [], failed: [], missing: [], outputs: {} };
  it('accepts a well-formed result and a typed error row', () => {
    expect(resultProblems(ok, 'p', 'E1')).toEqual([]);
    const typed = { ...ok, status: 'error', error: { code: 'INVALID_INPUT', message: 'bad', issues: [{ path: 'employees', message: 'x' }] } };
    expect(resultProblems(typed, 'p', 'E1')).toEqual([]);
  });
  it('flags a fault row, a lost id, a missing issue, a date that does not exist and a non-object', () => {
    const fault = { ...ok, status: 'error', error: { code: 'EVALUATION_ERROR', message: 'boom', issues: [] } };
    expect(resultProblems(fault, 'p', 'E1')).toEqual(['fault EVALUATION_ERROR: boom']);
    expect(resultProblems(ok, 'p', 'E2')).toEqual(['id "E1", expected "E2"']);
    expect(resultProblems({ ...ok, status: 'error', error: { code: 'INVALID_INPUT', message: 'bad', issues: [] } }, 'p', 'E1')).toEqual(['INVALID_INPUT without issues']);
    // the shape a year past 9999 took before plusYears refused it
    expect(resultProblems({ ...ok, criteria: [{ id: 'registration', values: { oneYearOn: '10000-12-31' } }] }, 'p', 'E1')).toEqual(["'10000-12-31' looks like a date but is not a real one"]);
    expect(resultProblems({ ...ok, outputs: { to: '2019-02-29' } }, 'p', 'E1')).toEqual(["'2019-02-29' looks like a date but is not a real one"]);
    expect(resultProblems(null, 'p', undefined)).toEqual(['not an object']);
  });
  it('expectedId: strings and finite numbers as text, else none', () => {
    expect([expectedId({ id: 'A' }), expectedId({ id: 7 }), expectedId({ id: null }), expectedId(JSON.parse('{"id":1e400}')), expectedId([1]), expectedId('id')]).toEqual(['A', '7', undefined, undefined, undefined, undefined]);
  });
});
