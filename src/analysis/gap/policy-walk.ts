import type { Expr, PathSegment } from '../../engine/expr';
import type { Policy } from '../../engine/policy';
import type { Rule } from '../../engine/rule';

function segmentExprs(path: readonly PathSegment[]): Expr[] {
  return path.flatMap((s) => (typeof s === 'string' ? [] : [s.equals]));
}

/**
 * The direct sub-expressions of an expression (key expressions of keyed paths included).
 *
 * @example
 * exprChildren({ kind: 'cmp', op: '>=', left: { kind: 'fact', path: ['x'] }, right: { kind: 'num', value: '1' } }).length; // 2
 */
export function exprChildren(e: Expr): Expr[] {
  switch (e.kind) {
    case 'fact':
      return segmentExprs(e.path);
    case 'arith':
    case 'minmax':
    case 'and':
    case 'or':
    case 'coalesce':
      return e.args;
    case 'div':
      return [e.num, e.den, e.ifZero];
    case 'round':
    case 'not':
    case 'present':
    case 'in':
    case 'yearOf':
      return [e.arg];
    case 'cmp':
      return [e.left, e.right];
    case 'if':
      return [e.cond, e.then, e.else];
    case 'dateAdd':
      return [e.date, e.n];
    case 'some':
    case 'every':
      return [...segmentExprs(e.over), e.where];
    case 'sumOver':
      return [...segmentExprs(e.over), e.value, ...(e.where ? [e.where] : [])];
    case 'interval':
      return [e.lo, e.hi];
    case 'get':
      return [e.of];
    case 'call':
      return Object.values(e.args);
    default:
      return [];
  }
}

/**
 * Every expression of a rule subtree: criterion tests and reported values, exception
 * conditions, recursively through combinators.
 *
 * @example
 * ruleExprs({ kind: 'criterion', id: 'a', label: { zh: '甲', en: 'A' }, cite: { document: 'd', article: '1' }, test: { kind: 'bool', value: true } }).length; // 1
 */
export function ruleExprs(rule: Rule): Expr[] {
  switch (rule.kind) {
    case 'criterion':
      return [rule.test, ...Object.values(rule.values ?? {})];
    case 'allOf':
    case 'anyOf':
    case 'atLeast':
      return rule.rules.flatMap(ruleExprs);
    case 'not':
      return ruleExprs(rule.rule);
    case 'exceptions':
      return [...rule.exceptions.map((x) => x.when), ...ruleExprs(rule.base)];
  }
}

/**
 * The rule (criterion or id'd combinator) with this id, if any.
 *
 * @example
 * findRule({ kind: 'allOf', id: 'basic', rules: [] }, 'basic')?.kind; // 'allOf'
 */
export function findRule(rule: Rule, id: string): Rule | undefined {
  if (rule.id === id) return rule;
  const kids = rule.kind === 'criterion' ? [] : rule.kind === 'not' ? [rule.rule] : rule.kind === 'exceptions' ? [rule.base] : rule.rules;
  for (const k of kids) {
    const hit = findRule(k, id);
    if (hit) return hit;
  }
  return undefined;
}

function visit(e: Expr, f: (x: Expr) => void): void {
  f(e);
  for (const c of exprChildren(e)) visit(c, f);
}

/**
 * The names of the definitions a rule reads, directly or through other definitions, in
 * first-use order.
 *
 * @example
 * definitionsUsedBy(rule, { ratio: { expr: { kind: 'ref', name: 'sales' } }, sales: { expr: { kind: 'num', value: '1' } } });
 * // ['ratio', 'sales'] when the rule reads ref('ratio')
 */
export function definitionsUsedBy(rule: Rule, definitions: Policy['definitions'] = {}): string[] {
  const seen: string[] = [];
  const queue = [...ruleExprs(rule)];
  while (queue.length) {
    visit(queue.shift() as Expr, (x) => {
      if (x.kind !== 'ref' || seen.includes(x.name)) return;
      seen.push(x.name);
      const d = Object.prototype.hasOwnProperty.call(definitions, x.name) ? definitions[x.name] : undefined;
      if (d) queue.push(d.expr);
    });
  }
  return seen;
}

function policyExprs(p: Policy): Expr[] {
  return [
    ...ruleExprs(p.eligibility),
    ...Object.values(p.definitions ?? {}).map((d) => d.expr),
    ...Object.values(p.outputs ?? {}).map((o) => o.expr),
  ];
}

/**
 * The arrays a policy selects items of by a field, as `template -> key field`: the template
 * is the array's path with its keys only (`financials` for `financials[2019]`). Used to name
 * array items by key (`financials[2019].rdExpense`) rather than by position.
 *
 * @example
 * arrayKeyFields(hnte2016).get('financials'); // 'year'
 */
export function arrayKeyFields(p: Policy): Map<string, string> {
  const out = new Map<string, string>();
  const note = (path: readonly PathSegment[]): void => {
    const keys: string[] = [];
    for (const s of path) {
      if (typeof s === 'string') keys.push(s);
      else if (!out.has(keys.join('.'))) out.set(keys.join('.'), s.key);
    }
  };
  for (const e of policyExprs(p)) {
    visit(e, (x) => {
      if (x.kind === 'fact') note(x.path);
      if (x.kind === 'some' || x.kind === 'every' || x.kind === 'sumOver') note(x.over);
    });
  }
  return out;
}
