import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountSchema, integerSchema } from '../../src/models/count';
import { FiscalYearSchema } from '../../src/models/financial-year';
import { parseModel } from '../../src/models/issues';

function message(schema: typeof CountSchema, raw: unknown): string | undefined {
  const r = parseModel(schema, raw);
  return r.ok ? undefined : r.issues.map((i) => `${i.path}: ${i.message}`).join(' | ');
}

describe('CountSchema', () => {
  it('accepts non-negative safe integers and digit strings (CSV)', () => {
    expect(CountSchema.parse(15)).toBe(15);
    expect(CountSchema.parse('15')).toBe(15);
    expect(CountSchema.parse('007')).toBe(7);
    expect(CountSchema.parse(0)).toBe(0);
    expect(Object.is(CountSchema.parse(-0), 0)).toBe(true);
    expect(CountSchema.parse(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(CountSchema.parse(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rejects fractions, signs, blanks and other types with clear messages', () => {
    expect(message(CountSchema, 1.5)).toBe('(root): expected a whole number, got 1.5');
    expect(message(CountSchema, '1.5')).toBe("(root): expected a whole number (digits only), got '1.5'");
    expect(message(CountSchema, '15.0')).toBe("(root): expected a whole number (digits only), got '15.0'");
    expect(message(CountSchema, '')).toBe("(root): expected a whole number (digits only), got ''");
    expect(message(CountSchema, ' 15')).toBe("(root): expected a whole number (digits only), got ' 15'");
    expect(message(CountSchema, '-1')).toBe("(root): expected a whole number (digits only), got '-1'");
    expect(message(CountSchema, -1)).toBe('(root): count must be at least 0, got -1');
    expect(message(CountSchema, true)).toBe('(root): expected a whole number, got boolean');
    expect(message(CountSchema, null)).toBe('(root): expected a whole number, got null');
    expect(message(CountSchema, Number.NaN)).toBe('(root): expected a whole number, got NaN');
  });

  it('rejects integers beyond the safe range (boundary)', () => {
    expect(message(CountSchema, Number.MAX_SAFE_INTEGER + 1)).toBe('(root): count 9007199254740992 is too large');
    expect(message(CountSchema, '9007199254740992')).toBe('(root): count 9007199254740992 is too large');
    expect(message(CountSchema, '99999999999999999999')).toBe('(root): count 99999999999999999999 is too large');
  });

  it('a number and its digit string parse the same (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(CountSchema.parse(String(n))).toBe(n);
        expect(CountSchema.parse(n)).toBe(n);
      }),
    );
  });
});

describe('integerSchema bounds', () => {
  it('fiscal years are 1900..2200 inclusive', () => {
    expect(FiscalYearSchema.parse(1900)).toBe(1900);
    expect(FiscalYearSchema.parse('2200')).toBe(2200);
    expect(message(FiscalYearSchema, 1899)).toBe('(root): year must be at least 1900, got 1899');
    expect(message(FiscalYearSchema, '2201')).toBe('(root): year must be at most 2200, got 2201');
  });

  it('a positive range refuses 0', () => {
    const Months = integerSchema({ what: 'termMonths', min: 1, max: 1200, description: 'months' });
    expect(message(Months, 0)).toBe('(root): termMonths must be at least 1, got 0');
    expect(Months.parse('1')).toBe(1);
    expect(Months.parse(1200)).toBe(1200);
    expect(message(Months, 1201)).toBe('(root): termMonths must be at most 1200, got 1201');
  });
});
