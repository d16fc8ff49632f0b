import type { FunctionRegistry } from '../../engine/functions';
import { PolicySchema, type Policy } from '../../engine/policy';
import { STDLIB } from '../../rules/stdlib';
import { lintBandTables, type MonotonicOption } from './band-tables';
import { lintCalls } from './calls';
import { lintCitations } from './citations';
import { truthOracle } from './constant-truth';
import { pathText } from './data-path';
import { lintFeeRules, type FeeSearchOptions } from './fee-caps';
import { lintRateOutputs } from './fee-rate-outputs';
import { sortFindings, type LintFinding } from './finding';
import { lintReachability } from './reachability';
import { lintTimelines } from './timelines';

/**
 * Options of {@link lintPolicy}.
 * - `monotonic`: check band tables for monotonic yields (one direction for all, or per table path);
 * - `tableDomains`: the domain to check a table over, by table path;
 * - `feeSearch`: runs and seed of the fee-cap searches (`false`: skip them);
 * - `capParameter`: the policy parameter that declares a rate cap (default `rateCap`);
 * - `rateOutputs`: the outputs that are fee rates (default `['rate']`);
 * - `functions`: the building blocks (default the standard library).
 *
 * @example
 * const o: LintOptions = { monotonic: { 'definitions.growth.expr.config': 'increasing' }, feeSearch: { numRuns: 5000 } };
 */
export interface LintOptions {
  monotonic?: MonotonicOption;
  tableDomains?: Readonly<Record<string, { lo?: string; hi?: string }>>;
  feeSearch?: FeeSearchOptions | false;
  capParameter?: string;
  rateOutputs?: readonly string[];
  functions?: FunctionRegistry;
}

/**
 * Every lint rule, with its severity and what it finds.
 *
 * @example
 * LINT_RULES['table-gap']; // 'error: values no band of a table covers'
 */
export const LINT_RULES: Readonly<Record<string, string>> = {
  schema: 'error: the data is not policy data (the schema says why)',
  'unknown-function': 'error: a call of a building block that does not exist',
  'config-invalid': "error: a building block's configuration its schema refuses",
  'table-gap': 'error: values no band of a table covers',
  'table-overlap': 'error: values two bands of a table cover (the later band is shadowed)',
  'table-non-monotonic': 'error (when asked): neighbouring bands whose yields go the wrong way',
  'table-invalid': 'error: a table that cannot be checked over its domain',
  uncited: 'error: a criterion, exception or parameter with no citation',
  'cite-unknown-source': 'error: a citation of a document the policy does not declare',
  'cite-empty-article': 'error: a citation with a blank or placeholder article',
  'source-untitled': 'error: a source without a Chinese and an English title',
  'source-duplicate': 'error: two sources with one id',
  'timeline-hole': "error: dates of the policy's window where a parameter has no value",
  'timeline-overlap': 'error: dates where a parameter has two values',
  'timeline-reversed': 'error: a parameter version that ends before it starts',
  unreachable: 'error: a rule that can never change the outcome (warning: an exception that never applies)',
  'fee-cap-exceeded': 'error: a fee rate above the declared cap, with the guarantee that shows it',
  'fee-uncapped': 'warning: a fee rule with no cap declared anywhere',
};

function schemaFindings(data: unknown, citations: readonly LintFinding[]): LintFinding[] {
  const r = PolicySchema.safeParse(data);
  if (r.success) return [];
  const uncited = new Set(citations.filter((f) => f.rule === 'uncited').map((f) => `${f.path}.cite`));
  return r.error.issues
    .map((i) => ({ severity: 'error' as const, rule: 'schema', path: pathText(i.path.map((p) => (typeof p === 'number' ? p : String(p)))), message: i.message }))
    .filter((f) => !uncited.has(f.path));
}

/**
 * Static checks of a policy: band tables (gaps, overlaps, asked monotonicity), citations,
 * parameter timelines, unreachable rules, building-block configurations, and fee rates
 * that can exceed their declared cap (searched with fast-check against the real building
 * block). Accepts a {@link Policy} or raw policy data (a parsed JSON file): data the policy
 * schema refuses gets `schema` findings and the citation checks only. Returns the
 * findings sorted by path; a clean policy gives `[]`. See {@link LINT_RULES}.
 *
 * @example
 * lintPolicy(govGuaranteeFee2019); // []
 * lintPolicy(withGap).map((f) => `${f.rule} ${f.path}`); // ['table-gap definitions.rdThreshold.expr.config.bands']
 */
export function lintPolicy(policy: Policy | unknown, options: LintOptions = {}): LintFinding[] {
  const functions = options.functions ?? STDLIB;
  const citations = lintCitations(policy);
  const parsed = PolicySchema.safeParse(policy);
  if (!parsed.success) return sortFindings([...citations, ...schemaFindings(policy, citations)]);
  const p = parsed.data;
  const search = options.feeSearch === false ? null : { search: options.feeSearch ?? {}, ...(options.capParameter ? { capParameter: options.capParameter } : {}) };
  const findings = [
    ...citations,
    ...lintCalls(p, functions),
    ...lintBandTables(p, { ...(options.monotonic ? { monotonic: options.monotonic } : {}), ...(options.tableDomains ? { tableDomains: options.tableDomains } : {}) }),
    ...lintTimelines(p),
    ...lintReachability(p.eligibility, truthOracle(p, functions)),
    ...(search ? lintFeeRules(p, functions, search) : []),
    ...(search ? lintRateOutputs(p, functions, { ...search, ...(options.rateOutputs ? { rateOutputs: options.rateOutputs } : {}) }) : []),
  ];
  return sortFindings(findings);
}
