import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isDecimal } from '../../src/models/decimal';
import { decimalReaderOf, decimalSchema, type DecimalBounds } from '../../src/models/decimal-schema';
import { fact, factInner } from '../../src/models/fact';
import { parseModel } from '../../src/models/issues';
import { MoneySchema, SignedMoneySchema, FenMoneySchema } from '../../src/models/money';
import { CountSchema } from '../../src/models/count';

/**
 * `fact` reads an amount in one function. Until 2026-11 every fact was the layered form
 * below (nullable, a transform of null to undefined, optional); that form is the oracle:
 * for every input, as a value and as an object's key (present, absent, null), with a
 * refinement on the object, the same value or the same messages at the same paths, and
 * the same JSON Schema.
 */
function layered<T extends z.ZodType>(schema: T) {
  return schema
    .nullable()
    .transform((v): z.output<T> | undefined => (v === null ? undefined : v))
    .optional();
}

const BOUNDS: DecimalBounds[] = [
  { what: 'amount', min: '0', max: '1e20', description: 'money' },
  { what: 'amount', min: '0', minExclusive: true, max: '1e20', description: 'positive money' },
  { what: 'amount', max: '1e20', description: 'signed money' },
  { what: 'score', min: '0', max: '30', description: 'score' },
  { what: 'level', min: '-5', minExclusive: true, max: '5', description: 'a negative exclusive bound' },
];

/** What a schema makes of an input: the decimal's text and sign, or the issues. */
function outcome(schema: z.ZodType, raw: unknown): unknown {
  const r = parseModel(schema, raw);
  if (!r.ok) return { issues: r.issues };
  const show = (v: unknown): unknown =>
    isDecimal(v)
      ? `${v.isNeg() ? '(negative) ' : ''}${v.toString()}`
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, show(x)]))
        : v === undefined
          ? '(undefined)'
          : v;
  return { value: show(r.value) };
}

const inputs: fc.Arbitrary<unknown> = fc.oneof(
  fc.stringMatching(/^-?\d{1,25}(\.\d{1,12})?$/),
  fc.constantFrom('0', '-0', '0.00', '30', '30.000001', '-5', '-4.99', '5', '100000000000000000000', '+5', '.5', '1e3', '', '１２'),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, undefined, true, false, {}, [], [1], { a: 1 }, 10n, Symbol('s')),
);

describe('fact of an amount against the layered form (oracle)', () => {
  for (const b of BOUNDS) {
    it(`gives the same value or the same messages: ${b.description} (property)`, () => {
      // built inside the test, so mutation testing attributes the schema's code to it
      const amount = decimalSchema(b);
      const fast = fact(amount);
      const oracle = layered(amount);
      const inObject = (s: z.ZodType) => z.strictObject({ x: s, n: fact(CountSchema) }).refine((o) => o.x === undefined || (o.x as { gte(n: number): boolean }).gte(-100) || true, 'refined');
      fc.assert(
        fc.property(inputs, (raw) => {
          expect(outcome(fast, raw)).toEqual(outcome(oracle, raw));
          expect(outcome(inObject(fast), { x: raw, n: 1 })).toEqual(outcome(inObject(oracle), { x: raw, n: 1 }));
          expect(outcome(inObject(fast), { x: raw, n: -1 })).toEqual(outcome(inObject(oracle), { x: raw, n: -1 }));
        }),
        { numRuns: 500 },
      );
      expect(outcome(inObject(fast), { n: 2 })).toEqual(outcome(inObject(oracle), { n: 2 }));
      expect(outcome(inObject(fast), { n: 2 })).toEqual({ value: { n: 2 } });
    });
  }

  it('declares the same JSON Schema as the layered form, alone and as a key', () => {
    for (const s of [...BOUNDS.map(decimalSchema), MoneySchema, SignedMoneySchema]) {
      const io = { io: 'input', target: 'draft-2020-12' } as const;
      expect(z.toJSONSchema(fact(s), io)).toEqual(z.toJSONSchema(layered(s), io));
      expect(z.toJSONSchema(z.strictObject({ x: fact(s) }), io)).toEqual(z.toJSONSchema(z.strictObject({ x: layered(s) }), io));
    }
  });

  it('is read in one function only for schemas decimalSchema made', () => {
    expect(decimalReaderOf(MoneySchema)).toBeTypeOf('function');
    // a refined copy has its own check: it keeps the layered form
    expect(decimalReaderOf(FenMoneySchema)).toBeUndefined();
    expect(decimalReaderOf(CountSchema)).toBeUndefined();
    expect(outcome(fact(FenMoneySchema), '1.234')).toEqual(outcome(layered(FenMoneySchema), '1.234'));
    expect(outcome(fact(FenMoneySchema), '1.234')).toHaveProperty('issues');
  });

  it('shows its inner schema to schema walkers (factInner), where the layered form shows it through unwrap and in', () => {
    expect(factInner(fact(MoneySchema).unwrap() as z.ZodType)).toBe(MoneySchema);
    expect(factInner(fact(SignedMoneySchema).unwrap() as z.ZodType)).toBe(SignedMoneySchema);
    expect(factInner(fact(CountSchema).unwrap() as z.ZodType)).toBeUndefined();
    expect(factInner(MoneySchema)).toBeUndefined();
  });

  it('reads null and a missing key as unknown, and a worked amount exactly', () => {
    const row = z.strictObject({ salesRevenue: fact(MoneySchema) });
    expect(row.parse({ salesRevenue: null }).salesRevenue).toBeUndefined();
    expect(row.parse({}).salesRevenue).toBeUndefined();
    expect(row.parse({ salesRevenue: '76049592.75' }).salesRevenue?.toString()).toBe('76049592.75');
    expect(outcome(row, { salesRevenue: '-1' })).toEqual({
      issues: [{ path: 'salesRevenue', message: 'amount must not be negative, got -1' }],
    });
    // zod's own issues, field for field as the layered form gives them
    const issues = row.safeParse({ salesRevenue: '-1' }).error?.issues;
    expect(issues).toEqual(z.strictObject({ salesRevenue: layered(MoneySchema) }).safeParse({ salesRevenue: '-1' }).error?.issues);
    expect(issues?.[0]).toMatchObject({ code: 'custom', path: ['salesRevenue'] });
  });
});
