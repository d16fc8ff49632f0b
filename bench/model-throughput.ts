/**
 * The cost in front of evaluation: validating raw JSON records with the Enterprise model
 * (`parseModel(MODELS.enterprise, raw)`, which turns money strings into Decimals) and
 * `evaluate` (validate + evaluate, what the CLI does per record). Warm-up pass, then the
 * median of `rounds` passes over the records given.
 *
 * @module
 */
import { parseModel } from '../src/models/issues';
import { MODELS } from '../src/models/registry';
import type { RawFirm } from './firm';
import { median, timePass } from './harness';
import { hnteCompiled } from './implementations/zone-policy';

/**
 * Records/s of model validation and of `evaluate` (validate + evaluate).
 *
 * @example
 * const t: ModelThroughput = { records: 20000, parse: 15000, evaluate: 9000 };
 */
export interface ModelThroughput {
  records: number;
  parse: number;
  evaluate: number;
}

/**
 * Times validation and validate+evaluate over `raw`.
 *
 * @example
 * await modelThroughput(population.records.slice(0, 20000), '2020-06-01', 5); // { records: 20000, parse: ..., evaluate: ... }
 */
export async function modelThroughput(raw: readonly RawFirm[], asOf: string, rounds: number): Promise<ModelThroughput> {
  const compiled = hnteCompiled();
  const options = { asOf };
  let sink = 0;
  const parse = () => {
    for (let i = 0; i < raw.length; i++) if (parseModel(MODELS.enterprise, raw[i]).ok) sink++;
  };
  const evaluate = () => {
    for (let i = 0; i < raw.length; i++) if (compiled.evaluate(raw[i], options).status !== 'error') sink++;
  };
  const passes = { parse: [] as number[], evaluate: [] as number[] };
  await timePass(parse);
  await timePass(evaluate);
  for (let r = 0; r < rounds; r++) {
    passes.parse.push(await timePass(parse));
    passes.evaluate.push(await timePass(evaluate));
  }
  if (sink !== raw.length * (2 * rounds + 2)) throw new Error('a generated record failed validation');
  const rate = (ms: number[]) => Math.round((raw.length * 1000) / median(ms));
  return { records: raw.length, parse: rate(passes.parse), evaluate: rate(passes.evaluate) };
}
