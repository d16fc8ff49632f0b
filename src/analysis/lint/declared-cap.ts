import { versionAt } from '../../engine/parameter';
import type { Policy } from '../../engine/policy';
import { Decimal } from '../../models/decimal';
import { plusDays } from '../../models/plain-date';
import type { FeeRuleConfig } from '../../rules/fees';

const DECIMAL = /^-?\d+(\.\d+)?$/;

const lower = (a: Decimal | null, b: Decimal | null): Decimal | null => (a === null ? b : b === null ? a : Decimal.min(a, b));

/**
 * The cap a `fee.guarantee` configuration declares for an amount: the lower of its
 * overall `rateCap` and the cap of the first band the amount falls in (`<= upTo` or
 * `< upTo`); null when it declares none (or the amount is past the last band). Computed
 * here from the data, independently of the building block it is checked against.
 *
 * @example
 * configCap({ rateCap: '0.012', bands: [{ upTo: '5000000', inclusive: true, cap: '0.01' }, { inclusive: true, cap: '0.015' }] },
 *   new Decimal('6000000'))?.toString(); // '0.012'
 */
export function configCap(config: FeeRuleConfig, amount: Decimal): Decimal | null {
  const overall = config.rateCap === undefined ? null : new Decimal(config.rateCap);
  if (!config.bands) return overall;
  const band = config.bands.find((b) => b.upTo === undefined || (b.inclusive ? amount.lte(b.upTo) : amount.lt(b.upTo)));
  return lower(overall, band ? new Decimal(band.cap) : null);
}

/**
 * The value of the policy-level cap parameter (default name `rateCap`) on a date, or null
 * when the policy has no such decimal parameter or no version is in force then.
 *
 * @example
 * parameterCap(urumqiPolicy, '2020-03-01')?.toString(); // '0.01'
 */
export function parameterCap(policy: Policy, asOf: string, name = 'rateCap'): Decimal | null {
  const p = policy.parameters?.[name];
  if (!p) return null;
  try {
    const v = versionAt(name, p, asOf).value;
    return typeof v === 'string' && DECIMAL.test(v) ? new Decimal(v) : null;
  } catch {
    return null;
  }
}

/**
 * The dates to price on so that every version of the cap parameter inside the policy's
 * window is seen: the window's start and each change of the parameter inside it.
 *
 * @example
 * capDates({ ...p, effective: { from: '2020-01-01' }, parameters: { rateCap: { ..., versions: [
 *   { from: '2019-01-01', to: '2020-06-30', value: '0.02' }, { from: '2020-07-01', value: '0.01' }] } } });
 * // ['2020-01-01', '2020-07-01']
 */
export function capDates(policy: Policy, name = 'rateCap'): string[] {
  const { from, to } = policy.effective;
  const dates = new Set([from]);
  for (const v of policy.parameters?.[name]?.versions ?? []) {
    for (const d of [v.from, v.to === undefined ? undefined : plusDays(v.to, 1)]) if (d !== undefined && d > from && (to === undefined || d <= to)) dates.add(d);
  }
  return [...dates].sort();
}

/**
 * The declared cap for a guarantee of `amount` priced on `asOf`: the lowest of the
 * configuration's caps for that amount ({@link configCap}) and the policy's cap parameter
 * on that date ({@link parameterCap}); null when neither declares anything.
 *
 * @example
 * declaredCap(policy, { bands: [{ inclusive: true, cap: '0.015' }] }, new Decimal('6000000'), '2020-03-01')?.toString();
 * // '0.01' when the policy's parameter rateCap is 0.01
 */
export function declaredCap(policy: Policy, config: FeeRuleConfig | null, amount: Decimal, asOf: string, parameter = 'rateCap'): Decimal | null {
  return lower(config ? configCap(config, amount) : null, parameterCap(policy, asOf, parameter));
}
