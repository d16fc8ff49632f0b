/**
 * Lists every exported declaration reachable from the package's entry points that has no
 * TSDoc `@example` (typedoc checks that exports are documented, not that they show an
 * example), and every exported function or value whose example shows no result (no `//`
 * comment such as `toFen(x); // '293340.00'`; a type's example may be a typed value alone).
 * Run by `npm run docs` after typedoc; exits 1 when anything is listed.
 *
 *   npx tsx scripts/check-examples.ts          check src/index.ts and src/cli/index.ts
 *   npx tsx scripts/check-examples.ts a.ts ... check other entry points
 *
 * Every declaration of an exported name is checked (a zod schema and the type inferred from
 * it under the same name are two declarations, both shown by typedoc), and each signature
 * of an overloaded function; the implementation of an overload set is not shown, so not checked.
 *
 * @module
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The repository root (the folder holding `tsconfig.json`).
 *
 * @example
 * REPO_ROOT.endsWith('main'); // true in /work/main
 */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The package's entry points, as in `typedoc.json`.
 *
 * @example
 * ENTRY_POINTS; // ['src/index.ts', 'src/cli/index.ts']
 */
export const ENTRY_POINTS: readonly string[] = ['src/index.ts', 'src/cli/index.ts'];

/**
 * An exported declaration without an `@example` (`problem: 'no-example'`), or a function or
 * value whose example shows no result (`problem: 'no-result'`): where it is and what it is.
 *
 * @example
 * const m: MissingExample = { name: 'toFen', kind: 'function', file: 'src/models/rounding.ts', line: 42, entry: 'src/index.ts', problem: 'no-example' };
 */
export interface MissingExample {
  /** The exported name. */
  name: string;
  /** The declaration's kind: function, variable, class, interface, type, enum, namespace. */
  kind: string;
  /** The file declaring it, relative to the repository root. */
  file: string;
  /** 1-based line of the declaration. */
  line: number;
  /** The entry point it is reachable from. */
  entry: string;
  /** What is wrong. */
  problem: 'no-example' | 'no-result';
}

const KINDS: ReadonlyArray<[(n: ts.Node) => boolean, string]> = [
  [ts.isFunctionDeclaration, 'function'],
  [ts.isVariableDeclaration, 'variable'],
  [ts.isClassDeclaration, 'class'],
  [ts.isInterfaceDeclaration, 'interface'],
  [ts.isTypeAliasDeclaration, 'type'],
  [ts.isEnumDeclaration, 'enum'],
  [ts.isModuleDeclaration, 'namespace'],
];

function kindOf(decl: ts.Declaration): string | undefined {
  return KINDS.find(([is]) => is(decl))?.[1];
}

function exampleTexts(decl: ts.Declaration): string[] {
  return ts
    .getJSDocTags(decl)
    .filter((tag) => tag.tagName.text === 'example')
    .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '');
}

/** Functions and values must show what they give: a `//` comment in one of the examples. */
function problemOf(decl: ts.Declaration, kind: string): MissingExample['problem'] | undefined {
  const examples = exampleTexts(decl);
  if (examples.length === 0) return 'no-example';
  const isValue = kind === 'function' || kind === 'variable';
  return isValue && !examples.some((text) => text.includes('//')) ? 'no-result' : undefined;
}

/** An implementation of an overload set is hidden by typedoc: its signatures carry the docs. */
function isOverloadImplementation(decl: ts.Declaration, all: readonly ts.Declaration[]): boolean {
  return ts.isFunctionDeclaration(decl) && decl.body !== undefined && all.filter(ts.isFunctionDeclaration).length > 1;
}

function loadProgram(root: string, entries: readonly string[]): ts.Program {
  const configPath = join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  return ts.createProgram(entries.map((e) => join(root, e)), parsed.options);
}

/**
 * The exported declarations reachable from `entries` that have no `@example` tag, or (for
 * functions and values) no example showing a result, by file and line (a declaration
 * reachable from several entry points is listed once, with the first).
 *
 * @example
 * findMissingExamples(); // [] when every export shows an example
 */
export function findMissingExamples(root: string = REPO_ROOT, entries: readonly string[] = ENTRY_POINTS): MissingExample[] {
  const program = loadProgram(root, entries);
  const checker = program.getTypeChecker();
  const missing: MissingExample[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(join(root, entry));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`not a module: ${entry}`);
    const exports = checker.getExportsOfModule(moduleSymbol);
    for (const exported of exports) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = symbol.declarations ?? [];
      for (const decl of decls) {
        const kind = kindOf(decl);
        if (!kind || isOverloadImplementation(decl, decls)) continue;
        const problem = problemOf(decl, kind);
        if (!problem) continue;
        const file = decl.getSourceFile();
        const line = file.getLineAndCharacterOfPosition(decl.getStart()).line + 1;
        const found = { name: exported.name, kind, file: relative(root, file.fileName), line, entry, problem };
        if (!missing.some((m) => m.file === found.file && m.line === found.line)) missing.push(found);
      }
    }
  }
  return missing.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * One line per finding, `file:line  kind name: problem  (entry)`.
 *
 * @example
 * formatMissing([{ name: 'x', kind: 'variable', file: 'src/a.ts', line: 3, entry: 'src/index.ts', problem: 'no-result' }]);
 * // ['src/a.ts:3  variable x: the example shows no result (add a // comment)  (src/index.ts)']
 */
export function formatMissing(missing: readonly MissingExample[]): string[] {
  const says = { 'no-example': 'no @example', 'no-result': 'the example shows no result (add a // comment)' };
  return missing.map((m) => `${m.file}:${m.line}  ${m.kind} ${m.name}: ${says[m.problem]}  (${m.entry})`);
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const missing = findMissingExamples(REPO_ROOT, args.length > 0 ? args : ENTRY_POINTS);
  if (missing.length > 0) {
    process.stderr.write(`${missing.length} exported declaration(s) without an example showing a result:\n${formatMissing(missing).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('check-examples: every exported declaration has an @example showing a result\n');
}
