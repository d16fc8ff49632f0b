import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, listPolicies, parsePolicy, STDLIB, toJSON } from '../../src/index';
import { policyOf, rawLeaseArb, rawLoanArb, type Raw, type WindowTerms } from './deferral-fixtures';

/** Every deferral policy, the window its generator aims at, and asOf dates inside its effective window. */
const CASES: { id: string; window: WindowTerms; asOf: string[]; records: (w: WindowTerms) => fc.Arbitrary<Raw> }[] = [
  { id: 'cn.sme-loan-deferral.2020', window: { from: '2020-01-25', to: '2020-06-30' }, asOf: ['2020-03-01', '2020-06-30'], records: (w) => rawLoanArb(w, { deferTo: 'optional' }) },
  { id: 'cn.sme-loan-deferral.2020b', window: { from: '2020-06-01', to: '2020-12-31' }, asOf: ['2020-06-01', '2021-03-31'], records: (w) => rawLoanArb(w, { deferTo: 'optional' }) },
  { id: 'cn.sme-loan-deferral.2021', window: { from: '2021-04-01', to: '2021-12-31' }, asOf: ['2021-04-01', '2021-12-31'], records: (w) => rawLoanArb(w, { deferTo: 'optional' }) },
  { id: 'cn.sme-loan-deferral.2022q4', window: { from: '2022-10-01', to: '2022-12-31' }, asOf: ['2022-11-14', '2023-06-30'], records: (w) => rawLoanArb(w, { deferTo: 'optional' }) },
  { id: 'urumqi.microloan-deferral.2020', window: { from: '2020-01-24', to: '2020-06-30' }, asOf: ['2020-01-24', '2020-06-30'], records: (w) => rawLoanArb(w, { deferTo: 'none' }) },
  { id: 'urumqi.lease-deferral.2020', window: { from: '2020-01-24', to: '2020-04-30' }, asOf: ['2020-01-24', '2020-04-30'], records: (w) => rawLeaseArb(w) },
];

/** A generated record with a varied borrower (covered, not covered, unknown) for the loan policies. */
const withBorrower = (raw: Raw, borrower: Raw | null): Raw => {
  if (!('principal' in raw)) return raw;
  const { borrower: _, ...rest } = raw;
  return borrower === null ? rest : { ...rest, borrower };
};
const borrowerArb = fc.oneof(
  fc.constant(null),
  fc.record({ size: fc.constantFrom('micro', 'small', 'medium', 'large') }),
  fc.record({ size: fc.constantFrom('small', 'large'), regionCode: fc.constantFrom('420100', '650100'), creditLine: fc.constantFrom('10000000', '10000000.01') }),
);

describe('deferral policies: catalog and metadata', () => {
  it('all six are in the catalog, the Urumqi ones marked illustrative', () => {
    const ids = listPolicies().map((p) => p.id);
    for (const c of CASES) expect(ids).toContain(c.id);
    for (const c of CASES) expect(policyOf(c.id).illustrative === true).toBe(c.id.startsWith('urumqi.'));
  });

  it('every criterion and every deferral definition is cited with a quote', () => {
    for (const c of CASES) {
      const p = policyOf(c.id);
      expect(p.definitions?.['deferral']?.cite?.quote).toBeTruthy();
      const crit = JSON.stringify(p.eligibility).match(/"kind":"criterion"/g) ?? [];
      const quotes = JSON.stringify(p.eligibility).match(/"quote":/g) ?? [];
      expect(quotes.length).toBe(crit.length);
    }
  });
});

describe.each(CASES)('$id: JSON round trip', ({ id, window, asOf, records }) => {
  const p = policyOf(id);
  const back = parsePolicy(JSON.parse(JSON.stringify(toJSON(p))), { functions: STDLIB });

  it('toJSON -> JSON text -> parsePolicy deep-equals the policy', () => {
    expect(back).toEqual(p);
  });

  it('the parsed policy evaluates generated records identically', () => {
    const a = compile(p);
    const b = compile(back);
    fc.assert(
      fc.property(records(window), borrowerArb, fc.constantFrom(...asOf), (raw, borrower, date) => {
        const record = withBorrower(raw, borrower);
        expect(JSON.stringify(b.evaluate(record, { asOf: date, trace: true }))).toBe(JSON.stringify(a.evaluate(record, { asOf: date, trace: true })));
      }),
      { numRuns: 60 },
    );
  });
});
