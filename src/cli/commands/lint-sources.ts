import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { ALIASES, getPolicy, listPolicies, type Policy } from '../../index';
import { DATA_EXTENSIONS, MODULE_EXTENSIONS } from '../policy-source/policy-file';
import { yamlPackage } from '../on-demand-packages';
import { loadPolicyModule } from '../policy-source/policy-module';
import { oneLine, UsageError } from '../usage-error';

/**
 * A policy to lint: the name it is reported under, and its data — a catalog policy, a
 * module's export, or the raw content of a data file (which may not even be valid policy
 * data: lint reports the schema findings instead of refusing it).
 *
 * @example
 * const t: LintTarget = { name: 'cn.hnte.2016', data: getPolicy('cn.hnte.2016') };
 */
export interface LintTarget {
  name: string;
  data: Policy | unknown;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readData(path: string, shown: string): Promise<unknown> {
  const ext = extname(path).toLowerCase();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${shown}: ${oneLine(e)}`);
  }
  try {
    return ext === '.json' ? JSON.parse(text) : (await yamlPackage()).parse(text);
  } catch (e) {
    throw new UsageError(`${shown} is not valid ${ext === '.json' ? 'JSON' : 'YAML'}: ${oneLine(e)}`);
  }
}

function dataId(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const id = (data as Record<string, unknown>)['id'];
  return typeof id === 'string' ? id : undefined;
}

/**
 * Resolves one `lint` argument: a catalog id, an alias (the version in force on `asOf`),
 * a JSON/YAML policy file (linted as raw data), or a JS/TS module exporting a policy.
 * Anything else is a usage error.
 *
 * @example
 * (await lintTarget('fixtures/lint-table-gap.json', { baseDir: '.', asOf: '2024-01-01' })).name; // 'fixtures/lint-table-gap.json (fixture.table-gap)'
 */
export async function lintTarget(spec: string, options: { baseDir: string; asOf: string }): Promise<LintTarget> {
  const fromCatalog = getPolicy(spec, options.asOf);
  if (fromCatalog) return { name: fromCatalog.id, data: fromCatalog };
  const alias = ALIASES.find((a) => a.alias === spec);
  if (alias) throw new UsageError(`no version of ${spec} (${alias.versions.join(', ')}) is in force on ${options.asOf}`);
  const path = resolve(options.baseDir, spec);
  if (!(await isFile(path))) throw new UsageError(`unknown policy '${spec}': not a catalog id or alias (see 'zone-policy list'), nor a policy file`);
  const ext = extname(path).toLowerCase();
  if (MODULE_EXTENSIONS.includes(ext)) {
    const p = await loadPolicyModule(path, spec);
    return { name: `${spec} (${p.id})`, data: p };
  }
  if (!DATA_EXTENSIONS.includes(ext)) throw new UsageError(`${spec}: a policy file ends in ${[...DATA_EXTENSIONS, ...MODULE_EXTENSIONS].join(', ')}`);
  const data = await readData(path, spec);
  const id = dataId(data);
  return { name: id ? `${spec} (${id})` : spec, data };
}

/**
 * Every catalog policy, as lint targets, in catalog order.
 *
 * @example
 * catalogTargets()[0]?.name; // 'cn.hnte.2016'
 */
export function catalogTargets(): LintTarget[] {
  return listPolicies().map((p) => ({ name: p.id, data: p }));
}
