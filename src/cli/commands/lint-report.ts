import type { LintFinding } from '../../index';

/**
 * The findings of one linted policy.
 *
 * @example
 * const r: LintResult = { policy: 'cn.hnte.2016', findings: [] };
 */
export interface LintResult {
  policy: string;
  findings: LintFinding[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * How many findings are errors and how many warnings.
 *
 * @example
 * lintTally([{ policy: 'p', findings: [{ severity: 'error', rule: 'uncited', path: 'x', message: 'm' }] }]); // { errors: 1, warnings: 0 }
 */
export function lintTally(results: readonly LintResult[]): { errors: number; warnings: number } {
  const all = results.flatMap((r) => r.findings);
  return { errors: all.filter((f) => f.severity === 'error').length, warnings: all.filter((f) => f.severity === 'warning').length };
}

/**
 * Lint results as text: per policy `clean` or its tally, then one line per finding
 * (severity, rule, path: message) with its counterexample below, and a total line.
 *
 * @example
 * renderLint([{ policy: 'cn.hnte.2016', findings: [] }]);
 * // 'cn.hnte.2016: clean\n1 policy: 0 errors, 0 warnings\n'
 */
export function renderLint(results: readonly LintResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const t = lintTally([r]);
    lines.push(r.findings.length === 0 ? `${r.policy}: clean` : `${r.policy}: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}`);
    for (const f of r.findings) {
      lines.push(`  ${f.severity.padEnd(7)} ${f.rule}  ${f.path}: ${f.message}`);
      if (f.counterexample !== undefined) lines.push(`          counterexample: ${JSON.stringify(f.counterexample)}`);
    }
  }
  const total = lintTally(results);
  lines.push(`${plural(results.length, 'policy').replace('policys', 'policies')}: ${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}`);
  return `${lines.join('\n')}\n`;
}
