import type { z } from 'zod';
import type { Label } from './citation';
import type { FastValue } from './fast/fast-value';
import type { Json, OutputType } from './output-type';
import type { Value } from './values';

/**
 * What a function sees besides its arguments: the evaluation date, and `note` to put a
 * detail (amount before and after a cap, which band applied) into the explanation.
 *
 * @example
 * const env: FunctionEnv = { asOf: '2020-06-01', note: () => {} };
 */
export interface FunctionEnv {
  asOf: string;
  /** Adds a detail to the explanation, e.g. `note('band', { x: '0.05', band: 1, yields: '4' })`. */
  note: (op: string, detail: Json) => void;
}

/**
 * A compiled function: known arguments in (optional ones `undefined` when unknown), a
 * value out.
 *
 * @example
 * const impl: FunctionImpl = (args) => args['x'] ?? null;
 */
export type FunctionImpl = (args: Readonly<Record<string, Value | undefined>>, env: FunctionEnv) => Value;

/**
 * A building block's exact fast-path implementation (see `decideFacts`): arguments as
 * scaled integers at scale `10^k` (optional ones `undefined` when unknown); it returns a
 * fast value, or throws the fast path's `DECLINE` for anything it cannot decide exactly.
 * The arguments object belongs to the caller, which may fill it again for its next call:
 * read it, do not keep it.
 *
 * @example
 * const impl: FastImpl = (args) => args['x'] ?? null;
 */
export type FastImpl = (args: Readonly<Record<string, FastValue | undefined>>) => FastValue;

/**
 * A building block callable from policy data by name (`{ kind: 'call', fn, args, config }`):
 * its static configuration is plain JSON validated by a zod schema, then compiled once.
 *
 * @example
 * const double = defineFunction({ name: 'demo.double', label: { zh: '加倍', en: 'Double' },
 *   config: undefined, args: { x: 'required' }, make: () => (a) => a['x'] ?? null });
 */
export interface PolicyFunction {
  name: string;
  label: Label;
  args: Readonly<Record<string, 'required' | 'optional'>>;
  /** The arguments a (valid) configuration takes: `args`, unless they depend on the configuration. */
  argsOf: (config: unknown) => Readonly<Record<string, 'required' | 'optional'>>;
  returns?: OutputType;
  /** Validates the configuration; returns zod's issues, or none. */
  check: (config: unknown) => { path: string; message: string }[];
  /** Compiles a (valid) configuration to an implementation. */
  compile: (config: unknown) => FunctionImpl;
  /** The configuration schema, for documentation and lint. */
  configSchema?: z.ZodType;
  /** Compiles a (valid) configuration to a fast-path implementation at scale `10^k`; `null` when it cannot be exact there. */
  fast?: (config: unknown, k: number) => FastImpl | null;
}

/**
 * Defines a {@link PolicyFunction} with a typed configuration.
 *
 * @example
 * const f = defineFunction({ name: 'demo.id', label: { zh: '原值', en: 'Identity' }, args: { x: 'required' },
 *   make: () => (a) => a['x'] ?? null });
 * f.check(undefined); // []
 */
export function defineFunction<C>(def: {
  name: string;
  label: Label;
  args: Readonly<Record<string, 'required' | 'optional'>>;
  /** Arguments named by the configuration (e.g. a score card's inputs); checked when the policy compiles. */
  argsFor?: (config: C) => Readonly<Record<string, 'required' | 'optional'>>;
  returns?: OutputType;
  config?: z.ZodType<C>;
  make: (config: C) => FunctionImpl;
  /** An exact fast-path implementation at scale `10^k` (optional; `null` when the configuration cannot be exact there). */
  fast?: (config: C, k: number) => FastImpl | null;
}): PolicyFunction {
  const schema = def.config;
  const parse = (raw: unknown): C => (schema ? schema.parse(raw) : (raw as C));
  return {
    name: def.name,
    label: def.label,
    args: def.args,
    argsOf: (raw) => (def.argsFor ? def.argsFor(parse(raw)) : def.args),
    ...(def.returns ? { returns: def.returns } : {}),
    ...(schema ? { configSchema: schema } : {}),
    check: (raw) => {
      if (!schema) return [];
      const r = schema.safeParse(raw);
      return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(config)', message: i.message }));
    },
    compile: (raw) => def.make(parse(raw)),
    ...(def.fast ? { fast: (raw: unknown, k: number) => (def.fast as (config: C, k: number) => FastImpl | null)(parse(raw), k) } : {}),
  };
}

/**
 * Functions available to policies, by name.
 *
 * @example
 * const reg: FunctionRegistry = new Map();
 */
export type FunctionRegistry = ReadonlyMap<string, PolicyFunction>;

/**
 * Builds a registry from functions; a duplicate name is an error.
 *
 * @example
 * registryOf([]).size; // 0
 */
export function registryOf(fns: readonly PolicyFunction[]): FunctionRegistry {
  const m = new Map<string, PolicyFunction>();
  for (const f of fns) {
    if (m.has(f.name)) throw new Error(`duplicate function ${f.name}`);
    m.set(f.name, f);
  }
  return m;
}
