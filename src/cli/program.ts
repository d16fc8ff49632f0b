import { Command } from 'commander';
import type { CliContext } from './commands/command';
import { COMMANDS } from './commands/registry';
import { UsageError } from './usage-error';
import { VERSION } from './version';

/**
 * The commander program: the registered commands, `--version`, help on stdout, errors
 * thrown (never printed or exited by commander: {@link runCli} reports them on one line).
 *
 * @example
 * await createProgram(ctx).parseAsync(['list'], { from: 'user' });
 */
export function createProgram(ctx: CliContext): Command {
  const program = new Command('zone-policy')
    .description('Enterprise-support policy as exact, cited, testable code: list, show, evaluate and test policies.')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true)
    .allowExcessArguments(true)
    .action(() => {
      const [first] = program.args;
      const names = COMMANDS.map((c) => c.name).join(', ');
      throw new UsageError(first === undefined ? `missing command (${names}; see zone-policy --help)` : `unknown command '${first}' (commands: ${names})`);
    });
  for (const c of COMMANDS) c.register(program, ctx);
  return program;
}
