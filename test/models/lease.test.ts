import { describe, expect, it } from 'vitest';
import { ZERO } from '../../src/models/decimal';
import { parseModel } from '../../src/models/issues';
import { LeaseSchema } from '../../src/models/lease';

// Seed: 高新租赁 deferred 27.6万 of lease fees on 1,996万 of equipment.
const lease = {
  id: 'LS1',
  lessee: { name: '某制造企业', size: 'small' },
  equipmentValue: '19960000',
  payments: [
    { due: '2020-01-15', amount: '92000' },
    { due: '2020-02-15', amount: '92000' },
    { due: '2020-03-15', amount: '92000' },
  ],
};

describe('LeaseSchema', () => {
  it('parses a lease with its installments', () => {
    const l = LeaseSchema.parse(lease);
    expect(l.equipmentValue?.toString()).toBe('19960000');
    expect(l.lessee?.size).toBe('small');
    // 3 x 92,000 = 276,000 (27.6万)
    expect(l.payments.reduce((s, p) => s.plus(p.amount), ZERO).toString()).toBe('276000');
  });

  it('lessee and equipmentValue are optional facts; payments are required', () => {
    expect(LeaseSchema.parse({ payments: lease.payments, lessee: null, equipmentValue: null }).lessee).toBeUndefined();
    expect(parseModel(LeaseSchema, { id: 'LS1' })).toEqual({
      ok: false,
      issues: [{ path: 'payments', message: 'missing: expected an array' }],
    });
  });

  it('rejects unsorted, negative or misspelt installments at their paths', () => {
    const raw = {
      payments: [
        { due: '2020-02-15', amount: '92000' },
        { due: '2020-01-15', amount: '92000' },
      ],
    };
    expect(parseModel(LeaseSchema, raw)).toEqual({
      ok: false,
      issues: [{ path: 'payments[1].due', message: 'payments must be sorted by due date: 2020-01-15 comes before the previous due date 2020-02-15' }],
    });
    expect(parseModel(LeaseSchema, { payments: [{ due: '2020-01-15', amount: '-1' }, { due: '2020-02-15', amont: '1' }] })).toEqual({
      ok: false,
      issues: [
        { path: 'payments[0].amount', message: 'amount must not be negative, got -1' },
        { path: 'payments[1].amount', message: 'missing: expected a decimal string or number' },
        { path: 'payments[1].amont', message: "unknown key 'amont'" },
      ],
    });
  });
});
