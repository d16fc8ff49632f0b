import { Option } from 'commander';
import type { Lang } from '../../index';
import { parseChartValue } from '../html/chart-value';
import { INPUT_FORMATS, type InputFormat } from '../input/input-item';
import { LANGS } from '../lang';
import { withOutputFile } from '../output/output-file';
import { resolvePolicy } from '../policy-source/resolve-policy';
import { localToday } from '../today';
import type { CliCommand } from './command';
import { GAP_FORMATS, runGap, type GapCliOptions } from './gap-run';
import { parseDateOption } from './option-parsers';

interface RawGapOptions {
  input: string;
  inputFormat?: InputFormat;
  asOf?: string;
  format: GapCliOptions['format'];
  lang: Lang;
  chartValue?: string;
  output?: string;
}

/**
 * `zone-policy gap <policy> --input <file|->`: per record, the distance to eligibility —
 * the smallest change of one figure that passes each failed criterion (verified by
 * re-evaluation, with what it breaks) and the criteria no single figure fixes.
 *
 * @example
 * // zone-policy gap cn.hnte.2016 --input firms.ndjson --as-of 2020-06-01 --lang zh
 */
export const gapCommand: CliCommand = {
  name: 'gap',
  register(program, ctx) {
    program
      .command('gap')
      .description('distance to eligibility: per record, the smallest change of one figure that passes each failed criterion')
      .argument('<policy>', 'catalog id or alias, or a policy file (.json/.yaml data, .js/.ts module)')
      .requiredOption('-i, --input <file|->', "records (JSON array, NDJSON, CSV, YAML; '-' reads stdin)")
      .option('--as-of <date>', "evaluation date YYYY-MM-DD (a record's own asOf wins)", parseDateOption)
      .addOption(new Option('-f, --format <format>', 'output format').choices(GAP_FORMATS).default('text'))
      .addOption(new Option('--input-format <format>', 'input format (default: from the extension; stdin: [ = json, else ndjson)').choices(INPUT_FORMATS))
      .addOption(new Option('--lang <lang>', 'language of text and HTML').choices(LANGS).default('en'))
      .option('--chart-value <criterion.value>', '--format html: the value its histogram shows (default: the first criterion with a numeric ratio and threshold)')
      .option('-o, --output <file>', 'write the output to this file (whole or not at all) instead of stdout')
      .action(async (spec: string, raw: RawGapOptions) => {
        const today = ctx.io.today ?? (() => localToday());
        const { policy } = await resolvePolicy(spec, { baseDir: ctx.io.cwd, asOf: raw.asOf ?? today() });
        const chartValue = raw.chartValue !== undefined ? parseChartValue(raw.chartValue) : undefined;
        const options: GapCliOptions = {
          input: raw.input, format: raw.format, lang: raw.lang,
          ...(raw.asOf ? { asOf: raw.asOf } : {}), ...(raw.inputFormat ? { inputFormat: raw.inputFormat } : {}), ...(chartValue ? { chartValue } : {}),
        };
        ctx.exitCode = await withOutputFile(ctx.io, raw.output, (io) => runGap(policy, options, io));
      });
  },
};
