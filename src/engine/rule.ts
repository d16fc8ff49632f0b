import { z } from 'zod';
import { CitationSchema, LabelSchema, type Citation, type Label } from './citation';
import { ExprSchema, type Expr } from './expr';

/**
 * A criterion: one clause of the law as a boolean test, with its id (a contract), bilingual
 * label, structured citation and the values to report (e.g. the ratio and its threshold).
 *
 * @example
 * const c: CriterionRule = { kind: 'criterion', id: 'coreIp', label: { zh: '核心知识产权', en: 'Core IP' },
 *   cite: { document: 'hnte2016', article: '11', clause: '2' }, test: { kind: 'fact', path: ['ip', 'ownsCoreIp'] } };
 */
export interface CriterionRule {
  kind: 'criterion';
  id: string;
  label: Label;
  cite: Citation;
  test: Expr;
  values?: Record<string, Expr>;
}

/**
 * A default-logic exception (as in Catala): when `when` holds, the enclosing rule's outcome
 * is `outcome`, overriding the base rule.
 *
 * @example
 * const x: RuleException = { id: 'hnteCert', label: { zh: '高企资格', en: 'HNTE certificate' },
 *   cite: { document: 'sme2017', article: '6' }, when: { kind: 'bool', value: true }, outcome: 'pass' };
 */
export interface RuleException {
  id: string;
  label: Label;
  cite: Citation;
  when: Expr;
  outcome: 'pass' | 'fail';
}

/**
 * A rule tree: criteria combined with Kleene `allOf`, `anyOf`, `not`, `atLeast(n)`, and
 * exceptions overriding a base rule.
 *
 * @example
 * const r: Rule = { kind: 'allOf', rules: [] };
 */
export type Rule =
  | CriterionRule
  | { kind: 'allOf' | 'anyOf'; id?: string; label?: Label; cite?: Citation; rules: Rule[] }
  | { kind: 'not'; id?: string; label?: Label; cite?: Citation; rule: Rule }
  | { kind: 'atLeast'; id?: string; label?: Label; cite?: Citation; n: number; rules: Rule[] }
  | { kind: 'exceptions'; id?: string; label?: Label; cite?: Citation; base: Rule; exceptions: RuleException[] };

const ID = z.string().regex(/^[A-Za-z][\w.-]*$/, 'an id is letters, digits, _ . -');
const KEY = z.string().min(1).refine((k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype', 'reserved key');

/**
 * zod schema of {@link Rule}.
 *
 * @example
 * RuleSchema.parse({ kind: 'allOf', rules: [] }); // { kind: 'allOf', rules: [] }
 */
export const RuleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('criterion'), id: ID, label: LabelSchema, cite: CitationSchema, test: ExprSchema, values: z.record(KEY, ExprSchema).optional() }),
    z.strictObject({ kind: z.enum(['allOf', 'anyOf']), id: ID.optional(), label: LabelSchema.optional(), cite: CitationSchema.optional(), rules: z.array(RuleSchema) }),
    z.strictObject({ kind: z.literal('not'), id: ID.optional(), label: LabelSchema.optional(), cite: CitationSchema.optional(), rule: RuleSchema }),
    z.strictObject({ kind: z.literal('atLeast'), id: ID.optional(), label: LabelSchema.optional(), cite: CitationSchema.optional(), n: z.int().min(0), rules: z.array(RuleSchema) }),
    z.strictObject({
      kind: z.literal('exceptions'), id: ID.optional(), label: LabelSchema.optional(), cite: CitationSchema.optional(), base: RuleSchema,
      exceptions: z.array(z.strictObject({ id: ID, label: LabelSchema, cite: CitationSchema, when: ExprSchema, outcome: z.enum(['pass', 'fail']) })).min(1),
    }),
  ]),
) as z.ZodType<Rule>;
