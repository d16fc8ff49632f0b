import type { Json, OutputType } from '../../engine/output-type';
import type { Policy } from '../../engine/policy';
import { Decimal, ZERO } from '../../models/decimal';
import { formatMoney } from '../../models/rounding';
import type { MoneySide, MoneyTotal } from './impact-report';

const MONEY = /^-?\d+\.\d{2}$/;

const isMoney = (t: OutputType): boolean => t.type === 'money' || (t.type === 'nullable' && isMoney(t.of));

/**
 * The outputs a policy declares as money (directly or nullable), in document order.
 *
 * @example
 * moneyOutputs(govGuaranteeFee2019); // ['fee', 'feeAtContract', 'waived', 'loanAmount']
 */
export function moneyOutputs(policy: Policy): string[] {
  return Object.entries(policy.outputs ?? {}).filter(([, o]) => isMoney(o.type)).map(([name]) => name);
}

/**
 * Running sums of a policy's money outputs over the rows of a run (exact decimals).
 *
 * @example
 * const sums: MoneySums = moneySums(['fee']);
 */
export interface MoneySums {
  readonly names: readonly string[];
  /** Adds one row's outputs (values that are not money strings are skipped). */
  add(outputs: Readonly<Record<string, Json>>): void;
  /** The sum of one output, or null when it is not one of these money outputs. */
  side(name: string): MoneySide | null;
}

/**
 * Starts {@link MoneySums} for the given money outputs.
 *
 * @example
 * const sums = moneySums(['fee']);
 * sums.add({ fee: '10.50' }); sums.add({ fee: null }); sums.add({ fee: '0.25' });
 * sums.side('fee'); // { total: '10.75', rows: 2 }
 */
export function moneySums(names: readonly string[]): MoneySums {
  const totals = new Map<string, { total: Decimal; rows: number }>(names.map((n) => [n, { total: ZERO, rows: 0 }]));
  return {
    names,
    add(outputs) {
      for (const [name, acc] of totals) {
        const v = outputs[name];
        if (typeof v === 'string' && MONEY.test(v)) {
          acc.total = acc.total.plus(new Decimal(v));
          acc.rows++;
        }
      }
    },
    side(name) {
      const acc = totals.get(name);
      return acc ? { total: formatMoney(acc.total), rows: acc.rows } : null;
    },
  };
}

/**
 * The money lines of an impact report: every money output of either policy (A's order,
 * then B's new ones), each side's total and the difference B - A when both have it.
 *
 * @example
 * moneyTotals(sumsA, sumsB, policyA, policyB)[0]; // { output: 'fee', a: {...}, b: {...}, difference: '-200.00' }
 */
export function moneyTotals(a: MoneySums, b: MoneySums, pa: Policy, pb: Policy): MoneyTotal[] {
  const names = [...new Set([...a.names, ...b.names])];
  return names.map((output) => {
    const sa = a.side(output);
    const sb = b.side(output);
    const label = pb.outputs?.[output]?.label ?? pa.outputs?.[output]?.label;
    const difference = sa && sb ? formatMoney(new Decimal(sb.total).minus(new Decimal(sa.total))) : null;
    return { output, ...(label ? { label } : {}), a: sa, b: sb, difference };
  });
}
