import { Option } from 'commander';
import type { Lang } from '../../index';
import { runEval } from '../eval/run-eval';
import { parseChartValue } from '../html/chart-value';
import { withOutputFile } from '../output/output-file';
import { INPUT_FORMATS, type InputFormat } from '../input/input-item';
import { LANGS } from '../lang';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/row-writer';
import { resolvePolicy } from '../policy-source/resolve-policy';
import { localToday } from '../today';
import type { CliCommand } from './command';
import { parseBudgetOption, parseDateOption, parseJobsOption } from './option-parsers';

interface RawEvalOptions {
  input: string;
  asOf?: string;
  format: OutputFormat;
  inputFormat?: InputFormat;
  explain?: boolean;
  lang: Lang;
  summary?: boolean;
  jobs: number;
  budget?: string;
  chartValue?: string;
  output?: string;
}

/**
 * `zone-policy eval <policy> --input <file|->`: evaluates records (JSON array, NDJSON,
 * CSV, YAML) and writes one result per record, in order.
 *
 * @example
 * // zone-policy eval cn.gov-guarantee-fee.2019 --input guarantees.csv --as-of 2020-03-01 --format table
 */
export const evalCommand: CliCommand = {
  name: 'eval',
  register(program, ctx) {
    program
      .command('eval')
      .description('evaluate records (JSON array, NDJSON, CSV, YAML) against a policy; one result per record, in input order')
      .argument('<policy>', 'catalog id or alias, or a policy file (.json/.yaml data, .js/.ts module)')
      .requiredOption('-i, --input <file|->', "records to evaluate ('-' reads stdin)")
      .option('--as-of <date>', "evaluation date YYYY-MM-DD (a record's own asOf wins)", parseDateOption)
      .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('ndjson'))
      .addOption(new Option('--input-format <format>', 'input format (default: from the extension; stdin: [ = json, else ndjson)').choices(INPUT_FORMATS))
      .option('--explain', 'add the explanation trace of each record')
      .addOption(new Option('--lang <lang>', 'language of human output').choices(LANGS).default('en'))
      .option('--summary', "append the policy's batch summaries (portfolio figures, budget allocation)")
      .option('--budget <yuan>', "budget for the policy's batch allocation (overrides the policy's)", parseBudgetOption)
      .option('-j, --jobs <n>', 'worker threads (output identical to --jobs 1)', parseJobsOption, 1)
      .option('--chart-value <criterion.value>', "--format html: the value its histogram shows (e.g. rdRatio.ratio, outputs.fee; default: the first criterion with a numeric ratio and threshold)")
      .option('-o, --output <file>', 'write the output to this file (whole or not at all) instead of stdout')
      .action(async (spec: string, raw: RawEvalOptions) => {
        const today = ctx.io.today ?? (() => localToday());
        const { policy } = await resolvePolicy(spec, { baseDir: ctx.io.cwd, asOf: raw.asOf ?? today() });
        const chartValue = raw.chartValue !== undefined ? parseChartValue(raw.chartValue) : undefined;
        ctx.exitCode = await withOutputFile(ctx.io, raw.output, (io) =>
          runEval(
            policy,
            {
              input: raw.input, format: raw.format, lang: raw.lang, explain: raw.explain === true, summary: raw.summary === true, jobs: raw.jobs,
              ...(raw.asOf ? { asOf: raw.asOf } : {}), ...(raw.inputFormat ? { inputFormat: raw.inputFormat } : {}), ...(raw.budget ? { budget: raw.budget } : {}),
              ...(chartValue ? { chartValue } : {}),
            },
            io,
          ),
        );
      });
  },
};
