/**
 * The script `bench/profile.ts` bundles and runs under `node --cpu-prof`: it parses a
 * population, then evaluates it with the compiled `cn.hnte.2016` for several passes. The
 * phases run inside functions with distinctive names (`profiledParse`, `profiledPrepare`
 * in mode 3, `profiledEvaluate`) so the profile can be cut to each. Arguments: records, passes, mode
 * (`0` the full result, `1` with the trace, `2` the decision only: `decideFacts`, `3` the
 * decision of records prepared once, untimed: `decidePrepared`, `4` the full result of
 * records prepared once: `evaluatePrepared`).
 *
 * @module
 */
import { parseModel } from '../src/models/issues';
import { MODELS } from '../src/models/registry';
import type { Enterprise } from '../src/models/enterprise';
import type { PreparedRecord } from '../src/engine/index';
import { hnteCompiled } from './implementations/zone-policy';
import { generatePopulation } from './population';

const [records = 10_000, passes = 5, mode = 0] = process.argv.slice(2).map(Number);
const population = generatePopulation({ size: records, seed: 1 });

function profiledParse(): Enterprise[] {
  return population.records.map((raw) => {
    const r = parseModel(MODELS.enterprise, raw);
    if (!r.ok) throw new Error(`invalid record ${raw.id}`);
    return r.value;
  });
}

const compiled = hnteCompiled();

function profiledPrepare(parsed: readonly Enterprise[]): PreparedRecord[] {
  return parsed.map((f) => compiled.prepareFacts(f));
}

function profiledEvaluate(parsed: readonly Enterprise[], prepared: readonly PreparedRecord[]): number {
  const options = { asOf: population.asOf, trace: mode === 1 };
  let eligible = 0;
  for (let p = 0; p < passes; p++) {
    if (mode === 3) for (const f of prepared) eligible += compiled.decidePrepared(f, options).status === 'eligible' ? 1 : 0;
    else if (mode === 4) for (const f of prepared) eligible += compiled.evaluatePrepared(f, options).status === 'eligible' ? 1 : 0;
    else if (mode === 2) for (const f of parsed) eligible += compiled.decideFacts(f, options).status === 'eligible' ? 1 : 0;
    else for (const f of parsed) if (compiled.evaluateFacts(f, options).status === 'eligible') eligible++;
  }
  return eligible;
}

const t0 = performance.now();
const parsed = profiledParse();
const t1 = performance.now();
const prepared = mode >= 3 ? profiledPrepare(parsed) : [];
const t2 = performance.now();
const eligible = profiledEvaluate(parsed, prepared);
const t3 = performance.now();
process.stdout.write(`${JSON.stringify({ parseMs: t1 - t0, prepareMs: t2 - t1, evaluateMs: t3 - t2, records, passes, eligible })}\n`);
