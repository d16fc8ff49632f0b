import type { Expr } from '../../expr';
import type { Policy } from '../../policy';

/**
 * The static types of the decision kernel's values. The kernel declines (returns null, so
 * the closures decide) wherever the fast path would meet a missing fact, so every value it
 * holds is known, and most have a type fixed by the expression that makes them:
 *
 * - `num`: a scaled integer (a JS number);
 * - `ratio`: the exact fraction a definition's division gives, held as two registers
 *   (numerator, positive denominator) instead of a `Ratio` object;
 * - `bool`, `str` (dates, codes);
 * - `dyn`: any known fast value (facts, parameters, building blocks), checked where used.
 *
 * @module
 */

/**
 * A static type of the kernel.
 *
 * @example
 * const t: KernelType = 'num';
 */
export type KernelType = 'num' | 'ratio' | 'bool' | 'str' | 'dyn';

/**
 * The static type of an expression, given the types of the definitions. A division is a
 * `ratio` only as a definition's whole expression (see {@link definitionTypes}); elsewhere
 * it is a `Ratio` object (`dyn`).
 *
 * @example
 * exprType({ kind: 'yearOf', arg: { kind: 'asOf' } }, () => 'dyn'); // 'num'
 */
export function exprType(e: Expr, defType: (name: string) => KernelType): KernelType {
  switch (e.kind) {
    case 'num':
    case 'arith':
    case 'yearOf':
      return 'num';
    case 'bool':
    case 'cmp':
    case 'and':
    case 'or':
    case 'not':
    case 'present':
    case 'in':
    case 'some':
    case 'every':
      return 'bool';
    case 'str':
    case 'date':
    case 'asOf':
    case 'dateAdd':
      return 'str';
    case 'ref':
      return defType(e.name);
    case 'if': {
      const a = exprType(e.then, defType);
      return a === exprType(e.else, defType) && a !== 'ratio' ? a : 'dyn';
    }
    default:
      return 'dyn';
  }
}

/**
 * The static type of every definition of a policy: `ratio` for a division, else the type
 * of its expression (`dyn` for a definition that refers to itself, which declines).
 *
 * @example
 * definitionTypes(getPolicy('cn.hnte.2016')!).get('rdRatio'); // 'ratio'
 */
export function definitionTypes(policy: Policy): Map<string, KernelType> {
  const defs = policy.definitions ?? {};
  const out = new Map<string, KernelType>();
  const visiting = new Set<string>();
  const typeOf = (name: string): KernelType => {
    const known = out.get(name);
    if (known) return known;
    const d = Object.prototype.hasOwnProperty.call(defs, name) ? defs[name] : undefined;
    if (!d || visiting.has(name)) return 'dyn';
    visiting.add(name);
    const t = d.expr.kind === 'div' ? 'ratio' : exprType(d.expr, typeOf);
    visiting.delete(name);
    out.set(name, t);
    return t;
  };
  for (const name of Object.keys(defs)) typeOf(name);
  return out;
}
