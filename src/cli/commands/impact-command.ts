import { InvalidArgumentError, Option } from 'commander';
import type { Lang, Policy } from '../../index';
import { parseChartValue } from '../html/chart-value';
import { INPUT_FORMATS, type InputFormat } from '../input/input-item';
import type { CliIo } from '../io';
import { LANGS } from '../lang';
import { withOutputFile } from '../output/output-file';
import { resolvePolicy } from '../policy-source/resolve-policy';
import { localToday } from '../today';
import type { CliCommand } from './command';
import { IMPACT_FORMATS, runImpact, type ImpactCliOptions } from './impact-run';
import { parseDateOption } from './option-parsers';

interface RawImpactOptions {
  input: string;
  inputFormat?: InputFormat;
  asOf?: string;
  asOfA?: string;
  asOfB?: string;
  format: ImpactCliOptions['format'];
  lang: Lang;
  flips: number;
  chartValue?: string;
  output?: string;
}

function parseFlips(value: string): number {
  if (!/^\d{1,6}$/.test(value)) throw new InvalidArgumentError('expected a whole number of flips to list, e.g. 20.');
  return Number(value);
}

/** A one-line note on stderr when a side's date is outside its policy's window (its rows without their own asOf will be errors). */
function windowNote(io: CliIo, tag: string, p: Policy, asOf: string | undefined): void {
  if (!asOf) return;
  const { from, to } = p.effective;
  if (asOf >= from && (to === undefined || asOf <= to)) return;
  io.stderr.write(`zone-policy: note: ${p.id} (${tag}) is in force ${from} – ${to ?? ''}, not on ${asOf}: its rows without their own asOf are errors; give each side its date with --as-of-a/--as-of-b\n`);
}

/**
 * `zone-policy impact <policyA> <policyB> --input <file|->`: two versions of a policy over
 * one population — who flips, why, and what it costs. Versions in force in disjoint
 * windows need a date each (`--as-of-a`, `--as-of-b`; `--as-of` sets both).
 *
 * @example
 * // zone-policy impact cn.hnte.2008 cn.hnte.2016 --input firms.ndjson --as-of-a 2015-06-01 --as-of-b 2016-06-01
 */
export const impactCommand: CliCommand = {
  name: 'impact',
  register(program, ctx) {
    program
      .command('impact')
      .description('version impact: two policies over one population (status counts, flips and why, money totals, policy changes)')
      .argument('<policyA>', 'the old version: catalog id or alias, or a policy file')
      .argument('<policyB>', 'the new version: catalog id or alias, or a policy file')
      .requiredOption('-i, --input <file|->', "records (JSON array, NDJSON, CSV, YAML; '-' reads stdin)")
      .option('--as-of <date>', 'evaluation date of both sides', parseDateOption)
      .option('--as-of-a <date>', 'evaluation date of version A (overrides --as-of)', parseDateOption)
      .option('--as-of-b <date>', 'evaluation date of version B (overrides --as-of)', parseDateOption)
      .addOption(new Option('-f, --format <format>', 'output format').choices(IMPACT_FORMATS).default('text'))
      .addOption(new Option('--input-format <format>', 'input format (default: from the extension; stdin: [ = json, else ndjson)').choices(INPUT_FORMATS))
      .addOption(new Option('--lang <lang>', 'language of text and HTML').choices(LANGS).default('en'))
      .option('--flips <n>', 'flipped records to list (text and HTML; JSON lists up to 1000)', parseFlips, 20)
      .option('--chart-value <criterion.value>', '--format html: the value its histograms show (default: the first criterion with a numeric ratio and threshold in both versions)')
      .option('-o, --output <file>', 'write the output to this file (whole or not at all) instead of stdout')
      .action(async (specA: string, specB: string, raw: RawImpactOptions) => {
        const today = ctx.io.today ?? (() => localToday());
        const asOfA = raw.asOfA ?? raw.asOf;
        const asOfB = raw.asOfB ?? raw.asOf;
        const a = (await resolvePolicy(specA, { baseDir: ctx.io.cwd, asOf: asOfA ?? today() })).policy;
        const b = (await resolvePolicy(specB, { baseDir: ctx.io.cwd, asOf: asOfB ?? today() })).policy;
        const chartValue = raw.chartValue !== undefined ? parseChartValue(raw.chartValue) : undefined;
        windowNote(ctx.io, 'A', a, asOfA);
        windowNote(ctx.io, 'B', b, asOfB);
        const options: ImpactCliOptions = {
          input: raw.input, format: raw.format, lang: raw.lang, flips: raw.flips,
          ...(asOfA ? { asOfA } : {}), ...(asOfB ? { asOfB } : {}), ...(raw.inputFormat ? { inputFormat: raw.inputFormat } : {}), ...(chartValue ? { chartValue } : {}),
        };
        ctx.exitCode = await withOutputFile(ctx.io, raw.output, (io) => runImpact(a, b, options, io));
      });
  },
};
