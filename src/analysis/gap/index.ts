/**
 * Distance to eligibility: the smallest change of one numeric fact that passes a failed
 * criterion, verified by re-evaluation, and what the change breaks.
 *
 * @example
 * import { gap, renderGap } from './gap';
 * renderGap(gap(policy, record, { asOf: '2020-06-01' }), 'en');
 * @module
 */
export type { GapDirection, GapNotFixable, GapNotFixableReason, GapOptions, GapReport, GapSuggestion, GapUnit } from './types';
export { gap, factValueText } from './gap';
export { renderGap, renderGapSuggestion, renderGapNotFixable } from './render-gap';
export { smallestPassingStep } from './unit-search';
