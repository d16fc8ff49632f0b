/**
 * The cost in front of evaluation: validating raw JSON records with the Enterprise model
 * (`parseModel(MODELS.enterprise, raw)`, which turns money strings into Decimals) and
 * `evaluate` (validate + evaluate, what the CLI does per record), and preparing parsed
 * records for repeated decisions (`prepareFacts`, the untimed step before `zone-policy`'s
 * figure). Warm-up pass, then the median of `rounds` passes over the records given.
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
 * const t: ModelThroughput = { records: 20000, parse: 15000, evaluate: 9000, prepare: 90000 };
 */
export interface ModelThroughput {
  records: number;
  parse: number;
  evaluate: number;
  /** `prepareFacts` of parsed records. */
  prepare: number;
}

/**
 * Times validation, validate+evaluate and preparation over `raw`.
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
  const parsed = raw.map((r) => {
    const v = parseModel(MODELS.enterprise, r);
    if (!v.ok) throw new Error('a generated record failed validation');
    return v.value;
  });
  const prepare = () => {
    for (let i = 0; i < parsed.length; i++) if (compiled.prepareFacts(parsed[i]).k >= 0) sink++;
  };
  const passes = { parse: [] as number[], evaluate: [] as number[], prepare: [] as number[] };
  await timePass(parse);
  await timePass(evaluate);
  await timePass(prepare);
  for (let r = 0; r < rounds; r++) {
    passes.parse.push(await timePass(parse));
    passes.evaluate.push(await timePass(evaluate));
    passes.prepare.push(await timePass(prepare));
  }
  if (sink !== raw.length * (3 * rounds + 3)) throw new Error('a generated record failed validation or preparation');
  const rate = (ms: number[]) => Math.round((raw.length * 1000) / median(ms));
  return { records: raw.length, parse: rate(passes.parse), evaluate: rate(passes.evaluate), prepare: rate(passes.prepare) };
}
