import { z } from 'zod';
import { decimalReaderOf } from './decimal-schema';

/**
 * The schema {@link fact} returns: its output is the parsed value or `undefined`, its input
 * the inner schema's input, `null` or nothing.
 *
 * @example
 * const s: FactSchema<typeof CountSchema> = fact(CountSchema);
 */
export type FactSchema<T extends z.ZodType> = z.ZodOptional<z.ZodType<z.output<T> | undefined, z.input<T> | null>>;

/**
 * Makes a schema an optional *fact*: a missing key and `null` both mean "unknown" (never
 * zero), and `null` is normalised away, so the output holds the parsed value or
 * `undefined` and downstream code only checks `=== undefined`.
 *
 * An amount (a schema of `decimalSchema`, such as `MoneySchema`) is read in one function
 * instead of zod's nullable, pipe and transform layers: the same values and messages, and
 * the same JSON Schema, which the layered form declares (`test/models/fact-oracle.test.ts`
 * compares the two). An Enterprise record holds about twenty amounts, so this is much of
 * what validating it costs.
 *
 * @example
 * const S = z.strictObject({ stStaff: fact(CountSchema) });
 * S.parse({ stStaff: null }).stStaff; // undefined
 * S.parse({}).stStaff; // undefined
 * S.parse({ stStaff: '15' }).stStaff; // 15
 */
export function fact<T extends z.ZodType>(schema: T): FactSchema<T> {
  const read = decimalReaderOf(schema);
  if (read === undefined) return layeredFact(schema);
  const fused = (z.unknown() as z.ZodType<unknown, z.input<T> | null>)
    .transform((raw, ctx): z.output<T> | undefined => {
      // `undefined` never gets here: `optional` answers it first
      if (raw === null) return undefined;
      const d = read(raw);
      if (typeof d !== 'string') return d as z.output<T>;
      ctx.issues.push({ code: 'custom', message: d, input: raw });
      return z.NEVER;
    })
    .meta(declaredOf(schema));
  INNER.set(fused, schema);
  return fused.optional();
}

/** The JSON Schema of each inner schema's fact, computed once (`MoneySchema` is the fact of nine fields). */
const DECLARED = new WeakMap<z.ZodType, Record<string, unknown>>();

/** The JSON Schema the layered form declares: the inner schema or null. */
function declaredOf(schema: z.ZodType): Record<string, unknown> {
  let declared = DECLARED.get(schema);
  if (declared === undefined) {
    const { $schema: _dialect, ...rest } = z.toJSONSchema(schema.nullable(), { io: 'input', target: 'draft-2020-12' });
    declared = rest;
    DECLARED.set(schema, declared);
  }
  return declared;
}

/** The inner schema of every amount fact read in one function. */
const INNER = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The schema an amount fact reads (the `MoneySchema` of `fact(MoneySchema)`), given the
 * fact's one-function schema (inside its `optional`); `undefined` for any other schema. For
 * code that walks a model's schema to a fact's kind (the gap analysis): the layered form
 * shows its inner schema through zod's `unwrap` and `in`, this one through here.
 *
 * @example
 * const f = fact(MoneySchema);
 * factInner(f.unwrap()) === MoneySchema; // true
 */
export function factInner(schema: z.ZodType): z.ZodType | undefined {
  return INNER.get(schema);
}

/**
 * The layered form of {@link fact}: `null` allowed, then normalised to `undefined`, the key
 * optional. Every schema that is not an amount is made a fact this way.
 */
function layeredFact<T extends z.ZodType>(schema: T): FactSchema<T> {
  return schema
    .nullable()
    .transform((v): z.output<T> | undefined => (v === null ? undefined : v))
    .optional();
}
