/**
 * JSON text with object keys sorted at every level: two data values are the same data
 * exactly when their canonical texts are equal (key order never matters).
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/**
 * True when two values are the same JSON data (key order ignored; `undefined` fields are
 * absent fields).
 *
 * @example
 * sameData({ a: 1, b: 2 }, { b: 2, a: 1 }); // true
 * sameData({ a: 1 }, { a: '1' }); // false
 */
export function sameData(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
