import fc from 'fast-check';
import { Decimal } from '../../models/decimal';
import type { FeeRuleConfig } from '../../rules/fees';

/**
 * One point of the guarantee input space: amount (yuan, at the fen), contract annual fee
 * rate, kind, term in months and pricing date.
 *
 * @example
 * const g: FeeCase = { amount: '5000000.01', contractRate: '0.0151', kind: 'new', termMonths: 12, asOf: '2020-03-01' };
 */
export interface FeeCase {
  amount: string;
  contractRate: string;
  kind: string | undefined;
  termMonths: number;
  asOf: string;
}

const fen = (d: Decimal): string => d.toFixed(2);

/** The amounts worth trying first: each band limit, and one fen either side. */
function edgeAmounts(configs: readonly FeeRuleConfig[]): string[] {
  const out = new Set<string>(['0.01', '1']);
  for (const c of configs) {
    for (const b of c.bands ?? []) {
      if (b.upTo === undefined) continue;
      const u = new Decimal(b.upTo);
      for (const d of [u.minus('0.01'), u, u.plus('0.01')]) if (d.gt(0)) out.add(fen(d));
    }
  }
  return [...out];
}

/** The rates worth trying first: every declared cap, and 0.0001 either side. */
function edgeRates(caps: readonly string[]): string[] {
  const out = new Set<string>(['0']);
  for (const c of caps) {
    const d = new Decimal(c);
    for (const r of [d.minus('0.0001'), d, d.plus('0.0001')]) if (r.gte(0)) out.add(r.toString());
  }
  return [...out];
}

/**
 * The caps declared by fee configurations (overall and per band) and by the cap
 * parameter's versions, as decimal strings.
 *
 * @example
 * declaredCapValues([{ rateCap: '0.01', bands: [{ inclusive: true, cap: '0.015' }] }], ['0.012']); // ['0.01', '0.015', '0.012']
 */
export function declaredCapValues(configs: readonly FeeRuleConfig[], parameterValues: readonly string[]): string[] {
  const caps = configs.flatMap((c) => [...(c.rateCap !== undefined ? [c.rateCap] : []), ...(c.bands ?? []).map((b) => b.cap)]);
  return [...new Set([...caps, ...parameterValues])];
}

/**
 * A fast-check arbitrary over the guarantee input space, biased towards the places where
 * a cap can be crossed: amounts at and around every band limit (else up to 2,000,000,000.99
 * yuan), contract rates at and around every declared cap (else 0 to 0.2 in steps of
 * 0.0001), every kind (the zero-rate kinds and none included), terms of 1 to 1200 months,
 * and the given pricing dates. Everything is exact: decimals are built as strings.
 *
 * @example
 * fc.sample(feeCases([{ rateCap: '0.01' }], ['0.01'], ['new'], ['2020-01-01']), 1)[0]?.asOf; // '2020-01-01'
 */
export function feeCases(configs: readonly FeeRuleConfig[], caps: readonly string[], kinds: readonly string[], dates: readonly string[]): fc.Arbitrary<FeeCase> {
  const amount = fc.oneof(
    fc.constantFrom(...edgeAmounts(configs)),
    fc.tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 99 })).map(([y, f]) => `${y}.${String(f).padStart(2, '0')}`),
  );
  const contractRate = fc.oneof(fc.constantFrom(...edgeRates(caps)), fc.integer({ min: 0, max: 2000 }).map((n) => new Decimal(n).div(10000).toString()));
  const allKinds = [...new Set([...kinds, ...configs.flatMap((c) => c.zeroRateKinds ?? [])])];
  return fc.record({
    amount,
    contractRate,
    kind: fc.option(fc.constantFrom(...(allKinds.length ? allKinds : ['new'])), { nil: undefined }),
    termMonths: fc.integer({ min: 1, max: 1200 }),
    asOf: fc.constantFrom(...dates),
  });
}
