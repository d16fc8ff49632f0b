import type { Decimal } from '../models/decimal';
import type { Interval } from './interval';

/**
 * An unknown value: the facts still needed to know it (`missing`, fact paths), or a
 * `reason` when no fact would settle it (e.g. an interval straddling a threshold).
 *
 * @example
 * new Unknown(['stStaff']).missing; // ['stStaff']
 */
export class Unknown {
  readonly kind = 'unknown' as const;
  constructor(
    readonly missing: readonly string[],
    readonly reason?: string,
  ) {}

  /** Merges several unknowns: the union of their missing facts, sorted. @example Unknown.merge([new Unknown(['b']), new Unknown(['a'])]).missing; // ['a', 'b'] */
  static merge(us: readonly Unknown[]): Unknown {
    if (us.length === 1) return us[0] as Unknown;
    const set = new Set<string>();
    let reason: string | undefined;
    for (const u of us) {
      for (const m of u.missing) set.add(m);
      reason ??= u.reason;
    }
    return new Unknown([...set].sort(), reason);
  }
}

/**
 * A value during evaluation: decimal, boolean, string (plain dates are strings), interval,
 * a list or record (from facts or functions), or {@link Unknown}.
 *
 * @example
 * const v: Value = true;
 */
export type Value = Decimal | boolean | string | Interval | Unknown | readonly Value[] | { readonly [k: string]: unknown } | null;

/**
 * True when `v` is unknown.
 *
 * @example
 * isUnknown(new Unknown([])); // true
 */
export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

/**
 * A three-valued outcome of a criterion or rule.
 *
 * @example
 * const o: Outcome = 'unknown';
 */
export type Outcome = 'pass' | 'fail' | 'unknown';
