/**
 * How serious a lint finding is: an `error` is a policy that will misjudge or fail on
 * some input (a gap in a table, a cap that can be exceeded, a clause cited from nowhere);
 * a `warning` is dead or suspicious data that does not change any result.
 *
 * @example
 * const s: LintSeverity = 'error';
 */
export type LintSeverity = 'error' | 'warning';

/**
 * One problem found by {@link lintPolicy}: its severity, the lint rule that found it, where
 * in the policy data it is (a path such as `definitions.rdThreshold.expr.config.bands[1]`,
 * in the notation of policy parse errors), a message, and when the rule searched for one,
 * a concrete input showing it (the value in a gap, the guarantee charged above its cap).
 *
 * @example
 * const f: LintFinding = { severity: 'error', rule: 'table-gap', path: 'definitions.t.expr.config.bands',
 *   message: 'no band covers exactly 1', counterexample: { x: '1' } };
 */
export interface LintFinding {
  severity: LintSeverity;
  rule: string;
  path: string;
  message: string;
  counterexample?: unknown;
}

/** Splits a path into names and array indices: `a.b[10].c` -> ['a', 'b', 10, 'c']. */
function pathParts(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return parts;
}

/**
 * Orders two data paths as a reader expects: part by part, array indices by number
 * (`rules[2]` before `rules[10]`), a parent before its children.
 *
 * @example
 * ['a.rules[10]', 'a.rules[2]', 'a'].sort(comparePaths); // ['a', 'a.rules[2]', 'a.rules[10]']
 */
export function comparePaths(a: string, b: string): number {
  const x = pathParts(a);
  const y = pathParts(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string | number;
    const q = y[i] as string | number;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    if (typeof p === 'number') return -1;
    if (typeof q === 'number') return 1;
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * Findings sorted by path, then rule, then message (a stable, reviewable order).
 *
 * @example
 * sortFindings([{ severity: 'error', rule: 'b', path: 'sources[1]', message: '' },
 *   { severity: 'error', rule: 'a', path: 'sources[0]', message: '' }]).map((f) => f.path); // ['sources[0]', 'sources[1]']
 */
export function sortFindings(findings: readonly LintFinding[]): LintFinding[] {
  return [...findings].sort((a, b) => comparePaths(a.path, b.path) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
