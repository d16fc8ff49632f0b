import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { yamlPackage } from '../on-demand-packages';
import { UsageError } from '../usage-error';

const YAML = /\.ya?ml$/i;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && YAML.test(e.name) && !(await holdsPolicyData(p))) out.push(p);
  }
  return out;
}

/**
 * True when a YAML file holds a policy (data with `eligibility`), not test cases: such files
 * sit beside their cases in a directory (examples/policies/my-policy.yaml) and are skipped
 * when the directory is searched. A file that does not parse is kept, so it is reported.
 */
async function holdsPolicyData(path: string): Promise<boolean> {
  try {
    const data: unknown = (await yamlPackage()).parse(await readFile(path, 'utf8'), { maxAliasCount: 100 });
    return data !== null && typeof data === 'object' && !Array.isArray(data) && 'eligibility' in data;
  } catch {
    return false;
  }
}

/**
 * The case files named: files as given, directories searched recursively for
 * `*.yaml`/`*.yml` (sorted, skipping dot-directories, node_modules and YAML policy files). A path that does
 * not exist is a {@link UsageError}.
 *
 * @example
 * await findCaseFiles(['test/cases'], process.cwd()); // ['/repo/test/cases/cn.gov-guarantee-fee.2019.yaml', ...]
 */
export async function findCaseFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let isDir: boolean;
    try {
      isDir = (await stat(abs)).isDirectory();
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    out.push(...(isDir ? await walk(abs) : [abs]));
  }
  return [...new Set(out)];
}
