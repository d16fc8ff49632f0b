import fc from 'fast-check';
import { compilePolicy, type CompiledPolicy } from '../../engine/compile-policy';
import type { FunctionRegistry } from '../../engine/functions';
import type { Policy } from '../../engine/policy';
import { Decimal } from '../../models/decimal';
import { GuaranteeKindSchema } from '../../models/guarantee';
import { validatorFor } from '../../policies/compile';
import { capDates, configCap, parameterCap } from './declared-cap';
import { DEFAULT_LINT_SEED, feeCalls, parameterCapValues, type FeeSearchOptions } from './fee-caps';
import { declaredCapValues, feeCases, type FeeCase } from './fee-search-space';
import type { LintFinding } from './finding';

const DECIMAL = /^-?\d+(\.\d+)?$/;

interface Borrower {
  size: 'micro' | 'small' | 'medium' | 'large' | undefined;
  keyEpidemicEnterprise: boolean | undefined;
}

const borrowers: fc.Arbitrary<Borrower> = fc.record({
  size: fc.option(fc.constantFrom('micro' as const, 'small' as const, 'medium' as const, 'large' as const), { nil: undefined }),
  keyEpidemicEnterprise: fc.option(fc.boolean(), { nil: undefined }),
});

function guaranteeRecord(g: FeeCase, b: Borrower): Record<string, unknown> {
  const amount = new Decimal(g.amount).gt(0) ? g.amount : '0.01';
  const borrower = { ...(b.size ? { size: b.size } : {}), ...(b.keyEpidemicEnterprise !== undefined ? { keyEpidemicEnterprise: b.keyEpidemicEnterprise } : {}) };
  return { id: 'G1', borrower, loanAmount: amount, kind: g.kind ?? 'new', contractFeeRate: g.contractRate, termMonths: g.termMonths, startDate: g.asOf };
}

function compileQuietly(policy: Policy, functions: FunctionRegistry): CompiledPolicy | null {
  try {
    const validate = validatorFor(policy.input);
    return compilePolicy(policy, { functions, ...(validate ? { validate } : {}) });
  } catch {
    return null; // a policy that does not compile is reported by the other rules
  }
}

/**
 * Policy-level fee-cap lint for guarantee policies: evaluates the whole compiled policy
 * on generated guarantees (the fee search space of `feeCases`, with borrowers of every
 * size) and checks, for every eligible record, that each rate output (default: the output
 * named `rate`) is at most the declared cap for that record: the loosest cap any
 * `fee.guarantee` configuration of the policy declares for its amount, and the policy's
 * `rateCap` parameter on its date. Catches an output that bypasses the capped block
 * (e.g. `rate: fact('contractFeeRate')`). Reports `fee-cap-exceeded` at `outputs.<name>`
 * with the record, date, rate and cap.
 *
 * @example
 * lintRateOutputs(policyWhoseRateIsTheContractRate, STDLIB).map((f) => `${f.rule} ${f.path}`);
 * // ['fee-cap-exceeded outputs.rate']
 */
export function lintRateOutputs(
  policy: Policy,
  functions: FunctionRegistry,
  options: { search?: FeeSearchOptions; capParameter?: string; rateOutputs?: readonly string[] } = {},
): LintFinding[] {
  const names = (options.rateOutputs ?? ['rate']).filter((n) => policy.outputs?.[n] !== undefined);
  if (policy.input !== 'guarantee' || names.length === 0) return [];
  const param = options.capParameter ?? 'rateCap';
  const configs = feeCalls(policy).map((c) => c.config);
  const paramValues = parameterCapValues(policy, param);
  if (configs.length === 0 && paramValues.length === 0) return [];
  const compiled = compileQuietly(policy, functions);
  if (!compiled) return [];
  const capFor = (amount: Decimal, asOf: string): Decimal | null => {
    const byConfig = configs.map((c) => configCap(c, amount));
    const known = byConfig.filter((c): c is Decimal => c !== null);
    const loosest = known.length === 0 || known.length < byConfig.length ? null : Decimal.max(...known);
    const p = parameterCap(policy, asOf, param);
    return loosest === null ? p : p === null ? loosest : Decimal.min(loosest, p);
  };
  const out: LintFinding[] = [];
  for (const name of names) {
    const exceeds = (g: FeeCase, b: Borrower): { record: Record<string, unknown>; rate: string; cap: Decimal } | null => {
      const record = guaranteeRecord(g, b);
      const r = compiled.evaluate(record, { asOf: g.asOf });
      const rate = r.outputs[name];
      if (r.status !== 'eligible' || typeof rate !== 'string' || !DECIMAL.test(rate)) return null;
      const cap = capFor(new Decimal(record['loanAmount'] as string), g.asOf);
      return cap !== null && new Decimal(rate).gt(cap) ? { record, rate, cap } : null;
    };
    const space = feeCases(configs, declaredCapValues(configs, paramValues), GuaranteeKindSchema.options, capDates(policy, param));
    const run = fc.check(fc.property(space, borrowers, (g, b) => exceeds(g, b) === null), {
      numRuns: options.search?.numRuns ?? 300,
      seed: options.search?.seed ?? DEFAULT_LINT_SEED,
    });
    const found = run.failed && run.counterexample ? exceeds(...run.counterexample) : null;
    if (found) {
      out.push({
        severity: 'error',
        rule: 'fee-cap-exceeded',
        path: `outputs.${name}`,
        message: `an eligible guarantee of ${String(found.record['loanAmount'])} yuan gets ${name} ${found.rate}, above the declared cap ${found.cap.toString()}`,
        counterexample: { record: found.record, asOf: run.counterexample?.[0].asOf, [name]: found.rate, cap: found.cap.toString() },
      });
    }
  }
  return out;
}
