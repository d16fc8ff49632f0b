import type { Expr } from '../../expr';
import type { Policy } from '../../policy';
import { pow10 } from '../scaled';
import type { Code } from './emit-convert';
import { failedBits } from './emit-failed';
import { definitionTypes, type KernelType } from './emit-types';

/**
 * What the ahead-of-time emitter of a policy's decision kernel accumulates: the statements
 * run once when the module's `create` is called (parameters, building blocks, sets, date
 * adders), the registers (variables of `create`'s scope holding one record's state:
 * definition values, keyed-row slots, per-date caches) and the inner functions.
 *
 * @example
 * const s = emitState(policy, 2); s.S; // 100
 */
export interface EmitState {
  readonly policy: Policy;
  /** The scale: numbers are integers times `10^k`. */
  readonly k: number;
  readonly S: number;
  readonly prelude: string[];
  readonly registers: string[];
  readonly functions: string[];
  /** The function of each definition, by name. */
  readonly definitions: Map<string, string>;
  /** The static type of each definition, by name. */
  readonly types: Map<string, KernelType>;
  /** The slot of each keyed fact-path prefix (`financials[year = Y-1]`) and what fills it, by its JSON. */
  readonly slots: Map<string, { slot: string; fill: string }>;
  /** The prefixes that select from one list by one key, found in one pass: by list and key. */
  readonly rowGroups: Map<string, { fill: string; list: string[]; key: string; members: { slot: string; want: string }[] }>;
  readonly definitionExpr: (name: string) => Expr | undefined;
  /** Functions already emitted for the same fact path or fact-free node (by a key of its data). */
  readonly shared: Map<string, string>;
  /** The locals of the strict definitions, by name (read by code of the record function only). */
  readonly locals: Map<string, Code>;
  /** The bit of each rule id in the mask of failed criteria, or `undefined` when there are too many ids for one mask (see `failedBits`). */
  readonly failedBits: ReadonlyMap<string, number> | undefined;
  /** Where code is being emitted: the record function (locals visible) or an inner function. */
  world: 'record' | 'fn';
  counter: number;
}

/**
 * A fresh emitter state for a policy at scale `10^k`: a function name and a static type
 * per definition.
 *
 * @example
 * emitState(policy, 2).definitions.get('year'); // 'd0'
 */
export function emitState(policy: Policy, k: number): EmitState {
  const names = Object.keys(policy.definitions ?? {});
  return {
    policy, k, S: pow10(k), prelude: [], registers: [], functions: [], counter: 0,
    definitions: new Map(names.map((n, i) => [n, `d${i}`])),
    types: definitionTypes(policy),
    slots: new Map(),
    rowGroups: new Map(),
    shared: new Map(),
    locals: new Map(),
    failedBits: failedBits(policy.eligibility),
    world: 'fn',
    definitionExpr: (n) => policy.definitions?.[n]?.expr,
  };
}

/**
 * Emits the body of an inner function: code that cannot see the record function's locals.
 *
 * @example
 * const body = inFunction(s, () => emitExpr(e, s).code);
 */
export function inFunction<T>(s: EmitState, emit: () => T): T {
  const world = s.world;
  s.world = 'fn';
  try {
    return emit();
  } finally {
    s.world = world;
  }
}

/**
 * A fresh identifier with a prefix (`f3`, `h4`).
 *
 * @example
 * fresh(s, 'f'); // 'f0', then 'f1'
 */
export function fresh(s: EmitState, prefix: string): string {
  return `${prefix}${s.counter++}`;
}

/**
 * A JS literal of JSON data (strings, config objects), safe inside generated source.
 *
 * @example
 * literal('a"b'); // '"a\\"b"'
 */
export function literal(v: unknown): string {
  // U+2028/2029 are legal in JSON strings and in modern JS, escaped anyway for older tools
  if (v === undefined) return 'undefined';
  return JSON.stringify(v).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
