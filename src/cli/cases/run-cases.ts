import { dirname, relative } from 'node:path';
import { compile, PolicyError, type CompiledPolicy, type EvalResult } from '../../index';
import { resolvePolicy } from '../policy-source/resolve-policy';
import { oneLine } from '../usage-error';
import type { TestCase } from './case-file';
import { loadCaseFile } from './case-file';
import { compareCase } from './compare-case';

/**
 * The tally of a test run.
 *
 * @example
 * const t: CaseTally = { passed: 12, failed: 1 };
 */
export interface CaseTally {
  passed: number;
  failed: number;
}

function recordAsOf(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const v = (input as Record<string, unknown>)['asOf'];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Runs test cases (OpenFisca style): for each file, each case is evaluated and printed
 * `✓ file › name`, or `✗ file › name` with one line per difference; a file that cannot
 * be read counts as one failure. Returns the tally (the caller prints `N passed, M failed`).
 *
 * @example
 * await runCaseFiles(['/repo/test/cases/a.yaml'], { cwd: '/repo', today: '2024-01-01', write: (s) => process.stdout.write(s) }); // { passed: 5, failed: 0 }
 */
export async function runCaseFiles(files: readonly string[], env: { cwd: string; today: string; write: (text: string) => void }): Promise<CaseTally> {
  const tally: CaseTally = { passed: 0, failed: 0 };
  const compiled = new Map<string, Promise<CompiledPolicy>>();
  const policyFor = (spec: string, baseDir: string, asOf: string) => {
    const key = `${baseDir}\u0000${spec}\u0000${asOf}`;
    let p = compiled.get(key);
    if (!p) {
      p = resolvePolicy(spec, { baseDir, asOf }).then((r) => compile(r.policy));
      p.catch(() => undefined);
      compiled.set(key, p);
    }
    return p;
  };
  for (const file of files) {
    const shown = relative(env.cwd, file) || file;
    const loaded = await loadCaseFile(file);
    if (!loaded.ok) {
      tally.failed++;
      env.write(`✗ ${shown}\n    ${loaded.problem}\n`);
      continue;
    }
    for (const c of loaded.cases) {
      const problems = await runCase(c, (spec, asOf) => policyFor(spec, dirname(file), asOf), env.today);
      if (problems.length === 0) {
        tally.passed++;
        env.write(`✓ ${shown} › ${c.name}\n`);
      } else {
        tally.failed++;
        env.write(`✗ ${shown} › ${c.name}\n${problems.map((p) => `    ${p}\n`).join('')}`);
      }
    }
  }
  return tally;
}

async function runCase(c: TestCase, policyFor: (spec: string, asOf: string) => Promise<CompiledPolicy>, today: string): Promise<string[]> {
  if (c.policy === undefined) return ['no policy: give `policy:` in the case or at the top of the file'];
  let policy: CompiledPolicy;
  try {
    policy = await policyFor(c.policy, c.asOf ?? recordAsOf(c.input) ?? today);
  } catch (e) {
    return [`policy ${c.policy}: ${oneLine(e)}`];
  }
  let result: EvalResult;
  try {
    result = policy.evaluate(c.input, c.asOf !== undefined ? { asOf: c.asOf } : {});
  } catch (e) {
    return [`the policy failed on this input: ${e instanceof PolicyError ? '' : 'internal error: '}${oneLine(e)}`];
  }
  return compareCase(c.expect, result);
}
