import type { CliCommand } from './command';
import { evalCommand } from './eval-command';
import { gapCommand } from './gap-command';
import { impactCommand } from './impact-command';
import { lintCommand } from './lint-command';
import { listCommand } from './list-command';
import { schemaCommand } from './schema-command';
import { showCommand } from './show-command';
import { testCommand } from './test-command';
import { demoCommand } from '../demo/demo-command';

/**
 * Every command of `zone-policy`, in help order. To add one (e.g. `demo`), write
 * `src/cli/commands/<name>-command.ts` exporting a {@link CliCommand} and add it here.
 *
 * @example
 * COMMANDS.map((c) => c.name); // ['list', 'show', 'eval', 'test', 'gap', 'impact', 'lint', 'schema', 'demo']
 */
export const COMMANDS: readonly CliCommand[] = [
  listCommand,
  showCommand,
  evalCommand,
  testCommand,
  gapCommand,
  impactCommand,
  lintCommand,
  schemaCommand,
  demoCommand,
];
