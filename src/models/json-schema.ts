import { z } from 'zod';
import { MODELS, type ModelName } from './registry';

/**
 * The JSON Schema dialect of every exported model schema: draft 2020-12.
 *
 * @example
 * JSON_SCHEMA_DIALECT; // 'https://json-schema.org/draft/2020-12/schema'
 */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * A model's JSON Schema: the draft 2020-12 schema of the raw JSON record the model
 * accepts, with its `$id`, `title` and `description` first.
 *
 * @example
 * const s: ModelJsonSchema = modelJsonSchema('project');
 * s.title; // 'zone-policy project record'
 */
export type ModelJsonSchema = z.core.JSONSchema.BaseSchema & {
  $schema: string;
  $id: string;
  title: string;
  description: string;
};

const DESCRIPTIONS: Readonly<Record<ModelName, string>> = {
  enterprise:
    'An enterprise as the recognition and evaluation policies read it. Every field is an optional fact: absent or null means unknown, never zero. Unknown keys are errors.',
  loan: 'A loan with its repayment schedule (payments sorted by due date, principal amounts summing to the principal) and an optional deferral request.',
  lease: 'A finance lease: lessee, equipment value and rent payments (due date, amount at the fen).',
  guarantee: 'A financing guarantee: loan amount at the fen, kind (new, extension, renewal), contract fee rate, term in months and start date.',
  awardApplication: 'An application for policy awards: review status and verified award items (one object per item kind).',
  project: 'A project entering the zone, with its list memberships as optional yes/no facts.',
};

/**
 * The `$id` of a model's JSON Schema: a URN naming the package and the model.
 *
 * @example
 * modelSchemaId('loan'); // 'urn:zone-policy:schema:loan'
 */
export function modelSchemaId(name: ModelName): string {
  return `urn:zone-policy:schema:${name}`;
}

/**
 * The file a model's JSON Schema is shipped in, under the package's `schemas/` folder.
 *
 * @example
 * modelSchemaFileName('awardApplication'); // 'awardApplication.schema.json'
 */
export function modelSchemaFileName(name: ModelName): string {
  return `${name}.schema.json`;
}

/**
 * The JSON Schema (draft 2020-12) of the raw JSON a model accepts (zod's input side:
 * money as a decimal string or number, dates as `YYYY-MM-DD`, facts nullable), with a
 * `$id`, `title` and `description`. Checks the schema cannot express (a loan's payments
 * summing to its principal, a real calendar date) stay with the model's own parser.
 *
 * @example
 * const s = modelJsonSchema('guarantee');
 * s.$id; // 'urn:zone-policy:schema:guarantee'
 * s.additionalProperties; // false
 * s.required; // ['loanAmount', 'kind', 'contractFeeRate', 'termMonths', 'startDate']
 */
export function modelJsonSchema(name: ModelName): ModelJsonSchema {
  const generated = z.toJSONSchema(MODELS[name], { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: modelSchemaId(name),
    title: `zone-policy ${name} record`,
    description: DESCRIPTIONS[name],
    ...generated,
  };
}

/**
 * A model's JSON Schema as the text of its shipped file (two-space JSON, final newline):
 * what `scripts/gen-schemas.ts` writes and `zone-policy schema <model>` prints.
 *
 * @example
 * modelJsonSchemaText('project').startsWith('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema"'); // true
 */
export function modelJsonSchemaText(name: ModelName): string {
  return `${JSON.stringify(modelJsonSchema(name), null, 2)}\n`;
}
