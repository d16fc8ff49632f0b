import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, evaluateBatch, getPolicy, parsePolicy, STDLIB, toJSON, type Policy } from '../../src/index';
import { Decimal } from '../../src/models/decimal';
import { toFen } from '../../src/models/rounding';
import { guarantee, guaranteeArb, type Raw } from './guarantee-fixtures';

const policy = getPolicy('cn.gov-guarantee-fee.2019') as Policy;
const compiled = compile(policy);
const AS_OF = '2020-03-31';
const run = (over: Raw) => compiled.evaluate(guarantee(over), { asOf: AS_OF });

describe('cn.gov-guarantee-fee.2019: per-guarantee caps', () => {
  it('in the catalog, not illustrative, every criterion quoted', () => {
    expect(policy.illustrative).toBeUndefined();
    expect(JSON.stringify(policy.eligibility)).toContain('"quote"');
  });

  it('5,000,000 exactly is "500万元及以下": capped at 1%', () => {
    // 5,000,000 x 0.01 x 12/12 = 50,000.00; at the contract's 2%: 100,000.00
    const r = run({ loanAmount: '5000000', contractFeeRate: '0.02' });
    expect(r.status).toBe('eligible');
    expect(r.outputs).toMatchObject({ rate: '0.01', cap: '0.01', fee: '50000.00', feeAtContract: '100000.00', waived: '50000.00', withinSmallLimit: true, smallMicroAgri: true });
  });

  it('5,000,000.01 is above: the 1.5% band', () => {
    // 5,000,000.01 x 0.015 = 75,000.00015 -> 75,000.00; x 0.02 = 100,000.0002 -> 100,000.00
    const r = run({ loanAmount: '5000000.01', contractFeeRate: '0.02' });
    expect(r.outputs).toMatchObject({ rate: '0.015', cap: '0.015', fee: '75000.00', feeAtContract: '100000.00', waived: '25000.00', withinSmallLimit: false });
  });

  it('the 1.5% band: exactly 1.5% is not reduced, 1.50001% is', () => {
    // 6,000,000 x 0.015 = 90,000
    expect(run({ loanAmount: '6000000', contractFeeRate: '0.015' }).outputs).toMatchObject({ rate: '0.015', fee: '90000.00', waived: '0.00' });
    // 6,000,000 x 0.0150001 = 90,000.60 at the contract rate; 90,000.00 charged
    expect(run({ loanAmount: '6000000', contractFeeRate: '0.0150001' }).outputs).toMatchObject({ rate: '0.015', fee: '90000.00', feeAtContract: '90000.60', waived: '0.60' });
  });

  it('a contract rate under the cap is kept; the term counts in months', () => {
    // 1,000,000 x 0.008 x 7/12 = 4,666.666.. -> 4,666.67
    expect(run({ loanAmount: '1000000', contractFeeRate: '0.008', termMonths: 7 }).outputs).toMatchObject({ rate: '0.008', fee: '4666.67', waived: '0.00' });
  });

  it('a large borrower is outside the caps: ineligible, charged the contract rate, nothing waived', () => {
    const r = run({ borrower: { size: 'large' }, loanAmount: '1000000', contractFeeRate: '0.02' });
    expect(r.status).toBe('ineligible');
    expect(r.failed).toEqual(['smallMicroBorrower']);
    expect(r.outputs).toMatchObject({ rate: '0.02', fee: '20000.00', waived: '0.00', smallMicroAgri: false });
  });

  it('an unknown size is undetermined, missing borrower.size', () => {
    const r = run({ borrower: {} });
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['borrower.size']);
    expect(r.outputs['rate']).toBeNull();
    expect(r.outputs['smallMicroAgri']).toBeNull();
  });
});

/** A book of 15,000,000: 支小支农 12,000,000 (80% exactly), of which <= 5,000,000: 6,000,000 (50% exactly); average rate 1% exactly. */
const BOOK: Raw[] = [
  guarantee({ id: 'a', loanAmount: '6000000', contractFeeRate: '0.015' }), // 6,000,000 x 0.015 = 90,000
  guarantee({ id: 'c', loanAmount: '3000000', contractFeeRate: '0.005' }), // 15,000
  guarantee({ id: 'd', borrower: { size: 'micro' }, loanAmount: '3000000', contractFeeRate: '0.005' }), // 15,000
  guarantee({ id: 'e', borrower: { size: 'large' }, loanAmount: '3000000', contractFeeRate: '0.01' }), // 30,000 -> 150,000 / 15,000,000 = 0.01
];
const portfolio = (records: Raw[]) => {
  const { summaries } = evaluateBatch(compiled, records, { asOf: AS_OF });
  expect(summaries.map((s) => s.fn)).toEqual(['portfolio.guarantees']);
  return summaries[0]?.values as Record<string, Record<string, unknown>>;
};

describe('cn.gov-guarantee-fee.2019: portfolio targets over a batch', () => {
  it('at every target exactly: average 1%, 支小支农 80%, of which <= 5,000,000 50%', () => {
    const v = portfolio(BOOK);
    expect(v['count']).toBe(4);
    expect(v['totalAmount']).toBe('15000000.00');
    expect(v['averageRate']).toEqual({ value: '0.0100', target: '0.01', withinTarget: true, unknownRows: 0 });
    expect(v['smallMicroAgriShare']).toEqual({ value: '0.8000', amount: '12000000.00', count: 3, of: '15000000.00', atLeast: '0.8', meetsMinimum: true, unknownRows: 0 });
    expect(v['smallLimitShare']).toEqual({ value: '0.5000', amount: '6000000.00', count: 2, of: '12000000.00', atLeast: '0.5', meetsMinimum: true, unknownRows: 0 });
  });

  it('a hair over the average, a fen short of each share: every target missed', () => {
    const v = portfolio([BOOK[0] as Raw, BOOK[1] as Raw, BOOK[2] as Raw, guarantee({ id: 'e', borrower: { size: 'large' }, loanAmount: '3000000.01', contractFeeRate: '0.0100001' })]);
    expect((v['averageRate'] as Record<string, unknown>)['withinTarget']).toBe(false);
    expect((v['smallMicroAgriShare'] as Record<string, unknown>)['meetsMinimum']).toBe(false);
    const w = portfolio([guarantee({ id: 'a', loanAmount: '6000000.01', contractFeeRate: '0.015' }), BOOK[1] as Raw, BOOK[2] as Raw, BOOK[3] as Raw]);
    expect((w['smallLimitShare'] as Record<string, unknown>)['meetsMinimum']).toBe(false);
    expect((w['smallMicroAgriShare'] as Record<string, unknown>)['meetsMinimum']).toBe(true);
  });

  it('an error row is not counted; an unknown size leaves the verdicts open (null), never guessed', () => {
    const v = portfolio([...BOOK, { loanAmount: 'lots' }, guarantee({ id: 'u', borrower: {}, loanAmount: '1', contractFeeRate: '0.001' })]);
    expect(v['count']).toBe(5);
    expect(v['errorRows']).toBe(1);
    expect(v['averageRate']).toMatchObject({ withinTarget: null, unknownRows: 1 });
    expect(v['smallMicroAgriShare']).toMatchObject({ meetsMinimum: null, unknownRows: 1 });
    expect(v['smallLimitShare']).toMatchObject({ meetsMinimum: null, unknownRows: 1 });
  });

  it('an empty batch has no average and no shares', () => {
    const v = portfolio([]);
    expect(v['averageRate']).toMatchObject({ value: null, withinTarget: null });
    expect(v['smallMicroAgriShare']).toMatchObject({ value: null, meetsMinimum: null });
  });
});

describe('cn.gov-guarantee-fee.2019: properties', () => {
  it('a small/micro guarantee is charged min(contract, cap by amount); fee = amount x rate x months / 12 at the fen; nothing negative', () => {
    fc.assert(
      fc.property(guaranteeArb, (raw) => {
        const r = compiled.evaluate({ ...raw, borrower: { size: 'small' } }, { asOf: AS_OF });
        expect(r.status).toBe('eligible');
        const amount = new Decimal(raw['loanAmount'] as string);
        const cap = new Decimal(amount.lte(5000000) ? '0.01' : '0.015');
        const rate = Decimal.min(cap, new Decimal(raw['contractFeeRate'] as string));
        expect(new Decimal(r.outputs['rate'] as string).eq(rate)).toBe(true);
        expect(r.outputs['fee']).toBe(toFen(amount.times(rate).times(raw['termMonths'] as number).div(12)).toFixed(2));
        expect(new Decimal(r.outputs['waived'] as string).gte(0)).toBe(true);
        expect(new Decimal(r.outputs['fee'] as string).plus(r.outputs['waived'] as string).toFixed(2)).toBe(r.outputs['feeAtContract']);
      }),
    );
  });

  it('JSON round trip: same policy, same results', () => {
    const back = parsePolicy(JSON.parse(JSON.stringify(toJSON(policy))), { functions: STDLIB });
    expect(back).toEqual(policy);
    const other = compile(back);
    fc.assert(
      fc.property(guaranteeArb, (raw) => {
        expect(JSON.stringify(other.evaluate(raw, { asOf: AS_OF, trace: true }))).toBe(JSON.stringify(compiled.evaluate(raw, { asOf: AS_OF, trace: true })));
      }),
    );
  });
});
