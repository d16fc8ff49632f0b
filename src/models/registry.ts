import type { z } from 'zod';
import { AwardApplicationSchema } from './award-application';
import { EnterpriseSchema } from './enterprise';
import { GuaranteeSchema } from './guarantee';
import { LeaseSchema } from './lease';
import { LoanSchema } from './loan';
import { ProjectSchema } from './project';

/**
 * Every input model by name: what a policy declares it evaluates, what the CLI parses
 * records with, and what `z.toJSONSchema(MODELS[name], { io: 'input' })` exports.
 *
 * @example
 * Object.keys(MODELS); // ['enterprise', 'loan', 'lease', 'guarantee', 'awardApplication', 'project']
 * parseModel(MODELS.project, { municipalMajor: true }).ok; // true
 */
export const MODELS = {
  enterprise: EnterpriseSchema,
  loan: LoanSchema,
  lease: LeaseSchema,
  guarantee: GuaranteeSchema,
  awardApplication: AwardApplicationSchema,
  project: ProjectSchema,
} as const;

/**
 * The name of an input model.
 *
 * @example
 * const m: ModelName = 'loan';
 */
export type ModelName = keyof typeof MODELS;

/**
 * The parsed value of a named model.
 *
 * @example
 * const p: ModelOf<'project'> = { id: 'P1', municipalMajor: true };
 */
export type ModelOf<N extends ModelName> = z.output<(typeof MODELS)[N]>;

/**
 * True when `name` is a model name.
 *
 * @example
 * isModelName('loan'); // true
 * isModelName('toString'); // false
 */
export function isModelName(name: string): name is ModelName {
  return Object.prototype.hasOwnProperty.call(MODELS, name);
}
