import { z } from 'zod';
import { PolicyDateSchema } from './date-schema';
import { CitationSchema, LabelSchema } from './citation';

const DATE = PolicyDateSchema;

/**
 * One dated version of a parameter: in force from `from` to `to` (both inclusive; no `to`
 * means open-ended), with its value (decimal string, boolean or text) and, when it differs
 * from the parameter's, its own citation.
 *
 * @example
 * const v: ParameterVersion = { from: '2016-01-01', value: '0.10' };
 * ParameterVersionSchema.safeParse(v).success; // true
 * ParameterVersionSchema.safeParse({ from: '2016-01-01', value: 0.1 }).success; // false (decimals are strings)
 */
export const ParameterVersionSchema = z.strictObject({
  from: DATE,
  to: DATE.optional(),
  value: z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.boolean(), z.strictObject({ text: z.string() })]),
  cite: CitationSchema.optional(),
});
/** @see ParameterVersionSchema @example const v: ParameterVersion = { from: '2020-01-01', value: true }; */
export type ParameterVersion = z.infer<typeof ParameterVersionSchema>;

/**
 * A dated parameter (OpenFisca style): a label, a citation and its versions over time.
 *
 * @example
 * const p: Parameter = { label: { zh: '比例', en: 'ratio' }, cite: { document: 'd', article: '11' },
 *   versions: [{ from: '2016-01-01', value: '0.10' }] };
 * ParameterSchema.safeParse(p).success; // true
 * ParameterSchema.safeParse({ ...p, versions: [] }).success; // false (at least one version)
 */
export const ParameterSchema = z.strictObject({
  label: LabelSchema,
  cite: CitationSchema,
  unit: z.enum(['ratio', 'yuan', 'count', 'days', 'months', 'score', 'flag', 'text']).optional(),
  versions: z.array(ParameterVersionSchema).min(1),
});
/** @see ParameterSchema @example const p: Parameter = { label: { zh: 'x', en: 'x' }, cite: { document: 'd', article: '1' }, versions: [{ from: '2020-01-01', value: '1' }] }; */
export type Parameter = z.infer<typeof ParameterSchema>;

/**
 * Thrown when a dated value is asked for at a date no version covers: never a silent default.
 *
 * @example
 * new NotInForceError('rateCap', '2015-01-01').code; // 'NOT_IN_FORCE'
 */
export class NotInForceError extends Error {
  readonly code = 'NOT_IN_FORCE' as const;
  constructor(
    readonly subject: string,
    readonly asOf: string,
  ) {
    super(`${subject} is not in force on ${asOf}`);
    this.name = 'NotInForceError';
  }
}

/**
 * The version of a parameter in force on `asOf`; throws {@link NotInForceError} when none is.
 *
 * @example
 * versionAt('cap', { label: { zh: '上限', en: 'cap' }, cite: { document: 'd', article: '1' },
 *   versions: [{ from: '2019-01-01', to: '2019-12-31', value: '0.02' }, { from: '2020-01-01', value: '0.01' }] }, '2020-03-01').value; // '0.01'
 */
export function versionAt(name: string, p: Parameter, asOf: string): ParameterVersion {
  for (const v of p.versions) {
    if (v.from <= asOf && (v.to === undefined || asOf <= v.to)) return v;
  }
  throw new NotInForceError(`parameter ${name}`, asOf);
}
