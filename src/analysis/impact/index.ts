/** Version impact: two policies over one population (the public part; helpers stay inside). @module */
export { impact, changedCriteria, type ImpactOptions } from './impact';
export * from './impact-report';
export { diffPolicies, type NameChanges, type ParameterChange, type ParameterValue, type PolicyDiff, type RuleChange } from './policy-diff';
export { ruleInventory, type RuleEntry } from './rule-inventory';
export { moneyOutputs } from './money-totals';
export { renderImpact } from './render-impact';
export { renderDiff } from './render-diff';
export type { ImpactLang } from './impact-words';
