/**
 * `npm run bench`: issue 7's side-by-side benchmark of `cn.hnte.2016`. One seeded
 * population, parsed once by the Enterprise model, evaluated in this one process by
 * zone-policy (compiled, without and with trace), a hand-written decimal.js function, a
 * hand-written exact integer function and json-rules-engine; their verdicts compared with
 * zone-policy's; then model validation, validate+evaluate, and the CLI end to end. Progress
 * goes to stderr, the report to stdout; `--json` ends it with one JSON line.
 *
 * @module
 */
import { parseModel } from '../src/models/issues';
import { MODELS } from '../src/models/registry';
import type { Enterprise } from '../src/models/enterprise';
import { disagreements, tally, type Disagreements } from './agreement';
import { parseBenchArgs, type BenchOptions } from './args';
import { timeCli, type CliRun } from './cli-timing';
import { bytesPerRecord } from './allocation';
import { timeAll } from './harness';
import { IMPLEMENTATION_NAMES, prepareAll, type ImplementationName } from './implementations/index';
import { modelThroughput } from './model-throughput';
import { generatePopulation } from './population';
import { formatReport, jsonLine, load, type BenchResult } from './report';
import { checkTargets } from './targets';

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function bench(o: BenchOptions): Promise<BenchResult> {
  const start = load();
  log(`generating ${o.records.toLocaleString('en-US')} records (seed ${o.seed}) and parsing them with the Enterprise model ...`);
  const population = generatePopulation({ size: o.records, seed: o.seed, asOf: o.asOf });
  const parsed: Enterprise[] = population.records.map((raw) => {
    const r = parseModel(MODELS.enterprise, raw);
    if (!r.ok) throw new Error(`generated record ${raw.id} is invalid: ${JSON.stringify(r.issues)}`);
    return r.value;
  });
  const implementations = prepareAll(parsed, population.asOf);
  const { verdicts, timings } = await timeAll(implementations, parsed.length, o.rounds, log);
  log('bytes allocated per record, one pass each under the sampling heap profiler ...');
  const scratch = new Array<string>(parsed.length);
  const allocated: Partial<Record<ImplementationName, number>> = {};
  for (const p of implementations) allocated[p.name] = await bytesPerRecord(() => p.run(scratch), parsed.length);
  const reference = verdicts.get('zone-policy') ?? [];
  const dis = Object.fromEntries(
    IMPLEMENTATION_NAMES.map((n) => [n, disagreements(reference, verdicts.get(n) ?? [], population.boundary)]),
  ) as Record<ImplementationName, Disagreements>;
  log(`model validation and evaluate over ${o.modelRecords.toLocaleString('en-US')} records ...`);
  const model = await modelThroughput(population.records.slice(0, o.modelRecords), population.asOf, o.rounds);
  const cli: CliRun[] = o.cli ? await timeCli({ records: o.cliRecords, seed: o.seed, asOf: o.asOf, jobs: [1, 2] }, log) : [];
  const rps = Object.fromEntries(timings.map((t) => [t.name, t.recordsPerSecond])) as Record<ImplementationName, number>;
  return {
    records: o.records,
    boundaryCases: population.boundary.filter((b) => b !== null).length,
    seed: o.seed,
    rounds: o.rounds,
    asOf: population.asOf,
    verdicts: tally(reference),
    timings,
    allocated: allocated as Record<ImplementationName, number>,
    disagreements: dis,
    model,
    cli,
    targets: checkTargets(rps, dis, cli),
    load: { start, end: load() },
  };
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    log(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
    return;
  }
  const result = await bench(options);
  process.stdout.write(`${formatReport(result)}\n`);
  if (options.json) process.stdout.write(`${jsonLine(result)}\n`);
}

await main();
