import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../../src/models/decimal';
import { EnterpriseSchema } from '../../src/models/enterprise';
import { parseModel } from '../../src/models/issues';

/** A plain decimal string in [0, 10^max) with up to 6 decimals. */
const decimalString = (maxIntDigits: number) =>
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(maxIntDigits + 6) - 1n }), fc.integer({ min: 0, max: 6 })).map(([n, scale]) => {
    const digits = (n / 10n ** BigInt(6 - scale)).toString().padStart(scale + 1, '0');
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });

const money = fc.oneof(decimalString(15), fc.double({ min: 0, max: 1e15, noNaN: true }), fc.nat());
const signedMoney = fc.oneof(money, decimalString(12).map((s) => (s === '0' ? s : `-${s}`)));
const score = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((n) => (n % 2 === 0 ? n / 10 : `${Math.floor(n / 10)}.${n % 10}`));
const count = fc.oneof(fc.maxSafeNat(), fc.nat().map(String));
const bool = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'));
const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** A fact: present, null (unknown) or absent (see `requiredKeys: []`). */
const fact = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const optional = { requiredKeys: [] as never[] };

const financialYear = fc.record(
  {
    year: fc.integer({ min: 1900, max: 2200 }),
    salesRevenue: fact(money),
    totalRevenue: fact(money),
    rdExpense: fact(money),
    rdExpenseDomestic: fact(money),
    hiTechRevenue: fact(money),
    netAssets: fact(signedMoney),
    costsAndExpenses: fact(money),
  },
  { requiredKeys: ['year'] },
);

const enterprise = fc.record(
  {
    id: fact(fc.oneof(fc.string({ minLength: 1 }), fc.nat())),
    name: fact(fc.string()),
    asOf: fact(date),
    registeredOn: fact(date),
    residentInMainland: fact(bool),
    employees: fact(count),
    stStaff: fact(count),
    stStaffCollege: fact(count),
    rdStaff: fact(count),
    totalAssets: fact(money),
    financials: fact(fc.uniqueArray(financialYear, { selector: (f) => f.year, maxLength: 4 })),
    ip: fact(fc.record({ ownsCoreIp: fact(bool), classI: fact(count), classII: fact(count) }, optional)),
    inKeyTechField: fact(bool),
    innovationScore: fact(score(100)),
    innovation: fact(fc.record({ ip: fact(score(30)), conversion: fact(score(30)), rdManagement: fact(score(20)) }, optional)),
    incidents: fact(fc.array(fc.record({ kind: fc.constantFrom('safety', 'quality', 'environmental', 'dishonesty'), date }), { maxLength: 3 })),
    restrictedIndustry: fact(bool),
    abnormalOperationList: fact(bool),
    seriousDishonestyList: fact(bool),
    hnteCertificateValidUntil: fact(date),
    nationalStAwardTop3Within5y: fact(bool),
    provincialRdInstitution: fact(bool),
    ledStandardWithin5y: fact(bool),
    size: fact(fc.constantFrom('micro', 'small', 'medium', 'large')),
    keyEpidemicEnterprise: fact(bool),
  },
  optional,
);

/** Parsed value back to JSON input: decimals as plain strings, unknown facts dropped. */
function serialize(x: unknown): unknown {
  if (isDecimal(x)) return x.toFixed();
  if (Array.isArray(x)) return x.map(serialize);
  if (typeof x === 'object' && x !== null)
    return Object.fromEntries(Object.entries(x).flatMap(([k, v]) => (v === undefined ? [] : [[k, serialize(v)]])));
  return x;
}

describe('EnterpriseSchema (properties)', () => {
  it('any valid enterprise parses, and its serialisation parses to the same value', () => {
    fc.assert(
      fc.property(enterprise, (raw) => {
        const first = parseModel(EnterpriseSchema, raw);
        if (!first.ok) throw new Error(JSON.stringify(first.issues));
        const text = serialize(first.value);
        const second = parseModel(EnterpriseSchema, JSON.parse(JSON.stringify(text)));
        if (!second.ok) throw new Error(JSON.stringify(second.issues));
        expect(serialize(second.value)).toEqual(text);
      }),
    );
  });

  it('money keeps the exact decimal of its input; null facts come out undefined', () => {
    fc.assert(
      fc.property(enterprise, (raw) => {
        const e = EnterpriseSchema.parse(raw);
        if (raw.totalAssets === null || raw.totalAssets === undefined) expect(e.totalAssets).toBeUndefined();
        else expect(e.totalAssets?.eq(new Decimal(String(raw.totalAssets)))).toBe(true);
        for (const [key, value] of Object.entries(raw)) {
          if (value === null) expect(e[key as keyof typeof e]).toBeUndefined();
          else expect(e[key as keyof typeof e]).toBeDefined();
        }
      }),
    );
  });
});
