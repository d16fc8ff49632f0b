import { z } from 'zod';
import { PlainDateSchema } from './plain-date-schema';

/**
 * Kinds of incident: a major safety, quality or environmental accident (HNTE Art.11(8)),
 * or a dishonesty record (tech-SME evaluation).
 *
 * @example
 * IncidentKindSchema.parse('safety'); // 'safety'
 */
export const IncidentKindSchema = /*@__PURE__*/ z.enum(['safety', 'quality', 'environmental', 'dishonesty']);

/**
 * An incident on record. Both fields are required: an incident without a kind or a date
 * cannot be placed in any window, so it is a data error rather than an unknown fact.
 *
 * @example
 * IncidentSchema.parse({ kind: 'safety', date: '2019-08-01' }); // { kind: 'safety', date: '2019-08-01' }
 */
export const IncidentSchema = /*@__PURE__*/ z.strictObject({
  kind: IncidentKindSchema,
  date: PlainDateSchema,
});

/**
 * A parsed incident.
 *
 * @example
 * const i: Incident = { kind: 'quality', date: '2019-08-01' };
 */
export type Incident = z.output<typeof IncidentSchema>;
