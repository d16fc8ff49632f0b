import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { CountSchema } from '../../src/models/count';
import { fact } from '../../src/models/fact';
import { parseModel } from '../../src/models/issues';
import { PartySchema } from '../../src/models/party';
import { IdSchema, RECORD_FIELDS } from '../../src/models/record-fields';
import { RegionCodeSchema } from '../../src/models/region-code';

describe('fact', () => {
  const S = z.strictObject({ stStaff: fact(CountSchema) });

  it('treats a missing key and null alike: unknown, output undefined (never 0)', () => {
    expect(S.parse({}).stStaff).toBeUndefined();
    expect(S.parse({ stStaff: null }).stStaff).toBeUndefined();
    expect('stStaff' in S.parse({})).toBe(false);
  });

  it('parses a present value with the wrapped schema', () => {
    expect(S.parse({ stStaff: '15' }).stStaff).toBe(15);
    expect(S.parse({ stStaff: 0 }).stStaff).toBe(0);
    expect(parseModel(S, { stStaff: 'x' })).toEqual({
      ok: false,
      issues: [{ path: 'stStaff', message: "expected a whole number (digits only), got 'x'" }],
    });
  });
});

describe('IdSchema and RECORD_FIELDS', () => {
  it('ids are non-empty strings or whole numbers, output as strings', () => {
    expect(IdSchema.parse('E1')).toBe('E1');
    expect(IdSchema.parse(7)).toBe('7');
    expect(IdSchema.safeParse('').error?.issues[0]?.message).toBe(
      "expected an id (a non-empty string or a non-negative whole number), got ''",
    );
    expect(IdSchema.safeParse(1.5).success).toBe(false);
  });

  it('every record field is optional, and asOf is a real date', () => {
    const S = z.strictObject(RECORD_FIELDS);
    expect(S.parse({})).toEqual({});
    expect(S.parse({ id: 'E1', name: 'n', asOf: '2020-06-01' })).toEqual({ id: 'E1', name: 'n', asOf: '2020-06-01' });
    expect(parseModel(S, { asOf: '2019-02-29' })).toEqual({
      ok: false,
      issues: [{ path: 'asOf', message: "'2019-02-29' is not a real calendar date" }],
    });
  });
});

describe('RegionCodeSchema and PartySchema', () => {
  it('region codes are 6 digits, as a string or a 6-digit number (YAML)', () => {
    expect(RegionCodeSchema.parse('420100')).toBe('420100');
    expect(RegionCodeSchema.parse(650100)).toBe('650100');
    for (const bad of ['4201', '4201000', '42010a', 42, 1000000, 99999.5]) {
      expect(RegionCodeSchema.safeParse(bad).success).toBe(false);
    }
    expect(RegionCodeSchema.safeParse('4201').error?.issues[0]?.message).toBe(
      `expected a 6-digit administrative division code such as "420100", got '4201'`,
    );
  });

  it('a party has only optional facts, and rejects unknown keys', () => {
    expect(PartySchema.parse({})).toEqual({});
    const p = PartySchema.parse({ id: 'E9', size: 'small', keyEpidemicEnterprise: 'false', creditLine: '8000000' });
    expect(p.keyEpidemicEnterprise).toBe(false);
    expect(p.creditLine?.toString()).toBe('8000000');
    expect(parseModel(PartySchema, { sise: 'small' })).toEqual({
      ok: false,
      issues: [{ path: 'sise', message: "unknown key 'sise'" }],
    });
  });
});
