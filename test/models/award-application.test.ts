import { describe, expect, it } from 'vitest';
import { AwardApplicationSchema } from '../../src/models/award-application';
import { parseModel } from '../../src/models/issues';

const application = {
  id: 'A1',
  applicant: { name: '安康某企业' },
  review: 'approved',
  items: [
    { kind: 'techTransformation', equipmentInvestment: '2000000' },
    { kind: 'newProduct', rdExpense: 1200000 },
    { kind: 'talent', talents: '3' },
    { kind: 'techTransfer', contractAmount: '800000' },
    { kind: 'hnte', firstRecognition: 'true' },
    { kind: 'ip', inventionPatents: 2, utilityModels: 5 },
    { kind: 'listing', stage: 'filingAccepted' },
    { kind: 'marketExpansion', exhibitionFees: '150000.50' },
  ],
};

describe('AwardApplicationSchema', () => {
  it('parses every item kind with its own fields', () => {
    const a = AwardApplicationSchema.parse(application);
    expect(a.review).toBe('approved');
    expect(a.items.map((i) => i.kind)).toEqual([
      'techTransformation',
      'newProduct',
      'talent',
      'techTransfer',
      'hnte',
      'ip',
      'listing',
      'marketExpansion',
    ]);
    const [tt, , talent, , hnte, ip, listing, market] = a.items;
    expect(tt?.kind === 'techTransformation' && tt.equipmentInvestment.toString()).toBe('2000000');
    expect(talent).toEqual({ kind: 'talent', talents: 3 });
    expect(hnte).toEqual({ kind: 'hnte', firstRecognition: true });
    expect(ip).toEqual({ kind: 'ip', inventionPatents: 2, utilityModels: 5 });
    expect(listing).toEqual({ kind: 'listing', stage: 'filingAccepted' });
    expect(market?.kind === 'marketExpansion' && market.exhibitionFees.toString()).toBe('150000.5');
  });

  it('an empty item list is valid; review is required', () => {
    expect(AwardApplicationSchema.parse({ review: 'pending', items: [] }).items).toEqual([]);
    expect(parseModel(AwardApplicationSchema, { items: [] })).toEqual({
      ok: false,
      issues: [{ path: 'review', message: "missing: expected one of 'approved', 'rejected', 'pending'" }],
    });
  });

  it('rejects unknown kinds, fields of another kind and missing figures at their paths', () => {
    const raw = {
      review: 'approved',
      items: [
        { kind: 'lottery' },
        { amount: 1 },
        { kind: 'newProduct', equipmentInvestment: '1' },
        { kind: 'ip', inventionPatents: 1 },
        { kind: 'listing', stage: 'ipo' },
      ],
    };
    const kinds = "'techTransformation', 'newProduct', 'talent', 'techTransfer', 'hnte', 'ip', 'listing', 'marketExpansion'";
    expect(parseModel(AwardApplicationSchema, raw)).toEqual({
      ok: false,
      issues: [
        { path: 'items[0].kind', message: `expected one of ${kinds}, got 'lottery'` },
        { path: 'items[1].kind', message: `missing: expected one of ${kinds}` },
        { path: 'items[2].rdExpense', message: 'missing: expected a decimal string or number' },
        { path: 'items[2].equipmentInvestment', message: "unknown key 'equipmentInvestment'" },
        { path: 'items[3].utilityModels', message: 'missing: expected a whole number' },
        { path: 'items[4].stage', message: "expected one of 'shareholdingReform', 'filingAccepted', 'listed', got 'ipo'" },
      ],
    });
  });
});
