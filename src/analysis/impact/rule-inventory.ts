import type { Citation } from '../../engine/citation';
import type { Expr } from '../../engine/expr';
import type { Rule } from '../../engine/rule';

/**
 * A rule of a policy that carries its own test: a criterion (its `test`) or an exception
 * (its `when` and `outcome`), with its citation, by id.
 *
 * @example
 * const r: RuleEntry = { id: 'coreIp', kind: 'criterion', test: { kind: 'fact', path: ['ip', 'ownsCoreIp'] }, cite: { document: 'hnte2016', article: '11', clause: '2' } };
 */
export interface RuleEntry {
  id: string;
  kind: 'criterion' | 'exception';
  test: Expr | { when: Expr; outcome: 'pass' | 'fail' };
  cite: Citation;
}

/**
 * The criteria and exceptions of a rule tree in document order, by id (the first of two
 * with one id wins).
 *
 * @example
 * ruleInventory({ kind: 'allOf', rules: [] }).size; // 0
 */
export function ruleInventory(rule: Rule, out: Map<string, RuleEntry> = new Map()): Map<string, RuleEntry> {
  const add = (e: RuleEntry) => {
    if (!out.has(e.id)) out.set(e.id, e);
  };
  switch (rule.kind) {
    case 'criterion':
      add({ id: rule.id, kind: 'criterion', test: rule.test, cite: rule.cite });
      break;
    case 'allOf':
    case 'anyOf':
    case 'atLeast':
      for (const r of rule.rules) ruleInventory(r, out);
      break;
    case 'not':
      ruleInventory(rule.rule, out);
      break;
    case 'exceptions':
      for (const x of rule.exceptions) add({ id: x.id, kind: 'exception', test: { when: x.when, outcome: x.outcome }, cite: x.cite });
      ruleInventory(rule.base, out);
      break;
  }
  return out;
}
