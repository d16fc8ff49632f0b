import { isModelName, MODELS, modelJsonSchemaText } from '../../index';
import { UsageError } from '../usage-error';
import type { CliCommand } from './command';

/**
 * `zone-policy schema <model>`: the JSON Schema (draft 2020-12) of an input model's raw
 * records, the same text as the package's `schemas/<model>.schema.json`.
 *
 * @example
 * // zone-policy schema enterprise > enterprise.schema.json
 */
export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program, ctx) {
    const names = Object.keys(MODELS).join(', ');
    program
      .command('schema')
      .description('the JSON Schema of an input model (records for eval)')
      .argument('<model>', `input model: ${names}`)
      .action((model: string) => {
        if (!isModelName(model)) throw new UsageError(`unknown model '${model}' (models: ${names})`);
        ctx.io.stdout.write(modelJsonSchemaText(model));
      });
  },
};
