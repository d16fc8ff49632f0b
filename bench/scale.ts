/**
 * `npx tsx bench/scale.ts [sizes...]`: how the decision of prepared records and the
 * hand-written decimal.js function scale with the population (default 2,000, 20,000 and
 * 100,000 records): the same code over more records, to see what the processor's caches
 * do. For each size, 7 interleaved passes of each after a warm-up; the median is printed.
 *
 * @module
 */
import { parseModel } from '../src/models/issues';
import { MODELS } from '../src/models/registry';
import { median, timePass } from './harness';
import { decimalRunner } from './implementations/decimal-js';
import { zonePolicyRunner } from './implementations/zone-policy';
import { generatePopulation } from './population';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const size of sizes.length ? sizes : [2000, 20000, 100000]) {
  const pop = generatePopulation({ size, seed: 1 });
  const parsed = pop.records.map((raw) => {
    const r = parseModel(MODELS.enterprise, raw);
    if (!r.ok) throw new Error(`generated record ${raw.id} is invalid`);
    return r.value;
  });
  const runs = { prepared: zonePolicyRunner(parsed, pop.asOf, 'prepared'), 'decimal-js': decimalRunner(parsed, pop.asOf) };
  const out = new Array<string>(size);
  const ms: Record<string, number[]> = { prepared: [], 'decimal-js': [] };
  for (const run of Object.values(runs)) await timePass(() => run(out));
  for (let round = 0; round < 7; round++) for (const [name, run] of Object.entries(runs)) ms[name]?.push(await timePass(() => run(out)));
  const rate = (name: string): number => Math.round((size * 1000) / median(ms[name] ?? []));
  process.stdout.write(`${size.toLocaleString('en-US')} records: decidePrepared ${rate('prepared').toLocaleString('en-US')}/s, decimal.js ${rate('decimal-js').toLocaleString('en-US')}/s (${(rate('prepared') / rate('decimal-js')).toFixed(2)}x)\n`);
}
