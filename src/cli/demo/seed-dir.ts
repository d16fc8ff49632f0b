import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'zone-policy';

function isPackageRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE;
  } catch {
    return false;
  }
}

/**
 * The root of the installed `zone-policy` package, found by walking up from `from` (a
 * file or directory inside it) to the `package.json` named `zone-policy`. Walking up,
 * rather than a fixed `../..`, works wherever the bundler puts this code: `dist/cli/*.js`,
 * a shared chunk in `dist/`, the CommonJS build, or `src/cli/demo` under a TS runner.
 *
 * @example
 * packageRoot('/app/node_modules/zone-policy/dist/cli/bin.js'); // '/app/node_modules/zone-policy'
 */
export function packageRoot(from: string): string {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    if (isPackageRoot(dir)) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`cannot find the ${PACKAGE} package above ${from}`);
}

/**
 * The directory of the demo's seed data shipped in the package: `<package>/examples/seed`.
 *
 * @example
 * seedDir(); // '/app/node_modules/zone-policy/examples/seed'
 */
export function seedDir(): string {
  return join(packageRoot(dirname(fileURLToPath(import.meta.url))), 'examples', 'seed');
}
