import { Option } from 'commander';
import type { Lang } from '../../index';
import type { CliCommand } from '../commands/command';
import { demoReport } from './run-demo';

/**
 * `zone-policy demo [--lang en|zh]`: the seed article's six zones, end to end (see
 * {@link demoReport}). Exit code 0.
 *
 * @example
 * // zone-policy demo --lang zh
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  register(program, ctx) {
    program
      .command('demo')
      .description("the seed article's six zones, end to end: the catalog's rules on the shipped example records")
      .addOption(new Option('--lang <lang>', 'language of the report').choices(['en', 'zh']).default('en'))
      .action(async (opts: { lang: Lang }) => {
        ctx.io.stdout.write(await demoReport(opts.lang));
      });
  },
};
