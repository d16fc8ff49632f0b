import { z } from 'zod';

/**
 * Enterprise size class (大中小微, 工信部联企业〔2011〕300号): `micro`, `small`, `medium`, `large`.
 *
 * @example
 * EnterpriseSizeSchema.parse('small'); // 'small'
 * EnterpriseSizeSchema.safeParse('tiny').success; // false
 */
export const EnterpriseSizeSchema = /*@__PURE__*/ z.enum(['micro', 'small', 'medium', 'large']);

/**
 * An enterprise size class.
 *
 * @example
 * const s: EnterpriseSize = 'micro';
 */
export type EnterpriseSize = z.output<typeof EnterpriseSizeSchema>;
