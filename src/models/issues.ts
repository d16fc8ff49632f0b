import type { z } from 'zod';
import { showValue } from './describe-input';
import { readableErrorMap } from './error-map';

/**
 * One validation problem of an input record: where (`financials[0].salesRevenue`,
 * `(root)` for the record itself) and what, in plain English.
 *
 * @example
 * const issue: ModelIssue = { path: 'payments[1].due', message: "'2019-02-29' is not a real calendar date" };
 */
export interface ModelIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The outcome of {@link parseModel}: the parsed value, or the list of issues.
 *
 * @example
 * const r: ParseResult<number> = { ok: false, issues: [{ path: '(root)', message: 'expected an object, got null' }] };
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: ModelIssue[] };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders a zod issue path: keys dotted, array indexes in brackets, odd keys quoted, and
 * the empty path as `(root)`.
 *
 * @example
 * formatPath(['financials', 0, 'salesRevenue']); // 'financials[0].salesRevenue'
 * formatPath([]); // '(root)'
 * formatPath(['a b']); // '["a b"]'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Flattens a zod error into {@link ModelIssue}s, in zod's order without duplicates. An
 * unknown-keys issue becomes one issue per key, at the key's own path.
 *
 * @example
 * const r = EnterpriseSchema.safeParse({ stStafff: 15 });
 * toIssues(r.error!); // [{ path: 'stStafff', message: "unknown key 'stStafff'" }]
 */
export function toIssues(error: z.ZodError): ModelIssue[] {
  const out: ModelIssue[] = [];
  const seen = new Set<string>();
  const add = (path: readonly PropertyKey[], message: string) => {
    const issue = { path: formatPath(path), message };
    const key = `${issue.path}\u0000${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  };
  for (const iss of error.issues) {
    if (iss.code !== 'unrecognized_keys') add(iss.path, iss.message);
    else for (const k of iss.keys) add([...iss.path, k], `unknown key ${showValue(k)}`);
  }
  return out;
}

function describeThrown(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unreadable error';
  }
}

/**
 * Validates untrusted input against a model schema with readable messages. Never throws,
 * whatever the input (cyclic, exotic, throwing getters): a failure is `{ ok: false, issues }`.
 *
 * @example
 * parseModel(EnterpriseSchema, { employees: '120' }); // { ok: true, value: { employees: 120 } }
 * parseModel(EnterpriseSchema, []); // { ok: false, issues: [{ path: '(root)', message: 'expected an object, got array' }] }
 */
export function parseModel<S extends z.ZodType>(schema: S, raw: unknown): ParseResult<z.output<S>> {
  try {
    const result = schema.safeParse(raw, { error: readableErrorMap });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: toIssues(result.error) };
  } catch (e) {
    return { ok: false, issues: [{ path: '(root)', message: `could not read the input: ${describeThrown(e)}` }] };
  }
}
