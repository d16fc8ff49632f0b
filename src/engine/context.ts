import type { Json } from './output-type';
import type { ParamRead, TraceNode } from './trace';
import type { Value } from './values';

/**
 * The state of one evaluation: the record, the date, memoised definitions and parameters,
 * the current array item (inside `some`/`sumOver`) and, when tracing, the open trace node.
 * Tracing is off when `frame` is `null`: every trace write is behind that one check.
 *
 * @example
 * const ctx = newContext({ stStaff: 15 }, '2020-06-01', false);
 */
export interface EvalContext {
  readonly facts: unknown;
  readonly asOf: string;
  readonly defs: Map<string, Value>;
  readonly params: Map<string, { value: Value; read: ParamRead }>;
  items: { value: unknown; path: string }[];
  frame: TraceNode | null;
  readonly root: TraceNode | null;
}

/**
 * A fresh evaluation context.
 *
 * @example
 * newContext({}, '2020-01-01', true).frame?.kind; // 'policy'
 */
export function newContext(facts: unknown, asOf: string, trace: boolean): EvalContext {
  const root: TraceNode | null = trace ? { kind: 'policy' } : null;
  return { facts, asOf, defs: new Map(), params: new Map(), items: [], frame: root, root };
}

/**
 * Records a fact read in the open trace node (no-op when tracing is off).
 *
 * @example
 * const ctx = newContext({}, '2020-01-01', true); noteFact(ctx, 'stStaff', 15); ctx.frame?.facts?.[0]?.path; // 'stStaff'
 */
export function noteFact(ctx: EvalContext, path: string, value: Json): void {
  const f = ctx.frame;
  if (!f) return;
  const facts = (f.facts ??= []);
  for (let i = 0; i < facts.length; i++) if ((facts[i] as { path: string }).path === path) return;
  facts.push({ path, value });
}

/**
 * Records an intermediate step in the open trace node (no-op when tracing is off).
 *
 * @example
 * const ctx = newContext({}, '2020-01-01', true); noteStep(ctx, 'div', { num: '1', den: '4', value: '0.25' });
 */
export function noteStep(ctx: EvalContext, op: string, detail: Json): void {
  if (ctx.frame) (ctx.frame.steps ??= []).push({ op, detail });
}
