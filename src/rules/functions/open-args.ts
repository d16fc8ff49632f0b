import { PolicyError } from '../../engine/errors';
import type { Value } from '../../engine/values';

const PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * An argument list open to any name, every argument optional: for building blocks whose
 * arguments are named by their configuration (a score card's inputs, a choice's options).
 * The engine accepts any name and passes an unknown argument as `undefined`; the block
 * then checks the names against its configuration with {@link checkArgNames}.
 *
 * @example
 * const args = openArgs();
 * 'stStaffShare' in args; // true
 * args['stStaffShare']; // 'optional'
 * Object.keys(args); // []
 */
export function openArgs(): Readonly<Record<string, 'optional'>> {
  return new Proxy<Record<string, 'optional'>>(
    {},
    {
      has: (_target, key) => typeof key === 'string' && !PROTO_KEYS.has(key),
      get: (target, key) => (typeof key === 'string' && !PROTO_KEYS.has(key) ? 'optional' : Reflect.get(target, key)),
    },
  );
}

/**
 * Checks that a call passes exactly the arguments its configuration names (no more, no
 * fewer): a typo in a policy is a {@link PolicyError}, never a silently unknown input.
 *
 * @example
 * checkArgNames('score.card', { a: undefined }, ['a']); // ok, returns nothing
 * checkArgNames('score.card', { b: undefined }, ['a']); // throws PolicyError: score.card: unexpected argument "b"; missing argument "a"
 */
export function checkArgNames(fn: string, args: Readonly<Record<string, Value | undefined>>, expected: readonly string[]): void {
  const given = Object.keys(args);
  const extra = given.filter((k) => !expected.includes(k));
  const absent = expected.filter((k) => !given.includes(k));
  if (extra.length === 0 && absent.length === 0) return;
  const parts = [...extra.map((k) => `unexpected argument "${k}"`), ...absent.map((k) => `missing argument "${k}"`)];
  throw new PolicyError(`${fn}: ${parts.join('; ')}`);
}
