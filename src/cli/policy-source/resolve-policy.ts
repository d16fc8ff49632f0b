import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ALIASES, getPolicy, type Policy } from '../../index';
import { UsageError } from '../usage-error';
import { loadPolicyFile } from './policy-file';

/**
 * Where a policy came from: the catalog (by id or alias) or a file.
 *
 * @example
 * const s: ResolvedPolicy = { policy, source: 'catalog' };
 */
export interface ResolvedPolicy {
  policy: Policy;
  source: 'catalog' | 'file';
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves `<policy>`: a catalog id, an alias (the version in force on `asOf`), or a path
 * (relative to `baseDir`) to a policy file. Anything else is a {@link UsageError}.
 *
 * @example
 * (await resolvePolicy('cn.gov-guarantee-fee.2019', { baseDir: '.', asOf: '2020-03-01' })).policy.id; // 'cn.gov-guarantee-fee.2019'
 */
export async function resolvePolicy(spec: string, options: { baseDir: string; asOf: string }): Promise<ResolvedPolicy> {
  const fromCatalog = getPolicy(spec, options.asOf);
  if (fromCatalog) return { policy: fromCatalog, source: 'catalog' };
  const alias = ALIASES.find((a) => a.alias === spec);
  if (alias) throw new UsageError(`no version of ${spec} (${alias.versions.join(', ')}) is in force on ${options.asOf}`);
  const path = resolve(options.baseDir, spec);
  if (await isFile(path)) return { policy: await loadPolicyFile(path, spec), source: 'file' };
  throw new UsageError(`unknown policy '${spec}': not a catalog id or alias (see 'zone-policy list'), nor a policy file`);
}
