import { describe, expect, it } from 'vitest';
import { EnterpriseSchema } from '../../src/models/enterprise';
import { parseModel } from '../../src/models/issues';
import { isModelName, MODELS, type ModelOf } from '../../src/models/registry';

describe('MODELS', () => {
  it('names the six input models', () => {
    expect(Object.keys(MODELS)).toEqual(['enterprise', 'loan', 'lease', 'guarantee', 'awardApplication', 'project']);
    expect(MODELS.enterprise).toBe(EnterpriseSchema);
  });

  it('isModelName accepts only own names', () => {
    expect(isModelName('loan')).toBe(true);
    expect(isModelName('toString')).toBe(false);
    expect(isModelName('__proto__')).toBe(false);
  });

  it('every model accepts a record carrying its own asOf and id', () => {
    const minimal: { [N in keyof typeof MODELS]: unknown } = {
      enterprise: {},
      loan: { principal: 1, annualRate: 0, disbursedOn: '2020-01-01', payments: [{ due: '2020-02-01', principal: 1 }] },
      lease: { payments: [{ due: '2020-02-01', amount: 1 }] },
      guarantee: { loanAmount: 1, kind: 'new', contractFeeRate: 0, termMonths: 1, startDate: '2020-01-01' },
      awardApplication: { review: 'pending', items: [] },
      project: {},
    };
    for (const [name, raw] of Object.entries(minimal)) {
      const r = parseModel(MODELS[name as keyof typeof MODELS], { ...(raw as object), id: 7, asOf: '2020-06-01' });
      expect(r.ok && (r.value as ModelOf<'project'>).asOf).toBe('2020-06-01');
      expect(r.ok && (r.value as ModelOf<'project'>).id).toBe('7');
    }
  });
});
