import type { Expr } from '../../expr';
import type { Policy } from '../../policy';
import { pow10 } from '../scaled';

/**
 * What the ahead-of-time emitter of a policy's decision accumulates: the statements run
 * once when the module's `create` is called (parameters, building blocks, sets, date
 * adders, per-date caches), the inner functions (one per definition, fact path, hoisted
 * node, `some`/`every` and rule), and the per-record fields (definition memos, keyed
 * prefixes found once per record).
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
  readonly functions: string[];
  /** Per-record fields of the state class, as `name: type = initial` declarations. */
  readonly fields: string[];
  /** The field of each definition's memo, by name. */
  readonly definitions: Map<string, string>;
  /** The field and head function of each keyed fact-path prefix (`financials[year = Y-1]`), by its JSON. */
  readonly slots: Map<string, { field: string; head: string }>;
  readonly definitionExpr: (name: string) => Expr | undefined;
  /** Functions already emitted for the same fact path or fact-free node (by a key of its data): reused, since they compute the same value. */
  readonly shared: Map<string, string>;
  counter: number;
}

/**
 * A fresh emitter state for a policy at scale `10^k`, with a memo field per definition.
 *
 * @example
 * emitState(policy, 2).definitions.get('year'); // 'd0'
 */
export function emitState(policy: Policy, k: number): EmitState {
  const names = Object.keys(policy.definitions ?? {});
  const s: EmitState = {
    policy, k, S: pow10(k), prelude: [], functions: [], fields: [], counter: 0,
    definitions: new Map(names.map((n, i) => [n, `d${i}`])),
    slots: new Map(),
    shared: new Map(),
    definitionExpr: (n) => policy.definitions?.[n]?.expr,
  };
  for (const field of s.definitions.values()) s.fields.push(`${field}: rt.FastValue | undefined = undefined;`);
  return s;
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
