import type { FunctionRegistry } from '../../engine/functions';
import { findCalls, pathText } from './data-path';
import type { LintFinding } from './finding';

/**
 * Building-block call lint: `unknown-function` for a call of a block the registry does
 * not have, `config-invalid` for each problem of a call's configuration (as the block's
 * own schema words it). Policies built with `policy(data, STDLIB)` are already free of
 * both; policy files read as plain data may not be.
 *
 * @example
 * lintCalls({ outputs: { x: { expr: { kind: 'call', fn: 'no.such', args: {} } } } }, STDLIB)
 *   .map((f) => `${f.rule} ${f.path}`); // ['unknown-function outputs.x.expr.fn']
 */
export function lintCalls(data: unknown, functions: FunctionRegistry): LintFinding[] {
  const out: LintFinding[] = [];
  for (const { node, fn, path } of findCalls(data)) {
    const f = functions.get(fn);
    if (!f) {
      out.push({ severity: 'error', rule: 'unknown-function', path: pathText([...path, 'fn']), message: `no building block '${fn}' (known: ${[...functions.keys()].join(', ')})` });
      continue;
    }
    for (const issue of f.check(node['config'])) {
      const sub = issue.path === '(config)' ? [] : issue.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const where = pathText([...path, 'config', ...sub]);
      out.push({ severity: 'error', rule: 'config-invalid', path: where, message: `${fn}: ${issue.message}` });
    }
  }
  return out;
}
