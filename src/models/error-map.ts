import type { z } from 'zod';
import { expectedGot, showValue } from './describe-input';

const EXPECTED: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  nonoptional: 'a value',
};

function plural(n: number | bigint, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function discriminatorValue(input: unknown, key: string): unknown {
  try {
    return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function sizeMessage(iss: { origin: string; input?: unknown }, bound: number | bigint, side: 'least' | 'most'): string {
  if (iss.origin === 'array') {
    const got = Array.isArray(iss.input) ? `, got ${String(iss.input.length)}` : '';
    return `expected at ${side} ${plural(bound, 'item')}${got}`;
  }
  if (iss.origin === 'string' && side === 'least' && bound === 1) return 'must not be empty';
  if (iss.origin === 'string') return `expected at ${side} ${plural(bound, 'character')}`;
  return `must be at ${side} ${String(bound)}, got ${showValue(iss.input)}`;
}

/**
 * A zod error map in plain English, passed per parse (`schema.safeParse(x, { error:
 * readableErrorMap })`, as {@link parseModel} does). Messages the model schemas set
 * themselves take precedence; this covers zod's generic issues: wrong types ("expected an
 * object, got array"), missing fields ("missing: expected …"), unknown keys, enum values,
 * discriminators and sizes.
 *
 * @example
 * z.strictObject({}).safeParse({ x: 1 }, { error: readableErrorMap }).error?.issues[0]?.message; // "unknown key 'x'"
 * z.enum(['a', 'b']).safeParse('c', { error: readableErrorMap }).error?.issues[0]?.message; // "expected one of 'a', 'b', got 'c'"
 */
export const readableErrorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return expectedGot(EXPECTED[iss.expected] ?? `a ${iss.expected}`, iss.input);
    case 'unrecognized_keys':
      return iss.keys.map((k) => `unknown key ${showValue(k)}`).join('; ');
    case 'invalid_value':
      return expectedGot(`one of ${iss.values.map(showValue).join(', ')}`, iss.input, showValue);
    case 'invalid_union': {
      if (iss.discriminator === undefined) return expectedGot('a valid value', iss.input);
      const options = Array.isArray(iss.options) ? iss.options.map(showValue).join(', ') : '…';
      return expectedGot(`one of ${options}`, discriminatorValue(iss.input, iss.discriminator), showValue);
    }
    case 'too_small':
      return sizeMessage(iss, iss.minimum, 'least');
    case 'too_big':
      return sizeMessage(iss, iss.maximum, 'most');
    case 'invalid_format':
      return expectedGot(`a ${iss.format}`, iss.input, showValue);
    default:
      return undefined;
  }
};
