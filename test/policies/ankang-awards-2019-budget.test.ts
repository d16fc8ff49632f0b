import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, evaluateBatch, getPolicy, type Policy } from '../../src/index';
import { Decimal } from '../../src/models/decimal';
import { app, appArb, type Raw } from './ankang-fixtures';

const compiled = compile(getPolicy('ankang.awards.2019') as Policy);
const AS_OF = '2020-04-20';
const allocate = (apps: Raw[], budget?: string) => evaluateBatch(compiled, apps, { asOf: AS_OF, ...(budget === undefined ? {} : { batch: { budget } }) });
const values = (r: ReturnType<typeof allocate>) => r.summaries[0]?.values as Record<string, unknown>;

/** The seed's year: 98 recipients, 16,500,000 in all: 82 x 150,000 + 16 x (100,000 + 162,500) = 12,300,000 + 4,200,000. */
function seedApplications(): Raw[] {
  const apps: Raw[] = [];
  for (let i = 0; i < 82; i++) apps.push(app([{ kind: 'newProduct', rdExpense: '1500000' }], 'approved', `S${i + 1}`));
  for (let i = 0; i < 16; i++) apps.push(app([{ kind: 'hnte', firstRecognition: false }, { kind: 'newProduct', rdExpense: '1625000' }], 'approved', `T${i + 1}`));
  return apps;
}

describe('ankang.awards.2019: budget allocation (budget.allocate)', () => {
  it('the seed year: 98 recipients, 16,500,000 of awards fit the default budget exactly', () => {
    const r = allocate([...seedApplications(), app([{ kind: 'talent', talents: 2 }], 'rejected', 'R1'), app([{ kind: 'talent', talents: 2 }], 'pending', 'P1')]);
    expect(values(r)).toEqual({
      budget: '16500000.00', totalApproved: '16500000.00', allocated: '16500000.00', unallocated: '0.00', scaled: false, factor: '1', leftoverFen: 0,
      recipients: 98, eligible: 98, ineligible: 1, pending: 1, errors: 0,
    });
    expect(r.rows.slice(0, 98).every((row) => row.outputs['allocated'] === row.outputs['award'])).toBe(true);
    expect(r.rows[98]?.outputs['allocated']).toBe('0.00');
    expect(r.rows[99]?.outputs['allocated']).toBeNull();
  });

  it('a short budget is shared exactly: 1,000,000.00 over 300,000 + 200,000 + 100,000.01', () => {
    const apps = [
      app([{ kind: 'talent', talents: 10 }], 'approved', 'A'), // 300,000
      app([{ kind: 'hnte', firstRecognition: true }], 'approved', 'B'), // 200,000
      app([{ kind: 'hnte', firstRecognition: false }, { kind: 'marketExpansion', exhibitionFees: '0.02' }], 'approved', 'C'), // 100,000.01
    ];
    const r = allocate(apps, '500000');
    // factor 500,000 / 600,000.01; A: 249,999.99583.. -> 249,999.99 (+1 fen, largest remainder) ; B: 166,666.66388.. -> 166,666.66 ; C: 83,333.34027.. -> 83,333.34
    expect(r.rows.map((row) => row.outputs['allocated'])).toEqual(['250000.00', '166666.66', '83333.34']);
    expect(values(r)).toMatchObject({ budget: '500000.00', totalApproved: '600000.01', allocated: '500000.00', scaled: true, leftoverFen: 1, recipients: 3 });
  });

  it('the run option overrides the budget; a malformed one is refused before any row', () => {
    expect(values(allocate(seedApplications(), '16500000.00'))['scaled']).toBe(false);
    expect(values(allocate(seedApplications(), '16499999.99'))['scaled']).toBe(true);
    expect(() => allocate(seedApplications(), '1e7')).toThrow(/budget must be money/);
    expect(() => allocate(seedApplications(), '-5')).toThrow(/budget must be money/);
  });

  it('property: allocations add up to min(budget, approved total) exactly; none above its award; only eligible rows funded', () => {
    fc.assert(
      fc.property(fc.array(appArb, { maxLength: 12 }), fc.bigInt({ min: 0n, max: 1_000_000_000n }), (specs, budgetFen) => {
        const budget = new Decimal(budgetFen.toString()).div(100).toFixed(2);
        const r = allocate(specs.map((s, i) => app(s.items, s.review, `G${i}`)), budget);
        let total = new Decimal(0);
        let sum = new Decimal(0);
        for (const row of r.rows) {
          const allocated = row.outputs['allocated'];
          if (row.status === 'eligible') {
            total = total.plus(row.outputs['award'] as string);
            sum = sum.plus(allocated as string);
            expect(new Decimal(allocated as string).lte(row.outputs['award'] as string)).toBe(true);
            expect(new Decimal(allocated as string).gte(0)).toBe(true);
          } else expect(allocated).toBe(row.status === 'ineligible' ? '0.00' : null);
        }
        expect(sum.eq(Decimal.min(total, budget))).toBe(true);
        expect(values(r)['allocated']).toBe(sum.toFixed(2));
      }),
    );
  });
});
