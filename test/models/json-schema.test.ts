import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { BoolSchema } from '../../src/models/bool';
import { CountSchema } from '../../src/models/count';
import { MoneySchema, SignedMoneySchema } from '../../src/models/money';
import { PlainDateSchema } from '../../src/models/plain-date-schema';
import { RateSchema } from '../../src/models/rate';
import { MODELS } from '../../src/models/registry';

type Json = Record<string, unknown> & { properties?: Record<string, Json>; required?: string[] };
const inputSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' }) as Json;

describe('JSON Schema export of the input models', () => {
  it.each(Object.entries(MODELS))('%s exports as a closed object', (_name, schema) => {
    const json = inputSchema(schema);
    expect(json.type).toBe('object');
    expect(json.additionalProperties).toBe(false);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('required keys are the structure fields only', () => {
    expect(inputSchema(MODELS.enterprise).required).toBeUndefined();
    expect(inputSchema(MODELS.project).required).toBeUndefined();
    expect(inputSchema(MODELS.loan).required).toEqual(['principal', 'annualRate', 'disbursedOn', 'payments']);
    expect(inputSchema(MODELS.lease).required).toEqual(['payments']);
    expect(inputSchema(MODELS.guarantee).required).toEqual(['loanAmount', 'kind', 'contractFeeRate', 'termMonths', 'startDate']);
    expect(inputSchema(MODELS.awardApplication).required).toEqual(['review', 'items']);
  });

  it('facts accept null; financial years require their year', () => {
    const props = inputSchema(MODELS.enterprise).properties ?? {};
    expect(JSON.stringify(props.stStaff)).toContain('"type":"null"');
    const financials = JSON.stringify(props.financials);
    expect(financials).toContain('"required":["year"]');
    expect(financials).toContain('"minimum":1900');
  });

  it('primitives describe their input forms', () => {
    expect(inputSchema(MoneySchema)).toMatchObject({
      anyOf: [
        { type: 'string', pattern: '^\\d+(\\.\\d+)?$' },
        { type: 'number', minimum: 0, maximum: 1e20 },
      ],
    });
    expect(inputSchema(SignedMoneySchema)).toMatchObject({ anyOf: [{ pattern: '^-?\\d+(\\.\\d+)?$' }, { minimum: -1e20 }] });
    expect(inputSchema(RateSchema)).toMatchObject({ anyOf: [{ type: 'string' }, { type: 'number', maximum: 1e6 }] });
    expect(inputSchema(CountSchema)).toMatchObject({ anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^\\d+$' }] });
    expect(inputSchema(BoolSchema)).toMatchObject({ anyOf: [{ type: 'boolean' }, { enum: ['true', 'false'] }] });
    expect(inputSchema(PlainDateSchema)).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  });
});
