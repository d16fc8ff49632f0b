import type { Policy } from '../engine/policy';
import { govGuaranteeFee2019 } from './cn/gov-guarantee-fee-2019';

/**
 * The catalog, in listing order: one import per policy file (add new policies here, one
 * line each).
 *
 * @example
 * CATALOG_POLICIES.map((p) => p.id).includes('cn.gov-guarantee-fee.2019'); // true
 */
export const CATALOG_POLICIES: readonly Policy[] = [
  govGuaranteeFee2019,
];
