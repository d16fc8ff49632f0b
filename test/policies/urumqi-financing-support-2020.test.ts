import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, evaluateBatch, getPolicy, parsePolicy, STDLIB, toJSON, type Policy } from '../../src/index';
import { Decimal } from '../../src/models/decimal';
import { guarantee, guaranteeArb, type Raw } from './guarantee-fixtures';

const policy = getPolicy('urumqi.financing-support.2020') as Policy;
const compiled = compile(policy);
const AS_OF = '2020-03-31';
const run = (over: Raw, asOf = AS_OF) => compiled.evaluate(guarantee(over), { asOf });
const key = (flag: boolean) => ({ borrower: { size: 'small', keyEpidemicEnterprise: flag } });

describe('urumqi.financing-support.2020: one guarantee', () => {
  it('in the catalog, sources the seed article and the two MOF notices', () => {
    expect(policy.sources.map((s) => s.id)).toEqual(['urumqiSeed2020', 'caijin2020n3', 'caijin2020n19']);
    expect(policy.sources.map((s) => s.number ?? null)).toEqual([null, '财金〔2020〕3号', '财金〔2020〕19号']);
  });

  it('a key epidemic-prevention firm: 1% cap, the treasury pays it all, no counter-guarantee', () => {
    // 10,000,000 x 0.01 = 100,000.00 charged; at the contract's 2%: 200,000.00; waived 100,000.00
    const r = run({ ...key(true), loanAmount: '10000000', contractFeeRate: '0.02' });
    expect(r.status).toBe('eligible');
    expect(r.outputs).toEqual({
      kind: 'new', loanAmount: '10000000.00', rate: '0.01', fee: '100000.00', feeAtContract: '200000.00', waived: '100000.00',
      subsidy: '100000.00', payable: '0.00', counterGuaranteeRequired: false,
    });
  });

  it('another firm pays the capped fee itself and gives a counter-guarantee', () => {
    // renewal, 3,000,000 x 0.012 -> capped to 0.01: 30,000.00; contract 36,000.00
    const r = run({ ...key(false), kind: 'renewal', loanAmount: '3000000', contractFeeRate: '0.012' });
    expect(r.outputs).toMatchObject({ rate: '0.01', fee: '30000.00', waived: '6000.00', subsidy: '0.00', payable: '30000.00', counterGuaranteeRequired: true });
  });

  it('the 1% cap: 1% exactly is kept, 1.00001% is cut; a lower contract rate is kept', () => {
    expect(run({ contractFeeRate: '0.01' }).outputs).toMatchObject({ rate: '0.01', fee: '50000.00', waived: '0.00' });
    // 5,000,000 x 0.0100001 = 50,000.50 at the contract rate
    expect(run({ contractFeeRate: '0.0100001' }).outputs).toMatchObject({ rate: '0.01', fee: '50000.00', feeAtContract: '50000.50', waived: '0.50' });
    expect(run({ contractFeeRate: '0.008' }).outputs).toMatchObject({ rate: '0.008', fee: '40000.00', waived: '0.00' });
  });

  it('an extension loan (展期) is charged nothing: all of the contract fee is waived', () => {
    // 8,000,000 x 0.015 x 6/12 = 60,000.00
    const r = run({ ...key(false), kind: 'extension', loanAmount: '8000000', contractFeeRate: '0.015', termMonths: 6 });
    expect(r.outputs).toMatchObject({ rate: '0.00', fee: '0.00', feeAtContract: '60000.00', waived: '60000.00', subsidy: '0.00', payable: '0.00' });
  });

  it('waived is the difference of two fees each rounded to the fen first', () => {
    // 100.34 x 0.015 = 1.5051 -> 1.51; 100.34 x 0.01 = 1.0034 -> 1.00; waived 0.51 (not 100.34 x 0.005 = 0.5017 -> 0.50)
    expect(run({ loanAmount: '100.34', contractFeeRate: '0.015' }).outputs).toMatchObject({ fee: '1.00', feeAtContract: '1.51', waived: '0.51' });
  });

  it('an unknown key-firm status leaves subsidy, payable and the counter-guarantee unknown, with the path missing', () => {
    const r = run({ borrower: { size: 'small' } });
    expect(r.status).toBe('eligible');
    expect(r.missing).toEqual(['borrower.keyEpidemicEnterprise']);
    expect(r.outputs).toMatchObject({ fee: '50000.00', subsidy: null, payable: null, counterGuaranteeRequired: null });
  });

  it('the measures period: 2020-02-01 and 2020-12-31 in, a day either side out', () => {
    for (const d of ['2020-02-01', '2020-12-31']) expect(run({ startDate: d }, '2021-01-15').status).toBe('eligible');
    for (const d of ['2020-01-31', '2021-01-01']) {
      const r = run({ startDate: d }, '2021-01-15');
      expect(r.status).toBe('ineligible');
      expect(r.failed).toEqual(['measurePeriod']);
      expect(r.outputs).toEqual({});
    }
    expect(run({}, '2020-01-31').error?.code).toBe('NOT_IN_FORCE');
  });
});

/** The report's book at the end of March: 38 new loans of 29,334万, 8 extensions of 4,750万. */
function seedBook(): Raw[] {
  const rows: Raw[] = [];
  // 37 x 7,700,000 + 8,440,000 = 284,900,000 + 8,440,000 = 293,340,000 (29,334万); every 4th a key firm
  for (let i = 0; i < 38; i++) {
    rows.push(guarantee({ id: `N${i + 1}`, ...key(i % 4 === 0), loanAmount: i === 37 ? '8440000' : '7700000', contractFeeRate: '0.02', startDate: '2020-02-10' }));
  }
  // 8 x 5,937,500 = 47,500,000 (4,750万)
  for (let i = 0; i < 8; i++) rows.push(guarantee({ id: `X${i + 1}`, ...key(false), kind: 'extension', loanAmount: '5937500', contractFeeRate: '0.015', startDate: '2020-03-05' }));
  return rows;
}

describe('urumqi.financing-support.2020: the report figures from data (portfolio.totals)', () => {
  const { rows, summaries } = evaluateBatch(compiled, seedBook(), { asOf: AS_OF });
  const v = summaries[0]?.values as Record<string, Record<string, unknown>>;

  it('38 new loans of 29,334万, 8 extensions of 4,750万, 34,084万 in all', () => {
    expect(summaries.map((s) => s.fn)).toEqual(['portfolio.totals']);
    expect(v['byGroup']).toEqual({ new: { count: 38, amount: '293340000.00' }, renewal: { count: 0, amount: '0.00' }, extension: { count: 8, amount: '47500000.00' } });
    expect(v['count']).toBe(46);
    expect(v['totalAmount']).toBe('340840000.00');
  });

  it('fees waived above 300万: 1% of 29,334万 + 1.5% of 4,750万 = 2,933,400 + 712,500', () => {
    const totals = v['totals'] as Record<string, string>;
    expect(totals['waived']).toBe('3645900.00');
    expect(new Decimal(totals['waived'] as string).gt(3000000)).toBe(true);
    // the key firms (N1, N5, ..., N37: 10 loans of 7,700,000) pay nothing: 10 x 77,000 = 770,000 subsidised
    expect(totals['subsidy']).toBe('770000.00');
    expect(new Decimal(totals['subsidy'] as string).plus(totals['payable'] as string).toFixed(2)).toBe(totals['fee']);
    expect(rows.every((r) => r.status === 'eligible')).toBe(true);
  });

  it('a subsidy unknown on one row makes its total null, not a partial sum', () => {
    const book = [...seedBook(), guarantee({ id: 'U', borrower: { size: 'small' }, startDate: '2020-03-20' })];
    const w = evaluateBatch(compiled, book, { asOf: AS_OF }).summaries[0]?.values as Record<string, Record<string, unknown>>;
    expect(w['totals']?.['subsidy']).toBeNull();
    expect(w['unknownRows']?.['subsidy']).toBe(1);
    // + 5,000,000 x (0.02 - 0.01) = 50,000 more waived, known
    expect(w['totals']?.['waived']).toBe('3695900.00');
  });
});

describe('urumqi.financing-support.2020: properties', () => {
  it('rate <= 1%; payable + subsidy = fee; nothing negative; money at the fen', () => {
    fc.assert(
      fc.property(guaranteeArb, (raw) => {
        const r = compiled.evaluate(raw, { asOf: '2021-06-30' });
        if (r.status === 'ineligible') return;
        const o = r.outputs;
        expect(new Decimal(o['rate'] as string).lte('0.01')).toBe(true);
        for (const k of ['fee', 'feeAtContract', 'waived', 'subsidy', 'payable']) {
          if (o[k] === null) continue;
          expect(o[k]).toMatch(/^\d+\.\d{2}$/);
        }
        if (o['subsidy'] !== null) expect(new Decimal(o['payable'] as string).plus(o['subsidy'] as string).toFixed(2)).toBe(o['fee']);
        expect(new Decimal(o['fee'] as string).lte(o['feeAtContract'] as string)).toBe(true);
        if (raw['kind'] === 'extension') expect(o['fee']).toBe('0.00');
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
