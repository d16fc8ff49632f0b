import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDecimal } from '../../src/models/decimal';
import { decimalSchema } from '../../src/models/decimal-schema';
import { parseModel, type ModelIssue } from '../../src/models/issues';
import { MoneySchema, PositiveMoneySchema, SignedMoneySchema } from '../../src/models/money';
import { RateSchema } from '../../src/models/rate';

function value(schema: typeof MoneySchema, raw: unknown): string {
  const r = parseModel(schema, raw);
  if (!r.ok) throw new Error(`unexpected issues: ${JSON.stringify(r.issues)}`);
  expect(isDecimal(r.value)).toBe(true);
  return r.value.toString();
}

function issues(schema: typeof MoneySchema, raw: unknown): ModelIssue[] {
  const r = parseModel(schema, raw);
  if (r.ok) throw new Error(`expected a failure for ${String(raw)}`);
  return r.issues;
}

describe('MoneySchema', () => {
  it('accepts decimal strings exactly, with any number of decimals', () => {
    expect(value(MoneySchema, '50000000')).toBe('50000000');
    expect(value(MoneySchema, '1234.50')).toBe('1234.5');
    expect(value(MoneySchema, '0.001')).toBe('0.001');
    expect(value(MoneySchema, '12345678901234567.891')).toBe('12345678901234567.891');
  });

  it('converts JSON numbers exactly via their shortest string form', () => {
    expect(value(MoneySchema, 1234.5)).toBe('1234.5');
    expect(value(MoneySchema, 0.1)).toBe('0.1');
    // the float 0.1 + 0.2 is 0.30000000000000004: kept as written, not "fixed" to 0.3
    expect(value(MoneySchema, 0.1 + 0.2)).toBe('0.30000000000000004');
    expect(value(MoneySchema, 50000000)).toBe('50000000');
    expect(value(MoneySchema, -0)).toBe('0');
  });

  it.each(['NaN', 'Infinity', '-Infinity', '1e999', '1e3', '', ' 12', '12 ', '0x10', '1,000', '+5', '.5', '5.', '１２'])(
    'rejects the string %j with a clear message',
    (raw) => {
      expect(issues(MoneySchema, raw)).toEqual([
        { path: '(root)', message: `expected a plain decimal such as "1234.50", got '${raw}'` },
      ]);
    },
  );

  it('rejects non-finite numbers and other types', () => {
    expect(issues(MoneySchema, Number.NaN)[0]?.message).toBe('expected a finite number, got NaN');
    expect(issues(MoneySchema, Infinity)[0]?.message).toBe('expected a finite number, got Infinity');
    expect(issues(MoneySchema, true)[0]?.message).toBe('expected a decimal string or number, got boolean');
    expect(issues(MoneySchema, null)[0]?.message).toBe('expected a decimal string or number, got null');
    expect(issues(MoneySchema, [1])[0]?.message).toBe('expected a decimal string or number, got array');
    expect(issues(MoneySchema, 10n)[0]?.message).toBe('expected a decimal string or number, got bigint');
  });

  it('rejects negative amounts', () => {
    expect(issues(MoneySchema, '-3')).toEqual([{ path: '(root)', message: 'amount must not be negative, got -3' }]);
    expect(issues(MoneySchema, -0.01)[0]?.message).toBe('amount must not be negative, got -0.01');
  });

  it('accepts 1e20 and rejects anything larger (boundary)', () => {
    expect(value(MoneySchema, '100000000000000000000')).toBe('100000000000000000000');
    expect(value(MoneySchema, 1e20)).toBe('100000000000000000000');
    expect(issues(MoneySchema, '100000000000000000000.01')[0]?.message).toBe(
      'amount 100000000000000000000.01 is too large: its magnitude exceeds 1e20',
    );
    expect(issues(MoneySchema, 1e21)[0]?.message).toBe(
      'amount 1000000000000000000000 is too large: its magnitude exceeds 1e20',
    );
  });

  it('parses any plain decimal string to the same decimal (property)', () => {
    const plain = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
      .map(([n, scale]) => {
        const digits = n.toString().padStart(scale + 1, '0');
        return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      });
    fc.assert(
      fc.property(plain, (s) => {
        const d = MoneySchema.parse(s);
        // the digits survive: stripping trailing zeros of the fraction gives the same string
        const canonical = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
        expect(d.toFixed()).toBe(canonical.replace(/^0+(?=\d)/, ''));
      }),
    );
  });
});

describe('PositiveMoneySchema and SignedMoneySchema', () => {
  it('PositiveMoney refuses 0 and accepts the smallest positive amount', () => {
    expect(issues(PositiveMoneySchema, '0')[0]?.message).toBe('amount must be greater than 0, got 0');
    expect(value(PositiveMoneySchema, '0.01')).toBe('0.01');
  });

  it('SignedMoney accepts negatives (net assets) within the magnitude bound', () => {
    expect(value(SignedMoneySchema, '-3')).toBe('-3');
    expect(value(SignedMoneySchema, -1234.5)).toBe('-1234.5');
    expect(value(SignedMoneySchema, '-100000000000000000000')).toBe('-100000000000000000000');
    expect(issues(SignedMoneySchema, '-100000000000000000001')[0]?.message).toBe(
      'amount -100000000000000000001 is too large: its magnitude exceeds 1e20',
    );
  });
});

describe('RateSchema', () => {
  it('accepts non-negative decimal rates exactly', () => {
    expect(value(RateSchema, '0.0435')).toBe('0.0435');
    expect(value(RateSchema, 0.01)).toBe('0.01');
    expect(value(RateSchema, '0')).toBe('0');
  });

  it('rejects negative rates and rates above 1e6 (boundary)', () => {
    expect(issues(RateSchema, '-0.01')[0]?.message).toBe('rate must not be negative, got -0.01');
    expect(value(RateSchema, '1000000')).toBe('1000000');
    expect(issues(RateSchema, '1000000.0001')[0]?.message).toBe(
      'rate 1000000.0001 is too large: its magnitude exceeds 1e6',
    );
  });
});

describe('decimalSchema', () => {
  it('applies a custom range, e.g. a 0..30 score', () => {
    const Score = decimalSchema({ what: 'score', min: '0', max: '30', description: 'score' });
    expect(Score.parse('30').toString()).toBe('30');
    expect(Score.parse(20.5).toString()).toBe('20.5');
    expect(Score.safeParse('30.01').error?.issues[0]?.message).toBe('score 30.01 is too large: its magnitude exceeds 30');
  });
});
