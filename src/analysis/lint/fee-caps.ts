import fc from 'fast-check';
import type { FunctionRegistry } from '../../engine/functions';
import type { Policy } from '../../engine/policy';
import type { Value } from '../../engine/values';
import { Decimal, isDecimal } from '../../models/decimal';
import { GuaranteeKindSchema } from '../../models/guarantee';
import { FeeRuleConfigSchema, type FeeRuleConfig } from '../../rules/fees';
import { findCalls, pathText, type DataPath } from './data-path';
import { capDates, declaredCap } from './declared-cap';
import { declaredCapValues, feeCases, type FeeCase } from './fee-search-space';
import type { LintFinding } from './finding';

/**
 * How hard the fee-cap lint searches: runs per fee rule and the seed (fixed by default, so
 * lint is deterministic); `false` turns the search off.
 *
 * @example
 * const s: FeeSearchOptions = { numRuns: 2000, seed: 42 };
 */
export interface FeeSearchOptions {
  numRuns?: number;
  seed?: number;
}

/**
 * A `fee.guarantee` call of a policy, with its parsed configuration.
 *
 * @example
 * feeCalls(govGuaranteeFee2019)[0]?.path; // ['definitions', 'priced', 'expr']
 */
export function feeCalls(policy: Policy): { path: DataPath; config: FeeRuleConfig }[] {
  return findCalls(policy).flatMap(({ node, fn, path }) => {
    if (fn !== 'fee.guarantee') return [];
    const r = FeeRuleConfigSchema.safeParse(node['config']);
    return r.success ? [{ path, config: r.data }] : [];
  });
}

/** Default seed of every lint search. @example DEFAULT_LINT_SEED; // 20190214 */
export const DEFAULT_LINT_SEED = 20190214;

/**
 * The cap parameter's values over its versions (decimal strings only).
 *
 * @example
 * parameterCapValues(policy, 'rateCap'); // ['0.01']
 */
export function parameterCapValues(policy: Policy, name: string): string[] {
  return (policy.parameters?.[name]?.versions ?? []).map((v) => v.value).filter((v): v is string => typeof v === 'string');
}

function priceWithBlock(functions: FunctionRegistry, config: FeeRuleConfig, g: FeeCase): Decimal | null {
  const block = functions.get('fee.guarantee');
  if (!block) return null;
  const args: Record<string, Value> = { amount: new Decimal(g.amount), contractRate: new Decimal(g.contractRate), termMonths: new Decimal(g.termMonths), ...(g.kind !== undefined ? { kind: g.kind } : {}) };
  try {
    const r = block.compile(config)(args, { asOf: g.asOf, note: () => {} });
    const rate = r !== null && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, unknown>)['rate'] : undefined;
    return isDecimal(rate) ? rate : null;
  } catch {
    return null; // an amount past the last band: reported by the table lint
  }
}

/**
 * Fee-cap lint of each `fee.guarantee` call: a property search with fast-check over
 * amounts, contract rates, kinds, terms and pricing dates, pricing each case with the real
 * building block from the registry, for a rate above the declared cap (see
 * `declaredCap`: the lowest of the configuration's caps for that amount and the policy's
 * `rateCap` parameter on that date). Finds configurations whose caps exceed the policy's
 * own cap parameter, and any block that charges more than its configuration allows.
 * Reports `fee-cap-exceeded` at `<call>.config` with the (shrunk) counterexample, and
 * `fee-uncapped` (a warning) for a call when nothing declares any cap.
 *
 * @example
 * lintFeeRules(policyWithBandCapAboveRateCap, STDLIB)[0]?.counterexample;
 * // { amount: '5000000.01', contractRate: '0.0101', termMonths: 1, asOf: '2020-01-24', rate: '0.0101', cap: '0.01' }
 */
export function lintFeeRules(policy: Policy, functions: FunctionRegistry, options: { search?: FeeSearchOptions; capParameter?: string } = {}): LintFinding[] {
  const out: LintFinding[] = [];
  const param = options.capParameter ?? 'rateCap';
  const dates = capDates(policy, param);
  for (const { path, config } of feeCalls(policy)) {
    const at = pathText([...path, 'config']);
    const caps = declaredCapValues([config], parameterCapValues(policy, param));
    if (caps.length === 0) {
      out.push({ severity: 'warning', rule: 'fee-uncapped', path: at, message: `fee.guarantee declares no cap (no rateCap, no bands, no '${param}' parameter): it charges any contract rate` });
      continue;
    }
    const exceeds = (g: FeeCase): { rate: Decimal; cap: Decimal } | null => {
      const rate = priceWithBlock(functions, config, g);
      const cap = declaredCap(policy, config, new Decimal(g.amount), g.asOf, param);
      return rate !== null && cap !== null && rate.gt(cap) ? { rate, cap } : null;
    };
    const run = fc.check(fc.property(feeCases([config], caps, GuaranteeKindSchema.options, dates), (g) => exceeds(g) === null), {
      numRuns: options.search?.numRuns ?? 1000,
      seed: options.search?.seed ?? DEFAULT_LINT_SEED,
    });
    const g = run.failed ? run.counterexample?.[0] : undefined;
    const found = g ? exceeds(g) : null;
    if (g && found) {
      out.push({
        severity: 'error',
        rule: 'fee-cap-exceeded',
        path: at,
        message: `charges ${found.rate.toString()} on ${g.amount} yuan (contract rate ${g.contractRate}) on ${g.asOf}, above the declared cap ${found.cap.toString()}`,
        counterexample: { amount: g.amount, contractRate: g.contractRate, ...(g.kind !== undefined ? { kind: g.kind } : {}), termMonths: g.termMonths, asOf: g.asOf, rate: found.rate.toString(), cap: found.cap.toString() },
      });
    }
  }
  return out;
}
