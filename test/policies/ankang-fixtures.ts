import fc from 'fast-check';
import { Decimal } from '../../src/models/decimal';

/** Fixtures and generators shared by the ankang.awards.2019 tests (raw JSON applications). */

/** A raw JSON record (what the CLI reads). */
export type Raw = Record<string, unknown>;

/** A raw application. */
export const app = (items: Raw[], review = 'approved', id = 'A1'): Raw => ({ id, applicant: { name: '安康示例企业' }, review, items });

const money = (maxFen: number) => fc.integer({ min: 0, max: maxFen }).map((fen) => new Decimal(fen).div(100).toFixed(2));

/** A claimed item of any kind, with figures around and beyond the caps. */
export const itemArb: fc.Arbitrary<Raw> = fc.oneof(
  money(2_000_000_000).map((equipmentInvestment) => ({ kind: 'techTransformation', equipmentInvestment })),
  money(800_000_000).map((rdExpense) => ({ kind: 'newProduct', rdExpense })),
  fc.integer({ min: 0, max: 15 }).map((n) => ({ kind: 'talent', talents: n })),
  money(900_000_000).map((contractAmount) => ({ kind: 'techTransfer', contractAmount })),
  fc.boolean().map((b) => ({ kind: 'hnte', firstRecognition: b })),
  fc.record({ kind: fc.constant('ip'), inventionPatents: fc.integer({ min: 0, max: 30 }), utilityModels: fc.integer({ min: 0, max: 60 }) }),
  fc.constantFrom('shareholdingReform', 'filingAccepted', 'listed').map((stage) => ({ kind: 'listing', stage })),
  money(40_000_000).map((exhibitionFees) => ({ kind: 'marketExpansion', exhibitionFees })),
);

/** An application's items and review (approved most often). */
export const appArb = fc.record({ items: fc.array(itemArb, { maxLength: 6 }), review: fc.constantFrom('approved', 'approved', 'approved', 'rejected', 'pending') });
