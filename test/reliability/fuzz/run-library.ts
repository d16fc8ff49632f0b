import fc from 'fast-check';
import { compile, renderTrace, type CompiledPolicy, type EvaluateOptions, type Policy } from '../../../src/index';
import { expectedId, resultProblems } from './check-result';
import { malformedRecord, type FuzzCase } from './mutate';
import type { Seed } from './seeds';

/** A record the library mishandled: the record, the evaluation date and what went wrong. */
export interface Finding {
  policy: string;
  asOf: string;
  text: string;
  problem: string;
}

/** What one evaluation gave: the problems found, the result as JSON text, its status (an error row's code). */
export interface Checked {
  problems: string[];
  text: string;
  outcome: string;
}

/** The n-th case's record and options: every third dated by its own `asOf`, every fourth traced. */
function prepare(c: FuzzCase, n: number): { record: unknown; options: EvaluateOptions } {
  const record: unknown = JSON.parse(c.text);
  const trace = n % 4 === 0;
  const own = n % 3 === 1 && record !== null && typeof record === 'object' && !Array.isArray(record) && !Object.prototype.hasOwnProperty.call(record, 'asOf');
  if (!own) return { record, options: { asOf: c.asOf, trace } };
  (record as Record<string, unknown>)['asOf'] = c.asOf;
  return { record, options: { trace } };
}

/**
 * Evaluates one fuzz record through `compile(p).evaluate` and reports what went wrong: a
 * thrown exception, a row that breaks the result contract, a result that is not plain
 * JSON, a trace that does not render, a polluted prototype.
 *
 * @example
 * checkLibraryCase(policy, compile(policy), { text: '{"id":"E1"}', asOf: '2020-06-01' }, 0).problems; // []
 */
export function checkLibraryCase(policy: Policy, compiled: CompiledPolicy, c: FuzzCase, n: number): Checked {
  const { record, options } = prepare(c, n);
  try {
    const r = compiled.evaluate(record, options);
    const problems = resultProblems(r, policy.id, expectedId(record));
    const text = JSON.stringify(r);
    if (JSON.stringify(JSON.parse(text)) !== text) problems.push('result is not plain JSON');
    if (r.trace) {
      renderTrace(r.trace, 'en');
      renderTrace(r.trace, 'zh');
    }
    if (({} as Record<string, unknown>)['polluted'] !== undefined) problems.push('Object.prototype polluted');
    return { problems, text, outcome: r.error?.code ?? r.status };
  } catch (e) {
    const problem = `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    return { problems: [problem], text: problem, outcome: 'THROWN' };
  }
}

/**
 * Runs `count` malformed records of one policy (from its seeds, with a fixed fast-check
 * seed) through the library, then every tenth again in reverse order (after the caches
 * saw the others: the same bytes); returns the findings, and counts each outcome (status or
 * error code) in `tally` when given.
 *
 * @example
 * fuzzPolicyLibrary(hnte2016, seeds, 200, 1).length; // 0
 */
export function fuzzPolicyLibrary(policy: Policy, seeds: readonly Seed[], count: number, seed: number, tally?: Map<string, number>): Finding[] {
  const compiled = compile(policy);
  const findings: Finding[] = [];
  const note = (c: FuzzCase, problem: string) => findings.push({ policy: policy.id, asOf: c.asOf, text: c.text, problem });
  const cases = fc.sample(malformedRecord(seeds), { numRuns: count, seed });
  const texts = cases.map((c, n) => {
    const r = checkLibraryCase(policy, compiled, c, n);
    for (const p of r.problems) note(c, p);
    tally?.set(r.outcome, (tally.get(r.outcome) ?? 0) + 1);
    return r.text;
  });
  for (let n = cases.length - 1; n >= 0; n -= 10) {
    const c = cases[n] as FuzzCase;
    if (checkLibraryCase(policy, compiled, c, n).text !== texts[n]) note(c, 'a second evaluation gave another result');
  }
  return findings;
}
