/**
 * The JSON-ish type name of an input value, for messages such as
 * "expected a decimal string or number, got boolean". Never throws.
 *
 * @example
 * typeName(true); // 'boolean'
 * typeName(null); // 'null'
 * typeName([1]); // 'array'
 */
export function typeName(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
  return typeof x;
}

const MAX_PREVIEW = 40;

/**
 * A short, safe rendering of an input value for messages: strings quoted (and cut at 40
 * characters), numbers and booleans as written, anything else by its type name. Never
 * throws and never walks into objects (input may be cyclic or exotic).
 *
 * @example
 * showValue('1,000'); // "'1,000'"
 * showValue(1.5); // '1.5'
 * showValue({ a: 1 }); // 'object'
 */
export function showValue(x: unknown): string {
  if (typeof x === 'string') {
    const cut = x.length > MAX_PREVIEW ? `${x.slice(0, MAX_PREVIEW)}…` : x;
    return `'${cut}'`;
  }
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') return String(x);
  return typeName(x);
}

/**
 * The standard "expected X, got Y" message; a missing value (`undefined`) reads
 * "missing: expected X". `show` renders the received value (its type by default).
 *
 * @example
 * expectedGot('a decimal string or number', true); // 'expected a decimal string or number, got boolean'
 * expectedGot('a date string YYYY-MM-DD', undefined); // 'missing: expected a date string YYYY-MM-DD'
 */
export function expectedGot(what: string, input: unknown, show: (x: unknown) => string = typeName): string {
  return input === undefined ? `missing: expected ${what}` : `expected ${what}, got ${show(input)}`;
}
