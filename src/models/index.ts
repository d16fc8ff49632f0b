/**
 * The input models: zod schemas and inferred types for money, rates, dates, counts and the
 * records the policies evaluate, plus the project's Decimal, rounding and plain dates.
 *
 * @example
 * import { parseModel, MODELS } from './models';
 * parseModel(MODELS.enterprise, { employees: 120 }).ok; // true
 * @module
 */
export * from './award-application';
export * from './award-item';
export * from './bool';
export * from './count';
export * from './decimal';
export * from './decimal-schema';
export * from './describe-input';
export * from './enterprise';
export * from './enterprise-size';
export * from './error-map';
export type { FactSchema } from './fact';
export * from './financial-year';
export * from './guarantee';
export * from './incident';
export * from './innovation';
export * from './ip-holdings';
export * from './issues';
export * from './json-schema';
export * from './lease';
export * from './loan';
export * from './money';
export * from './party';
export * from './payment-schedule';
export * from './plain-date';
export * from './plain-date-schema';
export * from './project';
export * from './rate';
export * from './record-fields';
export * from './region-code';
export * from './registry';
export * from './rounding';
