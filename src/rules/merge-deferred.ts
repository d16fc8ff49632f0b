import { ZERO, type Decimal } from '../models/decimal';
import { compareDates, type PlainDate } from '../models/plain-date';

/**
 * An amount falling due on a date: a principal repayment or a lease rent.
 *
 * @example
 * const a: DatedAmount = { due: '2020-05-15', amount: new Decimal('92000') };
 */
export interface DatedAmount {
  readonly due: PlainDate;
  readonly amount: Decimal;
}

/**
 * Places moved payments among the kept ones: moved payments landing on the same date
 * become one payment (amounts added), which also absorbs any kept payment on that date;
 * kept payments on other dates are left as they are. The result is sorted by due date.
 *
 * @example
 * const kept = [{ due: '2020-01-15', amount: new Decimal(1) }, { due: '2020-05-15', amount: new Decimal(2) }];
 * const moved = [{ due: '2020-05-15', amount: new Decimal(3) }];
 * mergeDeferred(kept, moved).map((p) => `${p.due} ${p.amount.toFixed(2)}`); // ['2020-01-15 1.00', '2020-05-15 5.00']
 */
export function mergeDeferred(kept: readonly DatedAmount[], moved: readonly DatedAmount[]): DatedAmount[] {
  const targets = new Map<PlainDate, Decimal>();
  for (const m of moved) targets.set(m.due, (targets.get(m.due) ?? ZERO).plus(m.amount));
  const out: DatedAmount[] = [];
  for (const k of kept) {
    const sum = targets.get(k.due);
    if (sum === undefined) out.push(k);
    else targets.set(k.due, sum.plus(k.amount));
  }
  for (const [due, amount] of targets) out.push({ due, amount });
  return out.sort((a, b) => compareDates(a.due, b.due));
}
