import { describe, expect, it } from 'vitest';
import { GuaranteeSchema } from '../../src/models/guarantee';
import { parseModel } from '../../src/models/issues';

const guarantee = {
  id: 'G1',
  borrower: { id: 'E3', keyEpidemicEnterprise: true },
  loanAmount: '5000000',
  kind: 'new',
  contractFeeRate: '0.02',
  termMonths: 12,
  startDate: '2020-03-01',
};

describe('GuaranteeSchema', () => {
  it('parses a guarantee; the fee formula has exact inputs', () => {
    const g = GuaranteeSchema.parse(guarantee);
    expect(g.borrower?.keyEpidemicEnterprise).toBe(true);
    // 5,000,000 x 0.02 x 12 / 12 = 100,000
    expect(g.loanAmount.times(g.contractFeeRate).times(g.termMonths).div(12).toString()).toBe('100000');
    expect(GuaranteeSchema.parse({ ...guarantee, termMonths: '6', kind: 'extension' })).toMatchObject({ termMonths: 6, kind: 'extension' });
  });

  it('requires the contract terms', () => {
    expect(parseModel(GuaranteeSchema, { id: 'G1' })).toEqual({
      ok: false,
      issues: [
        { path: 'loanAmount', message: 'missing: expected a decimal string or number' },
        { path: 'kind', message: "missing: expected one of 'new', 'extension', 'renewal'" },
        { path: 'contractFeeRate', message: 'missing: expected a decimal string or number' },
        { path: 'termMonths', message: 'missing: expected a whole number' },
        { path: 'startDate', message: 'missing: expected a date string YYYY-MM-DD' },
      ],
    });
  });

  it('termMonths is a positive whole number; kind is one of three', () => {
    const bad = (patch: object) => parseModel(GuaranteeSchema, { ...guarantee, ...patch });
    expect(bad({ termMonths: 0 })).toEqual({ ok: false, issues: [{ path: 'termMonths', message: 'termMonths must be at least 1, got 0' }] });
    expect(bad({ termMonths: 1.5 })).toEqual({ ok: false, issues: [{ path: 'termMonths', message: 'expected a whole number, got 1.5' }] });
    expect(bad({ kind: '展期' })).toEqual({
      ok: false,
      issues: [{ path: 'kind', message: "expected one of 'new', 'extension', 'renewal', got '展期'" }],
    });
    expect(bad({ loanAmount: 0 })).toEqual({ ok: false, issues: [{ path: 'loanAmount', message: 'amount must be greater than 0, got 0' }] });
  });
});
