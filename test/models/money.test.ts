import { describe, expect, it } from 'vitest';

describe('contract amounts at the fen', () => {
  it('loan, lease and guarantee amounts reject sub-fen values with a clear message', async () => {
    const { FenMoneySchema, PositiveFenMoneySchema } = await import('../../src/models/money');
    expect(FenMoneySchema.safeParse('1000.00').success).toBe(true);
    expect(FenMoneySchema.safeParse('1000.005').success).toBe(false);
    expect(PositiveFenMoneySchema.safeParse('0.01').success).toBe(true);
    const r = PositiveFenMoneySchema.safeParse('0.001');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('a contract amount must be at the fen (at most 2 decimals)');
  });
});
