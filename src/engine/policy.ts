import { z } from 'zod';
import { PolicyDateSchema } from './date-schema';
import { CitationSchema, LabelSchema, SourceDocumentSchema } from './citation';
import { ExprSchema } from './expr';
import { OutputTypeSchema } from './output-type';
import { ParameterSchema } from './parameter';
import { RuleSchema } from './rule';

const DATE = PolicyDateSchema;
const NAME = z.string().regex(/^[A-Za-z_][\w.]*$/, 'a name is letters, digits, _ and .');

/**
 * A computed output: its expression, declared JSON type and label.
 *
 * @example
 * const o: OutputDef = { expr: { kind: 'num', value: '1' }, type: { type: 'decimal' } };
 * OutputDefSchema.safeParse(o).success; // true
 * OutputDefSchema.safeParse({ ...o, type: { type: 'float' } }).success; // false (no such output type)
 */
export const OutputDefSchema = z.strictObject({
  expr: ExprSchema,
  type: OutputTypeSchema,
  label: LabelSchema.optional(),
  cite: CitationSchema.optional(),
});
/** @see OutputDefSchema @example const o: OutputDef = { expr: { kind: 'bool', value: true }, type: { type: 'boolean' } }; */
export type OutputDef = z.infer<typeof OutputDefSchema>;

/**
 * A named intermediate value, computed once per evaluation and referenced by `{ kind: 'ref' }`.
 *
 * @example
 * const d: Definition = { expr: { kind: 'yearOf', arg: { kind: 'asOf' } }, label: { zh: '年度', en: 'Year' } };
 * DefinitionSchema.safeParse(d).success; // true
 * DefinitionSchema.safeParse({ expr: { kind: 'yearOf' } }).success; // false (yearOf needs its arg)
 */
export const DefinitionSchema = z.strictObject({
  expr: ExprSchema,
  label: LabelSchema.optional(),
  cite: CitationSchema.optional(),
});
/** @see DefinitionSchema @example const d: Definition = { expr: { kind: 'asOf' } }; */
export type Definition = z.infer<typeof DefinitionSchema>;

/**
 * A batch-level computation over all the records of a run (a budget allocation, a portfolio
 * average), by a registered batch function.
 *
 * @example
 * const b: BatchDef = { fn: 'budget.allocate', config: { budget: '16500000', output: 'award' } };
 * BatchDefSchema.safeParse(b).success; // true
 * BatchDefSchema.safeParse({ config: {} }).success; // false (fn is required)
 */
export const BatchDefSchema = z.strictObject({ fn: NAME, config: z.unknown().optional(), label: LabelSchema.optional(), cite: CitationSchema.optional() });
/** @see BatchDefSchema @example const b: BatchDef = { fn: 'x' }; */
export type BatchDef = z.infer<typeof BatchDefSchema>;

/**
 * A policy as plain, serialisable data: identity, sources, effective window, dated
 * parameters, definitions, the eligibility rule tree and the computed outputs.
 *
 * @example
 * const p = PolicySchema.parse({ id: 'demo.p', title: { zh: '示例', en: 'Demo' }, sources: [], effective: { from: '2020-01-01' },
 *   eligibility: { kind: 'allOf', rules: [] } });
 * p.id; // 'demo.p'
 * PolicySchema.safeParse({ ...p, id: 'Demo P' }).success; // false (a policy id is dotted lowercase words)
 */
export const PolicySchema = z.strictObject({
  id: z.string().regex(/^[a-z][\w-]*(\.[\w-]+)*$/, 'a policy id is dotted lowercase words, e.g. cn.hnte.2016'),
  title: LabelSchema,
  summary: LabelSchema.optional(),
  jurisdiction: z.string().min(1).optional(),
  illustrative: z.boolean().optional(),
  sources: z.array(SourceDocumentSchema),
  effective: z.strictObject({ from: DATE, to: DATE.optional() }),
  input: z.string().min(1).optional(),
  parameters: z.record(NAME, ParameterSchema).optional(),
  definitions: z.record(NAME, DefinitionSchema).optional(),
  eligibility: RuleSchema,
  outputs: z.record(NAME, OutputDefSchema).optional(),
  outputsWhen: z.enum(['always', 'eligible', 'notIneligible']).optional(),
  batch: z.array(BatchDefSchema).optional(),
});
/**
 * A policy's data (see {@link PolicySchema}).
 *
 * @example
 * const p: Policy = { id: 'demo.p', title: { zh: '示例', en: 'Demo' }, sources: [], effective: { from: '2020-01-01' }, eligibility: { kind: 'allOf', rules: [] } };
 */
export type Policy = z.infer<typeof PolicySchema>;
