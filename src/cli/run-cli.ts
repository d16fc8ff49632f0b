import { CommanderError } from 'commander';
import type { CliContext } from './commands/command';
import { EXIT, type CliIo } from './io';
import { createProgram } from './program';
import { oneLine, UsageError } from './usage-error';

const QUIET = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/**
 * Runs `zone-policy` with arguments (without `node` and the script) and returns the exit
 * code: 0 ok, 1 some rows were errors or some tests failed, 2 usage error (one line on
 * stderr, `zone-policy: <message>`).
 *
 * @example
 * await runCli(['list', '--json'], io); // 0 (the catalog as JSON on io.stdout)
 * await runCli(['eval', 'no.such.policy', '--input', 'x.csv'], io);
 * // 2, and on io.stderr: zone-policy: unknown policy 'no.such.policy': not a catalog id or alias (see 'zone-policy list'), nor a policy file
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx: CliContext = { io, exitCode: EXIT.ok };
  try {
    await createProgram(ctx).parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError && QUIET.has(e.code)) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const message = e instanceof CommanderError ? oneLine(e).replace(/^error:\s*/, '') : e instanceof UsageError ? oneLine(e) : `internal error: ${oneLine(e)}`;
    io.stderr.write(`zone-policy: ${message}\n`);
    return EXIT.usage;
  }
}
