/** Policy lint: static checks of policy data (the public part; helpers stay inside). @module */
export { comparePaths, sortFindings, type LintFinding, type LintSeverity } from './finding';
export { lintPolicy, LINT_RULES, type LintOptions } from './lint-policy';
export { lintCitations } from './citations';
export { lintCalls } from './calls';
export { lintBandTables, type MonotonicOption, type TableLintOptions } from './band-tables';
export { isNonNegative } from './non-negative';
export { lintTimelines } from './timelines';
export { truthOracle } from './constant-truth';
export { lintReachability } from './reachability';
export { configCap, declaredCap, parameterCap } from './declared-cap';
export { DEFAULT_LINT_SEED, lintFeeRules, type FeeSearchOptions } from './fee-caps';
export { lintRateOutputs } from './fee-rate-outputs';
