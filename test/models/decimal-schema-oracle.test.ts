import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Decimal, isDecimal } from '../../src/models/decimal';
import { decimalSchema, type DecimalBounds } from '../../src/models/decimal-schema';
import { expectedGot, showValue } from '../../src/models/describe-input';
import { parseModel } from '../../src/models/issues';

/**
 * `decimalSchema` parses an amount in one function. Until 2026-11 it was a zod union (a
 * regex-checked string or a bounded number) piped into a transform; that formulation is
 * kept here, verbatim in behaviour, as the oracle: for every input the new schema must give
 * the same decimal or the same messages at the same paths, alone and inside an object
 * with a refinement (which must not run on a failed amount).
 */
function unionSchema(b: DecimalBounds) {
  const max = new Decimal(b.max);
  const min = b.min === undefined ? undefined : new Decimal(b.min);
  const nonNegative = min !== undefined && min.gte(0);
  const fromNumber = (n: number) => new Decimal(String(n));
  const problem = (d: Decimal): string | undefined => {
    if (d.isNeg() ? d.neg().gt(max) : d.gt(max)) return `${b.what} ${d.toString()} is too large: its magnitude exceeds ${b.max}`;
    if (min === undefined) return undefined;
    if (b.minExclusive ? d.lte(min) : d.lt(min)) {
      if (min.isZero() && !b.minExclusive) return `${b.what} must not be negative, got ${d.toString()}`;
      return `${b.what} must be ${b.minExclusive ? 'greater than' : 'at least'} ${b.min}, got ${d.toString()}`;
    }
    return undefined;
  };
  const fallback = (x: unknown) => expectedGot(`a ${nonNegative ? 'non-negative ' : ''}plain decimal`, x, showValue);
  const message = (iss: { input?: unknown }): string => {
    const x = iss.input;
    if (typeof x === 'number') return Number.isFinite(x) ? (problem(fromNumber(x)) ?? fallback(x)) : `expected a finite number, got ${String(x)}`;
    if (typeof x === 'string' && /^-?\d+(\.\d+)?$/.test(x)) return problem(new Decimal(x)) ?? fallback(x);
    if (typeof x === 'string') return expectedGot('a plain decimal such as "1234.50"', x, showValue);
    return expectedGot('a decimal string or number', x);
  };
  const error = { error: message, abort: true };
  const number = z.number({ error: message }).max(max.toNumber(), error);
  const lower = min === undefined ? number.min(-max.toNumber(), error) : b.minExclusive ? number.gt(min.toNumber(), error) : number.min(min.toNumber(), error);
  return z
    .union([z.string({ error: message }).regex(nonNegative ? /^\d+(\.\d+)?$/ : /^-?\d+(\.\d+)?$/, error), lower], { error: message })
    .transform((raw, ctx) => {
      const parsed = typeof raw === 'number' ? fromNumber(raw) : new Decimal(raw);
      const d = parsed.isZero() ? new Decimal(0) : parsed;
      const p = problem(d);
      if (p === undefined) return d;
      ctx.issues.push({ code: 'custom', message: p, input: raw });
      return z.NEVER;
    });
}

/** The bounds the models use: money, positive money, signed money, rates, scores. */
const BOUNDS: DecimalBounds[] = [
  { what: 'amount', min: '0', max: '1e20', description: 'money' },
  { what: 'amount', min: '0', minExclusive: true, max: '1e20', description: 'positive money' },
  { what: 'amount', max: '1e20', description: 'signed money' },
  { what: 'rate', min: '0', max: '1e6', description: 'rate' },
  { what: 'score', min: '0', max: '30', description: 'score' },
  { what: 'level', min: '-5', minExclusive: true, max: '5', description: 'a negative exclusive bound' },
  // bounds no double holds exactly: the number 0.1 is above the first as a decimal but not as a float
  { what: 'share', min: '0.0999999999999999999999', minExclusive: true, max: '0.3000000000000000000001', description: 'inexact bounds' },
];

/** What a schema makes of an input: the decimal's text and sign (a negative zero shows), or the issues. */
function outcome(schema: z.ZodType, raw: unknown): unknown {
  const r = parseModel(schema, raw);
  if (!r.ok) return { issues: r.issues };
  const show = (v: unknown): unknown =>
    isDecimal(v) ? `${v.isNeg() ? '(negative) ' : ''}${v.toString()}` : Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, show(x)]));
  return { value: show(r.value) };
}

/** Inputs near every accepted and refused form. */
const inputs: fc.Arbitrary<unknown> = fc.oneof(
  fc.stringMatching(/^-?\d{1,25}(\.\d{1,12})?$/),
  fc.constantFrom('0.1', '0.3', '0.0999999999999999999999', '1e20', '100000000000000000000', '100000000000000000000.0001', '-0', '-0.00', '0', '30', '30.000001', '-5', '-4.99', '5', '+5', '.5', '5.', ' 1', '1e3', 'NaN', '', '１２'),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e20, 1.0000000000000002e20, -1e20, 0, -0, 30, 30.000000000000004, -5, 5, Number.MAX_VALUE, Number.MIN_VALUE, 0.1, 0.3, 0.1 + 0.2),
  fc.constantFrom(null, undefined, true, false, {}, [], [1], { a: 1 }, 10n, Symbol('s')),
);

describe('decimalSchema against its former union formulation (oracle)', () => {
  for (const b of BOUNDS) {
    // a parent refinement that must not see a failed amount
    const inObject = (s: z.ZodType) => z.strictObject({ x: s }).refine((o) => (o.x as Decimal).gte(0) || true, 'refined');

    it(`gives the same decimal or the same messages: ${b.description} (property)`, () => {
      // built inside the test, so mutation testing attributes the schema's code to it
      const fast = decimalSchema(b);
      const oracle = unionSchema(b);
      fc.assert(
        fc.property(inputs, (raw) => {
          expect(outcome(fast, raw)).toEqual(outcome(oracle, raw));
          expect(outcome(inObject(fast), { x: raw })).toEqual(outcome(inObject(oracle), { x: raw }));
        }),
        { numRuns: 600 },
      );
    });
  }

  it('declares the same JSON Schema as the union', () => {
    for (const b of BOUNDS) {
      const declared = z.toJSONSchema(decimalSchema(b), { io: 'input', target: 'draft-2020-12' });
      const union = z.toJSONSchema(unionSchema(b).meta({ description: b.description }), { io: 'input', target: 'draft-2020-12' });
      expect(declared).toEqual(union);
    }
  });
});
