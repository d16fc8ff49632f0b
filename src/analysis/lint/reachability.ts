import type { Expr } from '../../engine/expr';
import type { Rule } from '../../engine/rule';
import { pathText, type DataPath } from './data-path';
import type { LintFinding } from './finding';

/** A rule's outcome when it is the same for every record and date, else null. */
type Constant = 'pass' | 'fail' | null;

const nameOf = (r: Rule): string => (r.kind === 'criterion' ? `criterion ${r.id}` : r.id ? `${r.kind} ${r.id}` : `an ${r.kind} rule`);

/**
 * Finds the parts of a rule tree that can never change the outcome:
 * - the base of an `exceptions` rule when an exception always applies (its `when` is
 *   provably true), and every exception after it;
 * - an exception that never applies (its `when` is provably false; a warning);
 * - the siblings of an `anyOf` child that always passes, of an `allOf` child that always
 *   fails, and of `atLeast(n)` children once n of them always pass (Kleene: those
 *   siblings are evaluated and reported, but the outcome is already decided).
 * A subtree found unreachable is reported once, at its root.
 *
 * @example
 * const truth = (e: Expr) => (e.kind === 'bool' ? e.value : null);
 * const cited = { label: label('试点', 'Pilot'), cite: cite('doc', '5') };
 * const rule = withExceptions(criterion({ id: 'staffRatio', ...cited, test: fact('ok') }),
 *   [exception({ id: 'pilotZone', ...cited, when: bool(true), outcome: 'pass' })]);
 * lintReachability(rule, truth).map((f) => f.path); // ['eligibility.base']
 */
export function lintReachability(eligibility: Rule, truth: (e: Expr) => boolean | null): LintFinding[] {
  const out: LintFinding[] = [];
  const memo = new Map<Rule, Constant>();
  const constant = (r: Rule): Constant => {
    if (!memo.has(r)) memo.set(r, computeConstant(r));
    return memo.get(r) ?? null;
  };
  const unreachable = (path: DataPath, message: string, severity: LintFinding['severity'] = 'error') =>
    out.push({ severity, rule: 'unreachable', path: pathText(path), message });

  function computeConstant(r: Rule): Constant {
    switch (r.kind) {
      case 'criterion': {
        const t = truth(r.test);
        return t === null ? null : t ? 'pass' : 'fail';
      }
      case 'allOf':
        return r.rules.some((k) => constant(k) === 'fail') ? 'fail' : r.rules.every((k) => constant(k) === 'pass') ? 'pass' : null;
      case 'anyOf':
        return r.rules.some((k) => constant(k) === 'pass') ? 'pass' : r.rules.every((k) => constant(k) === 'fail') ? 'fail' : null;
      case 'atLeast': {
        const pass = r.rules.filter((k) => constant(k) === 'pass').length;
        const open = r.rules.filter((k) => constant(k) !== 'fail').length;
        return pass >= r.n ? 'pass' : open < r.n ? 'fail' : null;
      }
      case 'not': {
        const c = constant(r.rule);
        return c === 'pass' ? 'fail' : c === 'fail' ? 'pass' : null;
      }
      case 'exceptions': {
        for (const x of r.exceptions) {
          const t = truth(x.when);
          if (t === true) return x.outcome;
          if (t === null) return null;
        }
        return constant(r.base);
      }
    }
  }

  function decidedSiblings(rules: Rule[], path: DataPath, decider: number, why: string): void {
    rules.forEach((k, i) => {
      if (i === decider) visit(k, [...path, 'rules', i]);
      else if (constant(k) === null) unreachable([...path, 'rules', i], `${nameOf(k)} cannot change the outcome: ${why}`);
      else visit(k, [...path, 'rules', i]);
    });
  }

  function visit(r: Rule, path: DataPath): void {
    switch (r.kind) {
      case 'criterion':
        return;
      case 'not':
        return visit(r.rule, [...path, 'rule']);
      case 'allOf':
      case 'anyOf':
      case 'atLeast': {
        const decisive = r.kind === 'allOf' ? 'fail' : 'pass';
        const i = r.rules.findIndex((k) => constant(k) === decisive);
        const enough = r.kind !== 'atLeast' || r.rules.filter((k) => constant(k) === 'pass').length >= r.n;
        if (i < 0 || !enough) return r.rules.forEach((k, j) => visit(k, [...path, 'rules', j]));
        const what = r.kind === 'allOf' ? 'always fails' : 'always passes';
        const decider = r.rules[i] as Rule;
        const why = r.kind === 'atLeast' ? `${r.n} sibling(s) always pass` : `its sibling ${nameOf(decider)} ${what}`;
        return decidedSiblings(r.rules, path, i, why);
      }
      case 'exceptions': {
        let always = -1;
        r.exceptions.forEach((x, i) => {
          const at = [...path, 'exceptions', i];
          if (always >= 0) {
            unreachable(at, `exception ${x.id} is never reached: exception ${r.exceptions[always]?.id} before it always applies`);
            return;
          }
          const t = truth(x.when);
          if (t === true) always = i;
          else if (t === false) unreachable(at, `exception ${x.id} never applies: its condition is always false`, 'warning');
        });
        if (always >= 0) unreachable([...path, 'base'], `${nameOf(r.base)} is shadowed: exception ${r.exceptions[always]?.id} always applies, so it never decides`);
        else visit(r.base, [...path, 'base']);
      }
    }
  }

  visit(eligibility, ['eligibility']);
  return out;
}
