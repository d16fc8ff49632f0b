import type { Command } from 'commander';
import type { CliIo } from '../io';

/**
 * What a command's action sees: the I/O, and the exit code it sets.
 *
 * @example
 * const ctx: CliContext = { io, exitCode: 0 };
 */
export interface CliContext {
  io: CliIo;
  exitCode: number;
}

/**
 * A CLI command: its name and how it adds itself (arguments, options, action) to the
 * program. The registry lists them in help order.
 *
 * @example
 * const hello: CliCommand = { name: 'hello', register: (program, ctx) => { program.command('hello').action(() => { ctx.io.stdout.write('hi\n'); }); } };
 */
export interface CliCommand {
  name: string;
  /** Adds the command (arguments, options, action) to the commander program. */
  register(program: Command, ctx: CliContext): void;
}
