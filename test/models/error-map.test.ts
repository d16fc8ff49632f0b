import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { readableErrorMap } from '../../src/models/error-map';

const messageOf = (schema: z.ZodType, raw: unknown) => schema.safeParse(raw, { error: readableErrorMap }).error?.issues[0]?.message;

describe('readableErrorMap', () => {
  it('words wrong types, missing values, enums and unknown keys', () => {
    expect(messageOf(z.object({}), [])).toBe('expected an object, got array');
    expect(messageOf(z.array(z.string()), {})).toBe('expected an array, got object');
    expect(messageOf(z.object({ a: z.string() }), {})).toBe('missing: expected a string');
    expect(messageOf(z.enum(['a', 'b']), 'c')).toBe("expected one of 'a', 'b', got 'c'");
    expect(messageOf(z.strictObject({}), { x: 1, y: 2 })).toBe("unknown key 'x'; unknown key 'y'");
  });

  it('words discriminators and sizes', () => {
    const U = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]);
    expect(messageOf(U, { kind: 'c' })).toBe("expected one of 'a', 'b', got 'c'");
    expect(messageOf(U, {})).toBe("missing: expected one of 'a', 'b'");
    expect(messageOf(z.array(z.number()).min(2), [1])).toBe('expected at least 2 items, got 1');
    expect(messageOf(z.array(z.number()).max(1), [1, 2])).toBe('expected at most 1 item, got 2');
    expect(messageOf(z.string().min(1), '')).toBe('must not be empty');
    expect(messageOf(z.number().min(3), 2)).toBe('must be at least 3, got 2');
  });

  it("defers to a schema's own message", () => {
    expect(messageOf(z.string({ error: 'own message' }), 1)).toBe('own message');
  });
});
