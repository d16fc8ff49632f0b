/**
 * The implementations compared by the benchmark, each prepared from the same parsed
 * population (its own input form converted before timing) into a run that writes one
 * verdict per record.
 *
 * @module
 */
import type { Enterprise } from '../../src/models/enterprise';
import { decimalRunner } from './decimal-js';
import { integerRunner, toFenFirm } from './integer';
import { jsonRulesRunner, toPlainFirm } from './json-rules-engine';
import { zonePolicyRunner } from './zone-policy';

/**
 * The names of the implementations, in the order of the report (the keys of its JSON line).
 *
 * @example
 * IMPLEMENTATION_NAMES[0]; // 'zone-policy'
 */
export const IMPLEMENTATION_NAMES = ['zone-policy', 'zone-policy-parsed', 'zone-policy-result', 'zone-policy-result-prepared', 'zone-policy-trace', 'decimal-js', 'integer', 'json-rules-engine'] as const;

/**
 * An implementation's name.
 *
 * @example
 * const n: ImplementationName = 'integer';
 */
export type ImplementationName = (typeof IMPLEMENTATION_NAMES)[number];

/**
 * A prepared implementation: `run(out)` evaluates every record into `out`.
 *
 * @example
 * const p: Prepared = prepareAll(parsed, '2020-06-01')[0]; await p.run(out);
 */
export interface Prepared {
  name: ImplementationName;
  run(out: string[]): void | Promise<void>;
}

/**
 * Prepares every implementation over the parsed population (conversions happen here,
 * untimed).
 *
 * @example
 * prepareAll(parsed, '2020-06-01').map((p) => p.name); // IMPLEMENTATION_NAMES
 */
export function prepareAll(parsed: readonly Enterprise[], asOf: string): Prepared[] {
  return [
    { name: 'zone-policy', run: zonePolicyRunner(parsed, asOf, 'prepared') },
    { name: 'zone-policy-parsed', run: zonePolicyRunner(parsed, asOf, 'decide') },
    { name: 'zone-policy-result', run: zonePolicyRunner(parsed, asOf, 'result') },
    { name: 'zone-policy-result-prepared', run: zonePolicyRunner(parsed, asOf, 'result-prepared') },
    { name: 'zone-policy-trace', run: zonePolicyRunner(parsed, asOf, 'trace') },
    { name: 'decimal-js', run: decimalRunner(parsed, asOf) },
    { name: 'integer', run: integerRunner(parsed.map(toFenFirm), asOf) },
    { name: 'json-rules-engine', run: jsonRulesRunner(parsed.map(toPlainFirm), asOf) },
  ];
}
