/**
 * The packages the CLI needs only for some inputs, imported the first time one is needed:
 * `yaml` (YAML records, policy files and test cases), `csv-parse` (CSV records) and tsx's
 * loader (policy modules written in TypeScript). Imported at startup they cost every run,
 * NDJSON screenings included, about 160 ms and 30 MB of resident memory together
 * (measured one at a time on Node 20: tsx 87 ms and 17 MB, yaml 50 ms and 10 MB,
 * csv-parse 26 ms and 5 MB). Each is imported once; later calls share the first import.
 *
 * @module
 */

type YamlPackage = typeof import('yaml');
type CsvParsePackage = typeof import('csv-parse');
type TsxApi = typeof import('tsx/esm/api');

let yaml: Promise<YamlPackage> | undefined;
let csvParse: Promise<CsvParsePackage> | undefined;
let tsx: Promise<TsxApi> | undefined;

/**
 * The `yaml` package.
 *
 * @example
 * (await yamlPackage()).parse('a: 1'); // { a: 1 }
 */
export function yamlPackage(): Promise<YamlPackage> {
  return (yaml ??= import('yaml'));
}

/**
 * The `csv-parse` package.
 *
 * @example
 * typeof (await csvParsePackage()).Parser; // 'function'
 */
export function csvParsePackage(): Promise<CsvParsePackage> {
  return (csvParse ??= import('csv-parse'));
}

/**
 * tsx's ESM API (`tsImport` loads a TypeScript module).
 *
 * @example
 * typeof (await tsxApi()).tsImport; // 'function'
 */
export function tsxApi(): Promise<TsxApi> {
  return (tsx ??= import('tsx/esm/api'));
}
