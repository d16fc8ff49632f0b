import { DEFAULT_LIMITS } from '../../index';
import { yamlPackage } from '../on-demand-packages';
import { oneLine, UsageError } from '../usage-error';

/**
 * The largest policy data file read (5 MB): the catalog's largest policy is a few tens of
 * kilobytes as JSON.
 *
 * @example
 * MAX_POLICY_FILE_BYTES; // 5242880
 */
export const MAX_POLICY_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The `maxAliasCount` given to the yaml package: an alias may stand for at most this many
 * nodes in all, so a "billion laughs" file is an error instead of a hang.
 *
 * @example
 * MAX_YAML_ALIAS_COUNT; // 100
 */
export const MAX_YAML_ALIAS_COUNT = 100;

/**
 * Rejects a policy data file larger than {@link MAX_POLICY_FILE_BYTES}, before reading it.
 *
 * @example
 * checkPolicyFileSize(1024, 'p.json'); // no error
 * checkPolicyFileSize(6e6, 'p.json'); // throws UsageError: p.json is 6000000 bytes: a policy data file is at most 5 MB
 */
export function checkPolicyFileSize(bytes: number, shown: string): void {
  if (bytes > MAX_POLICY_FILE_BYTES) throw new UsageError(`${shown} is ${bytes} bytes: a policy data file is at most 5 MB (${MAX_POLICY_FILE_BYTES} bytes)`);
}

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The first value that JSON could not hold (a YAML `!!binary`, `!!set`, `!!omap`, 1.1 timestamp...). */
function nonJson(root: unknown): string | undefined {
  const stack: { v: unknown; depth: number }[] = [{ v: root, depth: 0 }];
  // parsePolicy reports deeper or larger data: stop walking there (aliases may share or loop)
  for (let seen = 0; stack.length && seen <= DEFAULT_LIMITS.maxNodes; seen++) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return String(v);
      continue;
    }
    if (typeof v !== 'object' || !(Array.isArray(v) || isPlainObject(v))) return typeof v === 'object' ? (v.constructor?.name ?? 'object') : typeof v;
    if (depth <= DEFAULT_LIMITS.maxDepth) for (const x of Object.values(v)) stack.push({ v: x, depth: depth + 1 });
  }
  return undefined;
}

async function yamlData(text: string): Promise<unknown> {
  const { parseDocument } = await yamlPackage();
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, merge: false, logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw problem;
  return doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
}

/**
 * Reads policy data text, JSON or YAML, as plain JSON values: YAML is read as YAML 1.2 with
 * unique keys, no merge keys, at most {@link MAX_YAML_ALIAS_COUNT} alias expansions, and
 * neither unknown tags (`!js/function` stays an error, never code) nor values JSON cannot
 * hold (binary, sets, timestamps). Anything else is a {@link UsageError}.
 *
 * @example
 * await policyDataOf('{"id":"x"}', '.json', 'p.json'); // { id: 'x' }
 * await policyDataOf('a: !!binary aGk=', '.yaml', 'p.yaml'); // throws UsageError: p.yaml: YAML value of type Buffer is not policy data
 */
export async function policyDataOf(text: string, ext: string, shown: string): Promise<unknown> {
  const yaml = ext !== '.json';
  let data: unknown;
  try {
    data = yaml ? await yamlData(text) : JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${shown} is not valid ${yaml ? 'YAML' : 'JSON'}: ${oneLine(e)}`);
  }
  const odd = yaml ? nonJson(data) : undefined;
  if (odd !== undefined) throw new UsageError(`${shown}: YAML value of type ${odd} is not policy data (only strings, numbers, booleans, null, lists and mappings)`);
  return data;
}
