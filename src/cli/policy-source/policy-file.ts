import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Policy } from '../../index';
import { oneLine, UsageError } from '../usage-error';
import { checkedPolicy } from './checked-policy';
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
 * Loads a policy file by absolute path: JSON or YAML data (parsed with `parsePolicy`,
 * never executed), or a JS/TS module exporting a policy.
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
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${shown}: ${oneLine(e)}`);
  }
  let data: unknown;
  try {
    data = ext === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new UsageError(`${shown} is not valid ${ext === '.json' ? 'JSON' : 'YAML'}: ${oneLine(e)}`);
  }
  return checkedPolicy(data, shown);
}
