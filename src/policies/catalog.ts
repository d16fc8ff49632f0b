import type { Policy } from '../engine/policy';
import { CATALOG_POLICIES } from './catalog-list';

/**
 * An alias that resolves to the version in force at a date (e.g. `cn.tech-sme`).
 *
 * @example
 * const a: PolicyAlias = { alias: 'cn.tech-sme', versions: ['cn.tech-sme.2017'] };
 */
export interface PolicyAlias {
  alias: string;
  versions: readonly string[];
}

/**
 * The catalog's aliases.
 *
 * @example
 * ALIASES[0]?.alias; // 'cn.tech-sme'
 */
export const ALIASES: readonly PolicyAlias[] = [{ alias: 'cn.tech-sme', versions: ['cn.tech-sme.2017'] }];

/**
 * Every policy of the catalog, in listing order.
 *
 * @example
 * listPolicies().map((p) => p.id).includes('cn.hnte.2016'); // true
 */
export function listPolicies(): readonly Policy[] {
  return CATALOG_POLICIES;
}

function inForce(p: Policy, asOf: string): boolean {
  return p.effective.from <= asOf && (p.effective.to === undefined || asOf <= p.effective.to);
}

/**
 * A catalog policy by id, or by alias resolved to the version in force at `asOf`
 * (the newest version when no date is given). Undefined when unknown.
 *
 * @example
 * getPolicy('cn.tech-sme', '2023-01-01')?.id; // 'cn.tech-sme.2017'
 */
export function getPolicy(idOrAlias: string, asOf?: string): Policy | undefined {
  const direct = CATALOG_POLICIES.find((p) => p.id === idOrAlias);
  if (direct) return direct;
  const alias = ALIASES.find((a) => a.alias === idOrAlias);
  if (!alias) return undefined;
  const versions = alias.versions.map((v) => CATALOG_POLICIES.find((p) => p.id === v)).filter((p): p is Policy => p !== undefined);
  if (asOf === undefined) return versions[versions.length - 1];
  return versions.filter((p) => inForce(p, asOf)).pop();
}
