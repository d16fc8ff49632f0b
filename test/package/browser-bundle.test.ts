import { isBuiltin } from 'node:module';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The core entry (`zone-policy`, src/index.ts) must run in a browser: no `node:` imports
 * anywhere under models, engine, rules or policies (DESIGN §2). These tests bundle it
 * the way a web app's bundler would and look at what it pulled in.
 */

interface BuiltinImport {
  path: string;
  importer: string;
}

/** Records every import of a Node built-in (and keeps it external, so the build completes). */
function builtinRecorder(found: BuiltinImport[]): Plugin {
  return {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!isBuiltin(args.path)) return undefined;
        found.push({ path: args.path, importer: args.importer.replace(`${process.cwd()}/`, '') });
        return { path: args.path, external: true };
      });
    },
  };
}

async function bundle(entry: { file: string } | { source: string }, minify = false) {
  const found: BuiltinImport[] = [];
  const result = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: process.cwd(), loader: 'ts' as const } }),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    minify,
    logLevel: 'silent',
    plugins: [builtinRecorder(found)],
  });
  const text = result.outputFiles[0]?.text ?? '';
  return { found, text, inputs: Object.keys(result.metafile.inputs), warnings: result.warnings };
}

/** `require("fs")`, `import("node:path")`, `from "crypto"`: any reference to a Node built-in module. */
function builtinReferences(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\brequire\s*\(\s*|\bimport\s*\(\s*|\bfrom\s*)["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  return specifiers.filter((s) => s.startsWith('node:') || isBuiltin(s));
}

describe('the core entry bundles for the browser', () => {
  const core = bundle({ file: 'src/index.ts' });

  it('builds with platform "browser" and imports no Node built-in', async () => {
    const { found, text, warnings } = await core;
    expect(found).toEqual([]);
    expect(warnings.map((w) => w.text)).toEqual([]);
    expect(text.length).toBeGreaterThan(10_000);
  });

  it('the bundle has no node: import and no require of fs, path or any other built-in', async () => {
    const { text } = await core;
    expect(text).not.toMatch(/["']node:/);
    expect(builtinReferences(text)).toEqual([]);
  });

  it('includes no CLI module', async () => {
    const { inputs } = await core;
    expect(inputs.filter((f) => f.startsWith('src/cli/'))).toEqual([]);
    expect(inputs.filter((f) => f.startsWith('src/'))).not.toHaveLength(0);
  });

  it('tree-shakes: importing one rounding helper leaves the catalog out (sideEffects: false, pure factories)', async () => {
    const { text, found } = await bundle({ source: "export { roundTo } from './src/index';" }, true);
    expect(found).toEqual([]);
    expect(text).not.toContain('cn.hnte.2016');
    expect(text).not.toContain('cn.gov-guarantee-fee.2019');
    expect(text.length).toBeLessThan(200_000);
  });
});

describe('the checks catch what they are for', () => {
  it('a module importing node:fs is reported with its importer', async () => {
    const { found, text } = await bundle({ source: "import { readFileSync } from 'node:fs'; import path from 'path'; export const f = () => [readFileSync, path];" });
    expect(found.map((f) => f.path)).toEqual(['node:fs', 'path']);
    expect(builtinReferences(text).sort()).toEqual(['node:fs', 'path']);
  });

  it('finds require calls of built-ins in CommonJS code', () => {
    expect(builtinReferences('var a = require("fs"); var b = require( \'node:path\' ); var c = require("zod");')).toEqual(['fs', 'node:path']);
  });
});
