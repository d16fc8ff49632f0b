import { Option } from 'commander';
import { toJSON, type Lang } from '../../index';
import { resolvePolicy } from '../policy-source/resolve-policy';
import { renderPolicy } from '../show/render-policy';
import { localToday } from '../today';
import type { CliCommand } from './command';
import { parseDateOption } from './option-parsers';

/**
 * `zone-policy show <policy> [--json] [--lang zh|en] [--as-of D]`: the policy, readable
 * with its citations, or its JSON data (which `eval` accepts back as a policy file).
 *
 * @example
 * // zone-policy show cn.gov-guarantee-fee.2019 --json > fee.json
 */
export const showCommand: CliCommand = {
  name: 'show',
  register(program, ctx) {
    program
      .command('show')
      .description('the policy, readable with citations, or its JSON data')
      .argument('<policy>', 'catalog id or alias, or a policy file')
      .option('--json', 'print the policy data as JSON')
      .addOption(new Option('--lang <lang>', 'language of the text').choices(['en', 'zh']).default('en'))
      .option('--as-of <date>', 'resolve an alias to the version in force on this date (default: today)', parseDateOption)
      .action(async (spec: string, opts: { json?: boolean; lang: Lang; asOf?: string }) => {
        const today = ctx.io.today ?? (() => localToday());
        const { policy } = await resolvePolicy(spec, { baseDir: ctx.io.cwd, asOf: opts.asOf ?? today() });
        ctx.io.stdout.write(opts.json ? `${JSON.stringify(toJSON(policy), null, 2)}\n` : renderPolicy(policy, opts.lang));
      });
  },
};
