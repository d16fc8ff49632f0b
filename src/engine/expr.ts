import { z } from 'zod';
import { PolicyDateSchema } from './date-schema';
import { ROUNDING_MODES, type RoundingMode } from '../models/rounding';
import type { CompareOp } from './interval';

/**
 * One step of a fact path: a key, or an array item selected by one of its fields
 * (`{ key: 'year', equals: <expr> }` renders as `financials[2019]`).
 *
 * @example
 * const seg: PathSegment = { key: 'year', equals: { kind: 'num', value: '2019' } };
 */
export type PathSegment = string | { key: string; equals: Expr };

/**
 * The expression language of policy data: plain JSON, validated by {@link ExprSchema},
 * compiled to closures (never `eval`). Every number is a decimal string.
 *
 * @example
 * const e: Expr = { kind: 'cmp', op: '>=', left: { kind: 'fact', path: ['stStaff'] }, right: { kind: 'num', value: '10' } };
 */
export type Expr =
  | { kind: 'num'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'str'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'asOf' }
  | { kind: 'fact'; path: PathSegment[] }
  | { kind: 'item'; path: string[] }
  | { kind: 'param'; name: string }
  | { kind: 'ref'; name: string }
  | { kind: 'arith'; op: '+' | '-' | '*'; args: Expr[] }
  | { kind: 'div'; num: Expr; den: Expr; ifZero: Expr }
  | { kind: 'round'; arg: Expr; scale: number; mode: RoundingMode }
  | { kind: 'minmax'; op: 'min' | 'max'; args: Expr[] }
  | { kind: 'cmp'; op: CompareOp; left: Expr; right: Expr }
  | { kind: 'and' | 'or'; args: Expr[] }
  | { kind: 'not'; arg: Expr }
  | { kind: 'if'; cond: Expr; then: Expr; else: Expr }
  | { kind: 'present'; arg: Expr }
  | { kind: 'coalesce'; args: Expr[] }
  | { kind: 'in'; arg: Expr; values: string[] }
  | { kind: 'dateAdd'; unit: 'days' | 'months' | 'years'; date: Expr; n: Expr }
  | { kind: 'yearOf'; arg: Expr }
  | { kind: 'some' | 'every'; over: PathSegment[]; where: Expr }
  | { kind: 'sumOver'; over: PathSegment[]; value: Expr; where?: Expr }
  | { kind: 'interval'; lo: Expr; hi: Expr }
  | { kind: 'get'; of: Expr; path: string[] }
  | { kind: 'call'; fn: string; args: Record<string, Expr>; config?: unknown };

const NAME = z.string().regex(/^[A-Za-z_][\w.]*$/, 'a name is letters, digits, _ and .');
const DECIMAL = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal literal is a string like "0.10"');
const DATE = PolicyDateSchema;
const KEY = z.string().min(1).refine((k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype', 'reserved key');

const segment: z.ZodType<PathSegment> = z.union([KEY, z.strictObject({ key: KEY, equals: z.lazy(() => ExprSchema) })]);
const path = z.array(segment).min(1);
const exprs = z.array(z.lazy(() => ExprSchema));

/**
 * zod schema of {@link Expr}; unknown keys and unknown kinds are rejected.
 *
 * @example
 * ExprSchema.parse({ kind: 'num', value: '0.10' }); // { kind: 'num', value: '0.10' }
 */
export const ExprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('num'), value: DECIMAL }),
    z.strictObject({ kind: z.literal('bool'), value: z.boolean() }),
    z.strictObject({ kind: z.literal('str'), value: z.string() }),
    z.strictObject({ kind: z.literal('date'), value: DATE }),
    z.strictObject({ kind: z.literal('asOf') }),
    z.strictObject({ kind: z.literal('fact'), path }),
    z.strictObject({ kind: z.literal('item'), path: z.array(KEY) }),
    z.strictObject({ kind: z.literal('param'), name: NAME }),
    z.strictObject({ kind: z.literal('ref'), name: NAME }),
    z.strictObject({ kind: z.literal('arith'), op: z.enum(['+', '-', '*']), args: exprs.min(1) }),
    z.strictObject({ kind: z.literal('div'), num: ExprSchema, den: ExprSchema, ifZero: ExprSchema }),
    z.strictObject({ kind: z.literal('round'), arg: ExprSchema, scale: z.int().min(0).max(20), mode: z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]) }),
    z.strictObject({ kind: z.literal('minmax'), op: z.enum(['min', 'max']), args: exprs.min(1) }),
    z.strictObject({ kind: z.literal('cmp'), op: z.enum(['>', '>=', '<', '<=', '=', '!=']), left: ExprSchema, right: ExprSchema }),
    z.strictObject({ kind: z.enum(['and', 'or']), args: exprs.min(1) }),
    z.strictObject({ kind: z.literal('not'), arg: ExprSchema }),
    z.strictObject({ kind: z.literal('if'), cond: ExprSchema, then: ExprSchema, else: ExprSchema }),
    z.strictObject({ kind: z.literal('present'), arg: ExprSchema }),
    z.strictObject({ kind: z.literal('coalesce'), args: exprs.min(1) }),
    z.strictObject({ kind: z.literal('in'), arg: ExprSchema, values: z.array(z.string()).min(1) }),
    z.strictObject({ kind: z.literal('dateAdd'), unit: z.enum(['days', 'months', 'years']), date: ExprSchema, n: ExprSchema }),
    z.strictObject({ kind: z.literal('yearOf'), arg: ExprSchema }),
    z.strictObject({ kind: z.enum(['some', 'every']), over: path, where: ExprSchema }),
    z.strictObject({ kind: z.literal('sumOver'), over: path, value: ExprSchema, where: ExprSchema.optional() }),
    z.strictObject({ kind: z.literal('interval'), lo: ExprSchema, hi: ExprSchema }),
    z.strictObject({ kind: z.literal('get'), of: ExprSchema, path: z.array(KEY).min(1) }),
    z.strictObject({ kind: z.literal('call'), fn: NAME, args: z.record(KEY, ExprSchema), config: z.unknown().optional() }),
  ]),
) as z.ZodType<Expr>;
