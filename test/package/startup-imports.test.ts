import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What loading the package costs at startup, kept down by what it imports:
 * - date-fns by one module per function: its index loads all of its ~250 modules (about
 *   200 ms and 20 MB in Node, in every thread that loads the library);
 * - the CLI's worker thread (`dist/cli/worker.js`) without the catalog: the catalog's
 *   modules build and validate every policy when loaded, and a worker is given its
 *   policy's data;
 * - the CLI's yaml, csv-parse and tsx on demand (`src/cli/on-demand-packages.ts`): an
 *   NDJSON screening needs none of them.
 * These tests bundle the entries as tsup does (packages external) and read the graph.
 */

async function graph(entry: string): Promise<Metafile> {
  const r = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, metafile: true, logLevel: 'silent' });
  return r.metafile;
}

/** The packages an entry imports when loaded (`import-statement`) or on demand (`dynamic-import`), by the name imported. */
function externalImports(m: Metafile, kind: 'import-statement' | 'dynamic-import' = 'import-statement'): string[] {
  return Object.values(m.outputs).flatMap((o) => o.imports.filter((i) => i.external && i.kind === kind).map((i) => i.path));
}

describe('startup imports', () => {
  it('the library imports date-fns one function at a time, never its index', async () => {
    const imports = externalImports(await graph('src/index.ts'));
    const dateFns = imports.filter((p) => p === 'date-fns' || p.startsWith('date-fns/'));
    expect(dateFns.length).toBeGreaterThan(0);
    expect(dateFns.filter((p) => p === 'date-fns')).toEqual([]);
  });

  it("the CLI's worker thread loads the engine, the models and the generated kernels, not the catalog", async () => {
    const inputs = Object.keys((await graph('src/cli/worker.ts')).inputs);
    // what it needs is there (the check below is not vacuous)
    expect(inputs).toContain('src/engine/parse-policy.ts');
    expect(inputs).toContain('src/models/enterprise.ts');
    expect(inputs).toContain('src/policies/fast/cn-hnte-2016.ts');
    expect(inputs.filter((f) => f === 'src/index.ts' || f === 'src/policies/index.ts' || f.startsWith('src/policies/catalog') || f.startsWith('src/policies/cn/') || f.startsWith('src/policies/zones/'))).toEqual([]);
  });

  it('the CLI imports yaml, csv-parse and tsx when an input needs them, not at startup', async () => {
    const m = await graph('src/cli/bin.ts');
    const onDemand = ['yaml', 'csv-parse', 'tsx/esm/api'];
    expect(externalImports(m).filter((p) => onDemand.includes(p))).toEqual([]);
    expect(new Set(externalImports(m, 'dynamic-import'))).toEqual(new Set(onDemand));
  });

  it('the package index does load the catalog (what the worker avoids)', async () => {
    const inputs = Object.keys((await graph('src/index.ts')).inputs);
    expect(inputs).toContain('src/policies/catalog-list.ts');
  });
});
