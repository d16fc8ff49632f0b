import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What loading the package costs at startup, kept down by what it imports: date-fns by
 * one module per function, as its index loads all of its ~250 modules (about 200 ms and
 * 20 MB in Node, in every thread that loads the library). These tests bundle the entries
 * as tsup does (packages external) and read the graph.
 */

async function graph(entry: string): Promise<Metafile> {
  const r = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, metafile: true, logLevel: 'silent' });
  return r.metafile;
}

/** The packages an entry imports at run time (externals of its output), by the name imported. */
function externalImports(m: Metafile): string[] {
  return Object.values(m.outputs).flatMap((o) => o.imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => i.path));
}

describe('startup imports', () => {
  it('the library imports date-fns one function at a time, never its index', async () => {
    const imports = externalImports(await graph('src/index.ts'));
    const dateFns = imports.filter((p) => p === 'date-fns' || p.startsWith('date-fns/'));
    expect(dateFns.length).toBeGreaterThan(0);
    expect(dateFns.filter((p) => p === 'date-fns')).toEqual([]);
  });
});
