import type { Rule } from '../../rule';
import { MASK_IDS } from '../decision-table';

/**
 * The distinct ids of a rule tree, in tree order (a node before its children): the ids a
 * record's `failed` list can hold.
 *
 * @example
 * ruleIds({ kind: 'allOf', id: 'all', rules: [criterion('a'), criterion('b')] }); // ['all', 'a', 'b']
 */
export function ruleIds(rule: Rule, out: string[] = []): string[] {
  if (rule.id !== undefined && !out.includes(rule.id)) out.push(rule.id);
  switch (rule.kind) {
    case 'criterion':
      break;
    case 'allOf':
    case 'anyOf':
    case 'atLeast':
      for (const r of rule.rules) ruleIds(r, out);
      break;
    case 'not':
      ruleIds(rule.rule, out);
      break;
    case 'exceptions':
      ruleIds(rule.base, out);
      break;
  }
  return out;
}

/**
 * The bit of each rule id in the mask of failed criteria a generated kernel collects
 * (`decisionTable`), or `undefined` when the tree has more than {@link MASK_IDS} ids (the
 * kernel then collects them in a list).
 *
 * @example
 * failedBits({ kind: 'allOf', rules: [criterion('a'), criterion('b')] }); // Map { 'a' => 0, 'b' => 1 }
 */
export function failedBits(rule: Rule): ReadonlyMap<string, number> | undefined {
  const ids = ruleIds(rule);
  return ids.length > MASK_IDS ? undefined : new Map(ids.map((id, bit) => [id, bit]));
}
