import { Decimal, isDecimal } from '../../models/decimal';
import { isPlainDate, type PlainDate } from '../../models/plain-date';
import { InputError } from '../../engine/errors';
import type { Value } from '../../engine/values';

/**
 * A function argument as a decimal; a wrong type is a policy error (thrown as TypeError).
 *
 * @example
 * decimalArg({ x: new Decimal(2) }, 'x').toString(); // '2'
 */
export function decimalArg(args: Readonly<Record<string, Value | undefined>>, name: string): Decimal {
  const v = args[name];
  if (isDecimal(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return new Decimal(v);
  throw new TypeError(`argument ${name}: expected a number`);
}

/**
 * An optional date argument.
 *
 * @example
 * optionalDateArg({}, 'deferTo'); // undefined
 */
export function optionalDateArg(args: Readonly<Record<string, Value | undefined>>, name: string): PlainDate | undefined {
  const v = args[name];
  if (v === undefined) return undefined;
  if (isPlainDate(v)) return v;
  throw new TypeError(`argument ${name}: expected a date`);
}

/**
 * A list argument (array of records from the input).
 *
 * @example
 * listArg({ payments: [] }, 'payments'); // []
 */
export function listArg(args: Readonly<Record<string, Value | undefined>>, name: string): readonly Record<string, unknown>[] {
  const v = args[name];
  if (!Array.isArray(v)) throw new TypeError(`argument ${name}: expected a list`);
  return v as readonly Record<string, unknown>[];
}

/**
 * Runs a rule computation, turning its domain error (with a path) into an
 * {@link InputError} so the record becomes an error row with the issue.
 *
 * @example
 * asInputError(() => 1, (e) => null); // 1
 */
export function asInputError<T>(run: () => T, toIssue: (e: unknown) => { code: string; path: string; message: string } | null): T {
  try {
    return run();
  } catch (e) {
    const issue = toIssue(e);
    if (!issue) throw e;
    throw new InputError(issue.code, issue.message, [{ path: issue.path, message: issue.message }]);
  }
}
