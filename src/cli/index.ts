/**
 * `zone-policy/cli`: the command line as a library. `runCli(argv, io)` runs a command
 * with your streams and returns its exit code; the pieces (record readers, writers,
 * test-case runner) are exported for embedding.
 *
 * @example
 * import { runCli } from 'zone-policy/cli';
 * const code = await runCli(['list', '--json'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), stderrIsTTY: false });
 *
 * @packageDocumentation
 */
export { runCli } from './run-cli';
export { EXIT, type CliIo } from './io';
export { UsageError } from './usage-error';
export { COMMANDS } from './commands/registry';
export type { CliCommand, CliContext } from './commands/command';
export { runEval, type EvalOptions } from './eval/run-eval';
export { parseChartValue, type ChartValue } from './html/chart-value';
export { evaluateItem, errorRow } from './eval/evaluate-record';
export { readRecords } from './input/read-records';
export { csvShape, csvRecord, CSV_KEYED_ARRAYS, type CsvShape } from './input/csv-shape';
export { INPUT_FORMATS, formatOfPath, type InputFormat, type InputItem } from './input/input-item';
export { parseNdjsonLine, type EvalInput, type RawLine } from './input/raw-line';
export { resultOf, type EvalRow, type SerializedResult } from './eval/ordered-results';
export { OUTPUT_FORMATS, type OutputFormat, type RowWriter } from './output/row-writer';
export { resolvePolicy, type ResolvedPolicy } from './policy-source/resolve-policy';
export { pickPolicyExport } from './policy-source/policy-module';
export { renderPolicy } from './show/render-policy';
export { formatExpr } from './show/format-expr';
export { runCaseFiles, type CaseTally } from './cases/run-cases';
export { loadCaseFile, CaseFileSchema, CaseSchema, ExpectSchema, type TestCase, type CaseExpect } from './cases/case-file';
export { compareCase } from './cases/compare-case';
export { VERSION } from './version';
