/**
 * The benchmark's report: a readable table (records/s, ratio to zone-policy, agreement),
 * the model and CLI figures, the targets, the machine and its load; and the JSON line
 * other tools parse (its first two keys are the contract of issue 7, the rest extra).
 *
 * @module
 */
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Disagreements } from './agreement';
import type { CliRun } from './cli-timing';
import type { Timing } from './harness';
import { IMPLEMENTATION_NAMES, type ImplementationName } from './implementations/index';
import type { ModelThroughput } from './model-throughput';
import type { Target } from './targets';

/**
 * Everything one run measured.
 *
 * @example
 * const r: BenchResult = runResult; // r.timings.length === 5
 */
export interface BenchResult {
  records: number;
  boundaryCases: number;
  seed: number;
  rounds: number;
  asOf: string;
  verdicts: Record<string, number>;
  timings: Timing[];
  /** Bytes allocated per record by one pass (`allocation.ts`, sampled). */
  allocated: Record<ImplementationName, number>;
  disagreements: Record<ImplementationName, Disagreements>;
  model: ModelThroughput;
  cli: CliRun[];
  targets: Target[];
  load: { start: number[]; end: number[] };
}

/**
 * The machine, in one line.
 *
 * @example
 * machine(); // 'Intel(R) Xeon(R) ... x 2 cores, 7.8 GiB, linux 6.1 x64, node v20.20.2'
 */
export function machine(): string {
  const c = cpus();
  return `${c[0]?.model.trim() ?? 'unknown CPU'} x ${c.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()} ${arch()}, node ${process.version}`;
}

/**
 * The 1, 5 and 15-minute load averages, rounded.
 *
 * @example
 * load(); // [6.11, 8.17, 8.69]
 */
export function load(): number[] {
  return loadavg().map((l) => Math.round(l * 100) / 100);
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const pad = (s: string, w: number, right = false): string => (right ? s.padStart(w) : s.padEnd(w));

function describeDisagreements(d: Disagreements | undefined): string {
  if (!d) return '';
  if (d.count === 0) return '0';
  const kinds = Object.entries(d.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
  return `${d.count} (${d.onBoundary} boundary: ${kinds})`;
}

/**
 * The readable report.
 *
 * @example
 * formatReport(result).split('\n')[0]; // 'zone-policy benchmark: cn.hnte.2016 over 100,000 records ...'
 */
export function formatReport(r: BenchResult): string {
  const byName = new Map(r.timings.map((t) => [t.name, t]));
  const zp = byName.get('zone-policy')?.recordsPerSecond ?? NaN;
  const lines = [
    `zone-policy benchmark: cn.hnte.2016 over ${int(r.records)} records (seed ${r.seed}, ${int(r.boundaryCases)} boundary cases), asOf ${r.asOf}; median of ${r.rounds} passes after a warm-up`,
    `machine: ${machine()}`,
    `load average (1/5/15 min): ${r.load.start.join(' ')} at start, ${r.load.end.join(' ')} at end`,
    `verdicts of zone-policy: ${Object.entries(r.verdicts).map(([k, n]) => `${k} ${int(n)}`).join(', ')}`,
    '',
    `${pad('implementation', 20)} ${pad('records/s', 12, true)} ${pad('vs zone-policy', 15, true)} ${pad('bytes/record', 13, true)}  disagreements with zone-policy`,
  ];
  for (const name of IMPLEMENTATION_NAMES) {
    const t = byName.get(name);
    if (!t) continue;
    const ratio = t.recordsPerSecond / zp;
    lines.push(`${pad(name, 20)} ${pad(int(t.recordsPerSecond), 12, true)} ${pad(`${ratio.toFixed(ratio < 0.1 ? 4 : 2)}x`, 15, true)} ${pad(int(r.allocated[name]), 13, true)}  ${name === 'zone-policy' ? '-' : describeDisagreements(r.disagreements[name])}`);
  }
  lines.push('', `model validation, parseModel(MODELS.enterprise, raw): ${int(r.model.parse)} records/s (${int(r.model.records)} records)`);
  lines.push(`evaluate (validate + evaluate): ${int(r.model.evaluate)} records/s`);
  lines.push(`prepareFacts (parsed record to the compact layout, once per record before zone-policy's decisions): ${int(r.model.prepare)} records/s`);
  for (const c of r.cli) {
    lines.push(`CLI eval --jobs ${c.jobs}, ${int(c.records)} NDJSON records: ${c.seconds.toFixed(1)} s, ${int(c.recordsPerSecond)} records/s, peak RSS ${c.peakRssMb ?? '?'} MB (${c.rssBy})`);
  }
  lines.push('', 'targets (issue 7):');
  for (const t of r.targets) lines.push(`  [${t.met ? 'met' : 'MISSED'}] ${t.name}: ${t.measured}`);
  return lines.join('\n');
}

/**
 * The JSON line: `recordsPerSecond` and `disagreements` (counted against zone-policy) per
 * implementation, then the extra figures.
 *
 * @example
 * JSON.parse(jsonLine(result)).recordsPerSecond['zone-policy']; // e.g. 12345
 */
export function jsonLine(r: BenchResult): string {
  const rps = Object.fromEntries(r.timings.map((t) => [t.name, t.recordsPerSecond]));
  const dis = {
    'decimal-js': r.disagreements['decimal-js'].count,
    integer: r.disagreements.integer.count,
    'json-rules-engine': r.disagreements['json-rules-engine'].count,
    // extra: the decision of the parsed records, the full result and the trace must give the same verdicts
    'zone-policy-parsed': r.disagreements['zone-policy-parsed'].count,
    'zone-policy-result': r.disagreements['zone-policy-result'].count,
    'zone-policy-result-prepared': r.disagreements['zone-policy-result-prepared'].count,
    'zone-policy-trace': r.disagreements['zone-policy-trace'].count,
  };
  return JSON.stringify({
    recordsPerSecond: rps,
    disagreements: dis,
    jsonRulesEngineBoundaryDisagreements: r.disagreements['json-rules-engine'].onBoundary,
    records: r.records,
    boundaryCases: r.boundaryCases,
    rounds: r.rounds,
    allocatedBytesPerRecord: r.allocated,
    model: { records: r.model.records, parse: r.model.parse, evaluate: r.model.evaluate, prepare: r.model.prepare },
    cli: r.cli,
    targets: Object.fromEntries(r.targets.map((t) => [t.name, t.met])),
    loadavg: r.load,
  });
}
