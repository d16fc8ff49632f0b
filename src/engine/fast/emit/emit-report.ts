import { formatCitation } from '../../citation';
import type { Expr } from '../../expr';
import type { Rule } from '../../rule';
import { fresh, literal, type EmitState } from './emit-state';

/**
 * What the full-result mode of a decision kernel needs from the emitter: which values may
 * be fractions, which fractions the general evaluator rounds only once (so that converting
 * the kernel's exact fraction gives its very decimal), and the constant part of each
 * criterion row.
 *
 * @module
 */

type Defs = (name: string) => Expr | undefined;

/**
 * Whether an expression may give a fraction on the fast path: a division or a building
 * block's result, or either passed through a definition, `if`, `coalesce` or `min`/`max`
 * (parameters, facts and literals are scaled integers, or the kernel declines).
 *
 * @example
 * mayBeFraction({ kind: 'div', num: a, den: b, ifZero: z }, defs); // true
 */
export function mayBeFraction(e: Expr, defs: Defs, seen: ReadonlySet<string> = new Set()): boolean {
  switch (e.kind) {
    case 'div':
    case 'call':
      return true;
    case 'ref': {
      const d = defs(e.name);
      return d === undefined || seen.has(e.name) || mayBeFraction(d, defs, new Set([...seen, e.name]));
    }
    case 'if':
      return mayBeFraction(e.then, defs, seen) || mayBeFraction(e.else, defs, seen);
    case 'coalesce':
    case 'minmax':
      return e.args.some((a) => mayBeFraction(a, defs, seen));
    default:
      return false;
  }
}

/**
 * Whether every fraction an expression may give is, in the general evaluator, one quotient
 * of two exact decimals rounded once (so the kernel's exact fraction, rounded once, is the
 * same decimal): a division whose numerator is never a fraction, through definitions,
 * `if`, `coalesce` and `min`/`max`. A building block's fraction is not known to be one.
 *
 * @example
 * quotientOnce({ kind: 'div', num: { kind: 'fact', path: ['a'] }, den: b, ifZero: z }, defs); // true
 */
export function quotientOnce(e: Expr, defs: Defs, seen: ReadonlySet<string> = new Set()): boolean {
  switch (e.kind) {
    case 'div':
      return !mayBeFraction(e.num, defs) && quotientOnce(e.ifZero, defs, seen);
    case 'call':
      return false;
    case 'ref': {
      const d = defs(e.name);
      return d !== undefined && !seen.has(e.name) && quotientOnce(d, defs, new Set([...seen, e.name]));
    }
    case 'if':
      return quotientOnce(e.then, defs, seen) && quotientOnce(e.else, defs, seen);
    case 'coalesce':
    case 'minmax':
      return e.args.every((a) => quotientOnce(a, defs, seen));
    default:
      // nothing else gives a fraction
      return true;
  }
}

/**
 * The name of a constant holding a reportable rule's row head (id, formatted citation,
 * label), emitted once into `create`'s prelude.
 *
 * @example
 * rowHead({ kind: 'criterion', id: 'coreIp', ... }, s); // 'head7'
 */
export function rowHead(rule: Rule & { id: string }, s: EmitState): string {
  const head = fresh(s, 'head');
  const cite = 'cite' in rule && rule.cite ? formatCitation(rule.cite, s.policy.sources) : undefined;
  const value = { id: rule.id, ...(cite ? { cite } : {}), ...(rule.label ? { label: rule.label } : {}) };
  s.prelude.push(`const ${head}: rt.RowHead = ${literal(value)};`);
  return head;
}
