import fc from 'fast-check';

/** Fixtures and generators shared by the guarantee-fee policy tests (raw JSON guarantees). */

/** A raw JSON record (what the CLI reads). */
export type Raw = Record<string, unknown>;

/** A raw guarantee: 12 months from 2020-03-02, a small borrower unless told otherwise. */
export function guarantee(over: Raw = {}): Raw {
  return {
    id: 'G1',
    borrower: { size: 'small', keyEpidemicEnterprise: false },
    loanAmount: '5000000',
    kind: 'new',
    contractFeeRate: '0.02',
    termMonths: 12,
    startDate: '2020-03-02',
    ...over,
  };
}

/** A money string in yuan with 0..2 decimals, > 0 (biased to the 5,000,000 boundary). */
export const amountArb: fc.Arbitrary<string> = fc.oneof(
  fc.bigInt({ min: 1n, max: 100_000_000_00n }).map((fen) => (Number(fen % 100n) === 0 ? (fen / 100n).toString() : `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`)),
  fc.constantFrom('4999999.99', '5000000', '5000000.00', '5000000.01', '0.01'),
);

/** A contract fee rate with up to 5 decimals, 0..0.05 (biased to the caps). */
export const rateArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 5000 }).map((n) => `0.${n.toString().padStart(5, '0')}`),
  fc.constantFrom('0', '0.01', '0.015', '0.0100001', '0.0149999'),
);

/** A borrower: a size or none, a key-epidemic flag or none, or no borrower at all. */
export const borrowerArb: fc.Arbitrary<Raw | null> = fc.oneof(
  fc.constant(null),
  fc.record(
    { size: fc.constantFrom('micro', 'small', 'medium', 'large'), keyEpidemicEnterprise: fc.boolean() },
    { requiredKeys: [] },
  ),
);

/** A generated raw guarantee. */
export const guaranteeArb: fc.Arbitrary<Raw> = fc
  .record({
    borrower: borrowerArb,
    loanAmount: amountArb,
    kind: fc.constantFrom('new', 'extension', 'renewal'),
    contractFeeRate: rateArb,
    termMonths: fc.integer({ min: 1, max: 60 }),
    startDate: fc.constantFrom('2020-01-31', '2020-02-01', '2020-03-02', '2020-12-31', '2021-01-01'),
  })
  .map(({ borrower, ...rest }) => (borrower === null ? { id: 'G', ...rest } : { id: 'G', borrower, ...rest }));
