/**
 * `npm run bench:trace-floor -- [records] [rounds]`: how much of the trace target's budget
 * (>= 1x the hand-written decimal.js function) the traced result's tree alone takes.
 *
 * The population is parsed and evaluated with the trace once, untimed. The results of the
 * most common tree shape are the samples of {@link builderSource}'s module: it rebuilds
 * such a result from a finished one, sharing what every sample has in common, so its time
 * is the allocation of the tree and nothing else. Interleaved rounds then time, in
 * microseconds a record: the decimal.js function over every record; over the records of
 * that shape, the builder (passes repeated up to about `records` builds), the full result
 * without the trace (`evaluateFacts`: the values a trace holds, computed and formatted) and
 * the trace (`evaluateFacts` with `trace: true`); each result is dropped at once, as the
 * benchmark drops its own.
 * The median round is printed.
 *
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Enterprise } from '../src/models/enterprise';
import { parseModel } from '../src/models/issues';
import { MODELS } from '../src/models/registry';
import { median } from './harness';
import { decimalRunner } from './implementations/decimal-js';
import { hnteCompiled } from './implementations/zone-policy';
import { generatePopulation } from './population';
import { builderSource, shapeOf } from './tree-builder';

const [records = 20_000, rounds = 7] = process.argv.slice(2).map(Number);
const population = generatePopulation({ size: records, seed: 1 });
const parsed: Enterprise[] = population.records.map((raw) => {
  const r = parseModel(MODELS.enterprise, raw);
  if (!r.ok) throw new Error(`invalid record ${raw.id}`);
  return r.value;
});
const compiled = hnteCompiled();
const options = { asOf: population.asOf, trace: true };
const traced = parsed.map((f) => compiled.evaluateFacts(f, options));

const byShape = new Map<string, number[]>();
traced.forEach((t, i) => {
  const s = shapeOf(t);
  const list = byShape.get(s);
  if (list) list.push(i);
  else byShape.set(s, [i]);
});
const common = [...byShape.values()].sort((a, b) => b.length - a.length)[0] ?? [];
const samples = common.map((i) => traced[i]);
const facts = common.map((i) => parsed[i] as Enterprise);

const dir = mkdtempSync(join(tmpdir(), 'zone-policy-trace-floor-'));
const file = join(dir, 'builder.mjs');
writeFileSync(file, builderSource(samples));
const { build } = (await import(pathToFileURL(file).href)) as { build: (s: unknown) => { criteria: unknown[] } };
rmSync(dir, { recursive: true, force: true });

const repeat = Math.max(1, Math.round(records / common.length));
const verdicts = new Array<string>(parsed.length);
const decimalJs = decimalRunner(parsed, population.asOf);
const plain = { asOf: population.asOf };

/** Microseconds an item of `passes` passes of `build` over `items`; each built value's rows are counted, so none is optimised away. */
function perItem<T>(items: readonly T[], passes: number, build: (item: T) => { criteria: unknown[] }): number {
  let sink = 0;
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const item of items) sink += build(item).criteria.length;
  const us = ((performance.now() - t0) * 1000) / (passes * items.length);
  if (sink === 0) throw new Error('nothing built');
  return us;
}

const timers: Record<'decimalJs' | 'tree' | 'result' | 'trace', () => number> = {
  decimalJs: () => {
    const t0 = performance.now();
    decimalJs(verdicts);
    return ((performance.now() - t0) * 1000) / parsed.length;
  },
  tree: () => perItem(samples, repeat, build),
  result: () => perItem(facts, 1, (f) => compiled.evaluateFacts(f, plain)),
  trace: () => perItem(facts, 1, (f) => compiled.evaluateFacts(f, options)),
};
const times = { decimalJs: [] as number[], tree: [] as number[], result: [] as number[], trace: [] as number[] };
for (const t of Object.values(timers)) t(); // warm-up
for (let r = 1; r <= rounds; r++) {
  for (const [name, t] of Object.entries(timers)) times[name as keyof typeof times].push(t());
  process.stderr.write(`round ${r}/${rounds}: ${Object.entries(times).map(([n, xs]) => `${n} ${(xs.at(-1) ?? 0).toFixed(1)} µs`).join(', ')}\n`);
}
const m = { decimalJs: median(times.decimalJs), tree: median(times.tree), result: median(times.result), trace: median(times.trace) };
let nodes = 0;
(function count(v: unknown): void {
  if (typeof v !== 'object' || v === null) return;
  nodes++;
  for (const x of Object.values(v)) count(x);
})(samples[0]);
const lines = [
  `trace floor: cn.hnte.2016 over ${records.toLocaleString('en-US')} records (seed 1), asOf ${population.asOf}; median of ${rounds} rounds`,
  `the most common tree shape: ${common.length.toLocaleString('en-US')} records (of ${byShape.size.toLocaleString('en-US')} shapes), ${nodes} objects and arrays a result`,
  `decimal.js function (the 1x budget): ${m.decimalJs.toFixed(1)} µs a record`,
  `tree only, from finished leaves:     ${m.tree.toFixed(1)} µs a record (${(m.tree / m.decimalJs).toFixed(2)} of the budget)`,
  `full result without the trace:       ${m.result.toFixed(1)} µs a record (evaluateFacts: ${(m.result / m.decimalJs).toFixed(2)} of the budget)`,
  `zone-policy trace (evaluateFacts):   ${m.trace.toFixed(1)} µs a record (${(m.decimalJs / m.trace).toFixed(2)}x decimal.js)`,
];
process.stdout.write(`${lines.join('\n')}\n${JSON.stringify({ traceFloor: { records, rounds, shapeRecords: common.length, objects: nodes, microsecondsPerRecord: m } })}\n`);
