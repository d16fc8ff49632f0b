import { isDeepStrictEqual } from 'node:util';

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

function hint(e: unknown, a: unknown): string {
  if (typeof e === 'number' && typeof a === 'string' && a.trim() !== '' && Number(a) === e) return ` (a number in YAML: quote it, "${a}")`;
  return '';
}

/**
 * The differences between an expected and an actual JSON value, one line per differing
 * leaf: `outputs.fee: expected "50000.00", got "50000.01"`. Objects compare key by key
 * (order ignored), arrays item by item.
 *
 * @example
 * jsonDiff('outputs.fee', '1.00', '2.00'); // ['outputs.fee: expected "1.00", got "2.00"']
 * jsonDiff('x', { a: 1 }, { a: 1, b: 2 }); // ['x.b: expected nothing, got 2']
 */
export function jsonDiff(path: string, e: unknown, a: unknown): string[] {
  if (isDeepStrictEqual(e, a)) return [];
  const bothObjects = e !== null && a !== null && typeof e === 'object' && typeof a === 'object';
  if (bothObjects && Array.isArray(e) && Array.isArray(a)) {
    if (e.length !== a.length) return [`${path}: expected ${e.length} items ${show(e)}, got ${a.length} items ${show(a)}`];
    return e.flatMap((x, i) => jsonDiff(`${path}[${i}]`, x, a[i]));
  }
  if (bothObjects && !Array.isArray(e) && !Array.isArray(a)) {
    const keys = [...new Set([...Object.keys(e), ...Object.keys(a)])];
    return keys.flatMap((k) => jsonDiff(`${path}.${k}`, (e as Record<string, unknown>)[k], (a as Record<string, unknown>)[k]));
  }
  return [`${path}: expected ${show(e)}, got ${show(a)}${hint(e, a)}`];
}
