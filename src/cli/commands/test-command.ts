import { findCaseFiles } from '../cases/find-case-files';
import { runCaseFiles } from '../cases/run-cases';
import { EXIT } from '../io';
import { localToday } from '../today';
import { UsageError } from '../usage-error';
import type { CliCommand } from './command';

/**
 * `zone-policy test <files or dirs...>`: runs YAML test cases, prints each case
 * pass/fail with a diff, then `N passed, M failed`; exit 1 on any failure.
 *
 * @example
 * // zone-policy test test/cases examples
 */
export const testCommand: CliCommand = {
  name: 'test',
  register(program, ctx) {
    program
      .command('test')
      .description('run policy test cases (YAML files; directories are searched for *.yaml/*.yml)')
      .argument('<paths...>', 'case files or directories')
      .action(async (paths: string[]) => {
        const files = await findCaseFiles(paths, ctx.io.cwd);
        if (files.length === 0) throw new UsageError(`no *.yaml/*.yml case files in ${paths.join(', ')}`);
        const today = ctx.io.today?.() ?? localToday();
        const out = ctx.io.stdout;
        const tally = await runCaseFiles(files, { cwd: ctx.io.cwd, today, write: (s) => out.write(s) });
        out.write(`${tally.passed} passed, ${tally.failed} failed\n`);
        ctx.exitCode = tally.failed > 0 ? EXIT.rowErrors : EXIT.ok;
      });
  },
};
