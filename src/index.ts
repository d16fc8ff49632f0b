/**
 * zone-policy: government enterprise-support policy as exact, cited, testable code.
 *
 * @example
 * import { getPolicy, compile } from 'zone-policy';
 * const hnte = compile(getPolicy('cn.hnte.2016')!);
 * hnte.evaluate(enterprise, { asOf: '2020-06-01' }).status; // 'eligible' | 'ineligible' | 'undetermined' | 'error'
 *
 * @packageDocumentation
 */
export * from './models/index';
export * from './engine/index';
export * from './rules/index';
export * from './policies/index';
export * from './analysis/index';
