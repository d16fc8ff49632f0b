import { Option } from 'commander';
import { lintPolicy } from '../../index';
import { EXIT } from '../io';
import { localToday } from '../today';
import { UsageError } from '../usage-error';
import type { CliCommand } from './command';
import { lintTally, renderLint, type LintResult } from './lint-report';
import { catalogTargets, lintTarget, type LintTarget } from './lint-sources';

/**
 * `zone-policy lint <policy...> [--all] [--format text|json]`: static checks of policies
 * (band tables, citations, parameter timelines, unreachable rules, building-block
 * configurations, fee caps). Exit 1 when any finding is an error, 0 when clean (warnings
 * alone are clean).
 *
 * @example
 * // zone-policy lint --all
 * // zone-policy lint my-policy.yaml --format json
 */
export const lintCommand: CliCommand = {
  name: 'lint',
  register(program, ctx) {
    program
      .command('lint')
      .description('static checks of policies: table gaps and overlaps, citations, timelines, unreachable rules, fee caps')
      .argument('[policies...]', 'catalog ids or aliases, or policy files (.json/.yaml data are linted as they are; .js/.ts modules)')
      .option('--all', 'lint every catalog policy (and the policies given)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(async (specs: string[], opts: { all?: boolean; format: 'text' | 'json' }) => {
        if (specs.length === 0 && !opts.all) throw new UsageError("lint: name the policies to lint, or --all for the catalog");
        const asOf = (ctx.io.today ?? (() => localToday()))();
        const targets: LintTarget[] = opts.all ? catalogTargets() : [];
        for (const s of specs) targets.push(await lintTarget(s, { baseDir: ctx.io.cwd, asOf }));
        const results: LintResult[] = targets.map((t) => ({ policy: t.name, findings: lintPolicy(t.data) }));
        ctx.io.stdout.write(opts.format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : renderLint(results));
        ctx.exitCode = lintTally(results).errors > 0 ? EXIT.rowErrors : EXIT.ok;
      });
  },
};
