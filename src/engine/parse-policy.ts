import type { Issue } from './errors';
import type { FunctionRegistry } from './functions';
import { PolicySchema, type Policy } from './policy';

/**
 * A policy document that is not valid policy data, with every problem found.
 *
 * @example
 * new PolicyParseError([{ path: 'id', message: 'required' }]).issues[0]?.path; // 'id'
 */
export class PolicyParseError extends Error {
  readonly code = 'INVALID_POLICY' as const;
  constructor(readonly issues: readonly Issue[]) {
    super(`invalid policy: ${issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`);
    this.name = 'PolicyParseError';
  }
}

/**
 * Limits on untrusted policy data: nesting depth and number of nodes.
 *
 * @example
 * const l: PolicyLimits = { maxDepth: 64, maxNodes: 200000 };
 */
export interface PolicyLimits {
  maxDepth: number;
  maxNodes: number;
}

/** Default limits. @example DEFAULT_LIMITS.maxDepth; // 64 */
export const DEFAULT_LIMITS: PolicyLimits = { maxDepth: 64, maxNodes: 200_000 };

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

function checkShape(json: unknown, limits: PolicyLimits): Issue[] {
  let nodes = 0;
  const stack: { v: unknown; depth: number }[] = [{ v: json, depth: 0 }];
  while (stack.length) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (++nodes > limits.maxNodes) return [{ path: '(root)', message: `more than ${limits.maxNodes} nodes` }];
    if (depth > limits.maxDepth) return [{ path: '(root)', message: `nested deeper than ${limits.maxDepth} levels` }];
    if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') return [{ path: k, message: `reserved key '${k}'` }];
        stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1 });
      }
    }
  }
  return [];
}

function walk(v: unknown, path: PropertyKey[], visit: (node: Record<string, unknown>, path: PropertyKey[]) => void): void {
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], visit));
  else if (v !== null && typeof v === 'object') {
    visit(v as Record<string, unknown>, path);
    for (const [k, x] of Object.entries(v)) walk(x, [...path, k], visit);
  }
}

/**
 * Checks what the schema cannot: citations name a declared source, parameters and
 * definitions referenced exist, parameter versions do not overlap, and every building
 * block called exists with a valid configuration.
 *
 * @example
 * semanticIssues(policy, stdlib); // []
 */
export function semanticIssues(p: Policy, functions?: FunctionRegistry): Issue[] {
  const issues: Issue[] = [];
  const docs = new Set(p.sources.map((s) => s.id));
  const params = new Set(Object.keys(p.parameters ?? {}));
  const defs = new Set(Object.keys(p.definitions ?? {}));
  walk(p, [], (node, path) => {
    const at = pathText(path);
    if (path[path.length - 1] === 'cite' && typeof node['document'] === 'string' && !docs.has(node['document'])) issues.push({ path: at, message: `cites unknown source '${node['document']}'` });
    if (node['kind'] === 'param' && typeof node['name'] === 'string' && !params.has(node['name'])) issues.push({ path: at, message: `unknown parameter '${node['name']}'` });
    if (node['kind'] === 'ref' && typeof node['name'] === 'string' && !defs.has(node['name'])) issues.push({ path: at, message: `unknown definition '${node['name']}'` });
    if (functions && node['kind'] === 'call' && typeof node['fn'] === 'string') {
      const f = functions.get(node['fn']);
      if (!f) issues.push({ path: at, message: `unknown building block '${node['fn']}'` });
      else {
        const problems = f.check(node['config']);
        for (const i of problems) issues.push({ path: `${at}.config.${i.path}`, message: i.message });
        const given = node['args'] !== null && typeof node['args'] === 'object' ? Object.keys(node['args']) : [];
        if (!problems.length) {
          const spec = f.argsOf(node['config']);
          for (const k of given) if (!Object.prototype.hasOwnProperty.call(spec, k)) issues.push({ path: `${at}.args.${k}`, message: `'${node['fn']}' takes no argument '${k}'` });
          for (const [k, need] of Object.entries(spec)) if (need === 'required' && !given.includes(k)) issues.push({ path: `${at}.args`, message: `'${node['fn']}' needs argument '${k}'` });
        }
      }
    }
  });
  for (const [name, param] of Object.entries(p.parameters ?? {})) {
    const vs = [...param.versions].sort((a, b) => (a.from < b.from ? -1 : 1));
    for (let i = 1; i < vs.length; i++) {
      const prev = vs[i - 1];
      if (prev && (prev.to === undefined || prev.to >= (vs[i]?.from ?? ''))) issues.push({ path: `parameters.${name}.versions`, message: `versions from ${prev.from} and ${vs[i]?.from} overlap` });
    }
    for (const v of vs) if (v.to !== undefined && v.to < v.from) issues.push({ path: `parameters.${name}.versions`, message: `version from ${v.from} ends before it starts` });
  }
  return issues;
}

/**
 * Parses untrusted JSON data (already `JSON.parse`d or YAML-loaded) into a policy: shape
 * limits, then the zod schema, then {@link semanticIssues}. Never executes anything.
 * Throws {@link PolicyParseError} with every problem.
 *
 * @example
 * const text = JSON.stringify(toJSON(getPolicy('cn.gov-guarantee-fee.2019')!));
 * parsePolicy(JSON.parse(text), { functions: STDLIB }).id; // 'cn.gov-guarantee-fee.2019'
 * parsePolicy({ id: 'x' });
 * // throws PolicyParseError: invalid policy: title: Invalid input: expected object, received undefined; sources: ...
 */
export function parsePolicy(json: unknown, options: { functions?: FunctionRegistry; limits?: PolicyLimits } = {}): Policy {
  const shape = checkShape(json, options.limits ?? DEFAULT_LIMITS);
  if (shape.length) throw new PolicyParseError(shape);
  const r = PolicySchema.safeParse(json);
  if (!r.success) throw new PolicyParseError(r.error.issues.map((i) => ({ path: pathText(i.path), message: i.message })));
  const sem = semanticIssues(r.data, options.functions);
  if (sem.length) throw new PolicyParseError(sem);
  return r.data;
}

/**
 * The policy as plain JSON data (a deep copy): `parsePolicy(toJSON(p))` equals `p`.
 *
 * @example
 * JSON.stringify(toJSON(policy)) === JSON.stringify(policy); // true
 */
export function toJSON(p: Policy): unknown {
  return JSON.parse(JSON.stringify(p));
}
