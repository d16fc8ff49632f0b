import type { Decimal } from '../../models/decimal';
import type { Expr } from '../expr';
import { fact } from './expr';

/** A value that ends a fact path. @inline */
type Leaf = string | number | boolean | Decimal | null | undefined;
/** The deepest path followed: 4 fields. @inline */
type Depth = [1, 1, 1, 1];

/**
 * The fact paths of an input type, as tuples: `['ip', 'ownsCoreIp']` for an Enterprise.
 * Arrays end a path (select their items with `keyed` and untyped `fact`).
 *
 * @example
 * type P = FactPath<{ ip: { ownsCoreIp?: boolean } }>; // ['ip'] | ['ip', 'ownsCoreIp']
 */
export type FactPath<T, D extends unknown[] = []> = D['length'] extends Depth['length']
  ? never
  : T extends Leaf | readonly unknown[]
    ? never
    : { [K in keyof T & string]-?: [K] | (NonNullable<T[K]> extends Leaf | readonly unknown[] ? never : [K, ...FactPath<NonNullable<T[K]>, [...D, 1]>]) }[keyof T & string];

/**
 * A fact reader typed by the input model, so a misspelt fact is a compile error.
 *
 * @example
 * const f = factsOf<{ stStaff?: number }>();
 * f('stStaff'); // { kind: 'fact', path: ['stStaff'] }
 * // f('stStafff') does not compile
 */
export function factsOf<T>(): (...path: FactPath<T>) => Expr {
  return (...path) => fact(...(path as string[]));
}
