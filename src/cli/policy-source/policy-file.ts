import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Policy } from '../../index';
import { oneLine, UsageError } from '../usage-error';
import { checkedPolicy } from './checked-policy';
import { checkPolicyFileSize, policyDataOf } from './policy-data';
import { loadPolicyModule } from './policy-module';

/**
 * File extensions read as policy *data* (parsed, never executed).
 *
 * @example
 * DATA_EXTENSIONS.includes('.yaml'); // true
 */
export const DATA_EXTENSIONS: readonly string[] = ['.json', '.yaml', '.yml'];

/**
 * File extensions loaded as JS/TS *modules* exporting a policy.
 *
 * @example
 * MODULE_EXTENSIONS.includes('.ts'); // true
 */
export const MODULE_EXTENSIONS: readonly string[] = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];

/**
 * Loads a policy file by absolute path: JSON or YAML data (at most 5 MB, read as plain
 * data and checked with `parsePolicy`, never executed), or a JS/TS module exporting a
 * policy (which runs its code).
 *
 * @example
 * (await loadPolicyFile('/repo/examples/policies/my-policy.ts')).id; // 'example.rd-subsidy'
 */
export async function loadPolicyFile(path: string, shown: string): Promise<Policy> {
  const ext = extname(path).toLowerCase();
  if (MODULE_EXTENSIONS.includes(ext)) return loadPolicyModule(path, shown);
  if (!DATA_EXTENSIONS.includes(ext)) throw new UsageError(`${shown}: a policy file ends in ${[...DATA_EXTENSIONS, ...MODULE_EXTENSIONS].join(', ')}`);
  let text: string;
  try {
    checkPolicyFileSize((await stat(path)).size, shown);
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${shown}: ${oneLine(e)}`);
  }
  return checkedPolicy(await policyDataOf(text, ext, shown), shown);
}
