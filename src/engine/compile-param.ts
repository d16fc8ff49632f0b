import { Decimal } from '../models/decimal';
import { formatCitation } from './citation';
import type { CompileEnv } from './compile-expr';
import { PolicyError } from './errors';
import type { Evaluator } from './fact-path';
import { versionAt } from './parameter';
import type { Value } from './values';

/**
 * Compiles a read of a dated parameter: the version in force on the evaluation date
 * (cached per date), noted once per trace node with its dates and citation.
 *
 * @example
 * const ev = compileParam('stStaffRatioMin', env);
 * (ev(newContext({}, '2020-06-01', false)) as Decimal).toString(); // '0.1'
 */
export function compileParam(name: string, env: CompileEnv): Evaluator {
  const p = env.parameters[name];
  if (!p) throw new PolicyError(`unknown parameter ${name}`);
  const cite = formatCitation(p.cite, env.sources);
  const cache = new Map<string, { value: Value; from: string; to?: string; json: string | boolean }>();
  return (ctx) => {
    let hit = cache.get(ctx.asOf);
    if (!hit) {
      const v = versionAt(name, p, ctx.asOf);
      const value: Value = typeof v.value === 'string' ? new Decimal(v.value) : typeof v.value === 'boolean' ? v.value : v.value.text;
      hit = { value, from: v.from, ...(v.to ? { to: v.to } : {}), json: typeof v.value === 'object' ? v.value.text : v.value };
      if (cache.size > 4096) cache.clear();
      cache.set(ctx.asOf, hit);
    }
    if (ctx.frame) {
      const params = (ctx.frame.params ??= []);
      if (!params.some((r) => r.name === name)) params.push(hit.to ? { name, value: hit.json, from: hit.from, to: hit.to, cite } : { name, value: hit.json, from: hit.from, cite });
    }
    return hit.value;
  };
}

