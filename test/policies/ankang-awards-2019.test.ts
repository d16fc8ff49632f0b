import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, getPolicy, parsePolicy, STDLIB, toJSON, type Policy } from '../../src/index';
import { Decimal } from '../../src/models/decimal';
import { app, appArb, type Raw } from './ankang-fixtures';

const policy = getPolicy('ankang.awards.2019') as Policy;
const compiled = compile(policy);
const AS_OF = '2020-04-20';
const run = (items: Raw[], review = 'approved') => compiled.evaluate(app(items, review), { asOf: AS_OF });
const item = (items: Raw[]) => (run(items).outputs['items'] as Raw[])[0];

describe('ankang.awards.2019: item awards', () => {
  it('illustrative, sourced from the seed article', () => {
    expect(policy.illustrative).toBe(true);
    expect(policy.sources.map((s) => s.id)).toEqual(['ankangSeed2020']);
  });

  it('worked example: every kind once, the applicant cap binds', () => {
    const r = run([
      { kind: 'techTransformation', equipmentInvestment: '13000000' }, // 1,040,000 -> cap 1,000,000
      { kind: 'newProduct', rdExpense: '1200000' }, // 120,000
      { kind: 'talent', talents: 3 }, // 90,000
      { kind: 'techTransfer', contractAmount: '2000000' }, // 100,000
      { kind: 'hnte', firstRecognition: true }, // 200,000
      { kind: 'ip', inventionPatents: 5, utilityModels: 10 }, // 50,000 + 10,000 = 60,000
      { kind: 'listing', stage: 'shareholdingReform' }, // 500,000
      { kind: 'marketExpansion', exhibitionFees: '150000' }, // 75,000
    ]);
    expect(r.status).toBe('eligible');
    expect(r.outputs['items']).toEqual([
      { kind: 'techTransformation', amount: '1000000.00', cappedBy: 'itemCap' },
      { kind: 'newProduct', amount: '120000.00', cappedBy: null },
      { kind: 'talent', amount: '90000.00', cappedBy: null },
      { kind: 'techTransfer', amount: '100000.00', cappedBy: null },
      { kind: 'hnte', amount: '200000.00', cappedBy: null },
      { kind: 'ip', amount: '60000.00', cappedBy: null },
      { kind: 'listing', amount: '500000.00', cappedBy: null },
      { kind: 'marketExpansion', amount: '75000.00', cappedBy: null },
    ]);
    // 1,000,000 + 120,000 + 90,000 + 100,000 + 200,000 + 60,000 + 500,000 + 75,000 = 2,145,000 -> 2,000,000
    expect(r.outputs).toMatchObject({ itemsTotal: '2145000.00', award: '2000000.00', awardCappedBy: 'applicantAnnualCap' });
  });

  it('equipment 1,999,999.99 earns nothing (and alone is no award); 2,000,000 earns 8% = 160,000.00', () => {
    const below = run([{ kind: 'techTransformation', equipmentInvestment: '1999999.99' }]);
    expect(below.outputs['items']).toEqual([{ kind: 'techTransformation', amount: '0.00', cappedBy: null }]);
    expect(below.status).toBe('ineligible');
    expect(below.failed).toEqual(['positiveAward']);
    expect(item([{ kind: 'techTransformation', equipmentInvestment: '2000000' }])).toEqual({ kind: 'techTransformation', amount: '160000.00', cappedBy: null });
  });

  it('each cap exactly reached is not "capped"; a fen over it is', () => {
    const cases: [Raw, Raw, string][] = [
      // 12,500,000 x 8% = 1,000,000; 12,500,000.13 x 8% = 1,000,000.0104 -> 1,000,000.01
      [{ kind: 'techTransformation', equipmentInvestment: '12500000' }, { kind: 'techTransformation', equipmentInvestment: '12500000.13' }, '1000000.00'],
      // 5,000,000 x 10% = 500,000; 5,000,000.10 x 10% = 500,000.01
      [{ kind: 'newProduct', rdExpense: '5000000' }, { kind: 'newProduct', rdExpense: '5000000.10' }, '500000.00'],
      // 10 x 30,000 = 300,000; 11 -> 330,000 (the unit is a person: the nearest step above)
      [{ kind: 'talent', talents: 10 }, { kind: 'talent', talents: 11 }, '300000.00'],
      // 6,000,000 x 5% = 300,000; 6,000,000.20 x 5% = 300,000.01
      [{ kind: 'techTransfer', contractAmount: '6000000' }, { kind: 'techTransfer', contractAmount: '6000000.20' }, '300000.00'],
      // 20 x 10,000 = 200,000; 20 x 10,000 + 1 x 1,000 = 201,000
      [{ kind: 'ip', inventionPatents: 20, utilityModels: 0 }, { kind: 'ip', inventionPatents: 20, utilityModels: 1 }, '200000.00'],
      // 200,000 x 50% = 100,000; 200,000.02 x 50% = 100,000.01
      [{ kind: 'marketExpansion', exhibitionFees: '200000' }, { kind: 'marketExpansion', exhibitionFees: '200000.02' }, '100000.00'],
    ];
    for (const [at, over, cap] of cases) {
      expect(item([at])).toEqual({ kind: at['kind'], amount: cap, cappedBy: null });
      expect(item([over])).toEqual({ kind: over['kind'], amount: cap, cappedBy: 'itemCap' });
    }
  });

  it('rounded half-up to the fen before the cap: 0.01 x 50% = 0.005 -> 0.01; 0.04 x 10% = 0.004 -> 0.00', () => {
    expect(item([{ kind: 'marketExpansion', exhibitionFees: '0.01' }])).toMatchObject({ amount: '0.01' });
    expect(item([{ kind: 'newProduct', rdExpense: '0.04' }])).toMatchObject({ amount: '0.00' });
  });

  it('high-tech recognition: 200,000 first, 100,000 renewal, no cap; listing by stage', () => {
    expect(item([{ kind: 'hnte', firstRecognition: false }])).toMatchObject({ amount: '100000.00' });
    expect(item([{ kind: 'listing', stage: 'filingAccepted' }])).toMatchObject({ amount: '1000000.00' });
    expect(item([{ kind: 'listing', stage: 'listed' }])).toMatchObject({ amount: '1500000.00' });
  });

  it('a listing stage claimed twice is paid once; two stages in one year are both paid', () => {
    const twice = run([{ kind: 'listing', stage: 'listed' }, { kind: 'listing', stage: 'listed' }]);
    expect(twice.outputs['items']).toEqual([{ kind: 'listing', amount: '1500000.00', cappedBy: null }, { kind: 'listing', amount: '0.00', cappedBy: 'oncePerStage' }]);
    expect(twice.outputs['award']).toBe('1500000.00');
    const two = run([{ kind: 'listing', stage: 'shareholdingReform' }, { kind: 'listing', stage: 'filingAccepted' }]);
    expect(two.outputs).toMatchObject({ itemsTotal: '1500000.00', award: '1500000.00', awardCappedBy: null });
  });

  it('per-applicant cap: 2,000,000 exactly is not capped; 2,000,000.01 is', () => {
    const base = [{ kind: 'listing', stage: 'listed' }, { kind: 'talent', talents: 10 }, { kind: 'hnte', firstRecognition: true }]; // 1,500,000 + 300,000 + 200,000
    expect(run(base).outputs).toMatchObject({ itemsTotal: '2000000.00', award: '2000000.00', awardCappedBy: null });
    const over = run([...base, { kind: 'marketExpansion', exhibitionFees: '0.02' }]); // + 0.01
    expect(over.outputs).toMatchObject({ itemsTotal: '2000000.01', award: '2000000.00', awardCappedBy: 'applicantAnnualCap' });
  });
});

describe('ankang.awards.2019: review', () => {
  it('rejected: ineligible, award 0', () => {
    const r = run([{ kind: 'newProduct', rdExpense: '1200000' }], 'rejected');
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['reviewApproved']);
    expect(r.outputs).toMatchObject({ itemsTotal: '120000.00', award: '0.00' });
  });

  it('pending: undetermined with a reason, nothing missing, award not yet known', () => {
    const r = run([{ kind: 'newProduct', rdExpense: '1200000' }], 'pending');
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual([]);
    expect(r.criteria.find((c) => c.id === 'reviewApproved')).toMatchObject({ result: 'unknown', reason: 'the joint review (联合审查) is still pending' });
    expect(r.outputs['award']).toBeNull();
  });

  it('a claim of an unknown kind is an input error', () => {
    expect(run([{ kind: 'lottery', amount: '1' }]).status).toBe('error');
  });
});

const CAPS: Record<string, string> = { techTransformation: '1000000', newProduct: '500000', talent: '300000', techTransfer: '300000', ip: '200000', marketExpansion: '100000' };

describe('ankang.awards.2019: properties', () => {
  it('awards never exceed the item caps or the applicant cap', () => {
    fc.assert(
      fc.property(appArb, ({ items, review }) => {
        const r = run(items, review);
        const byKind = new Map<string, Decimal>();
        for (const it of r.outputs['items'] as { kind: string; amount: string }[]) byKind.set(it.kind, (byKind.get(it.kind) ?? new Decimal(0)).plus(it.amount));
        for (const [kind, total] of byKind) if (CAPS[kind]) expect(total.lte(CAPS[kind] as string)).toBe(true);
        if (r.outputs['award'] !== null) expect(new Decimal(r.outputs['award'] as string).lte(Decimal.min('2000000', r.outputs['itemsTotal'] as string))).toBe(true);
        expect(r.status).toBe(review === 'rejected' ? 'ineligible' : r.outputs['itemsTotal'] === '0.00' ? 'ineligible' : review === 'pending' ? 'undetermined' : 'eligible');
      }),
    );
  });

  it('JSON round trip: same policy, same results', () => {
    const back = parsePolicy(JSON.parse(JSON.stringify(toJSON(policy))), { functions: STDLIB });
    expect(back).toEqual(policy);
    const other = compile(back);
    fc.assert(
      fc.property(appArb, ({ items, review }) => {
        const rec = app(items, review);
        expect(JSON.stringify(other.evaluate(rec, { asOf: AS_OF, trace: true }))).toBe(JSON.stringify(compiled.evaluate(rec, { asOf: AS_OF, trace: true })));
      }),
    );
  });
});
