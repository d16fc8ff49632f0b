/**
 * A value given as its JSON text: numbers JSON can write but JS cannot hold exactly
 * (`1e400`, `-0`, 400 digits) and deep nesting, kept as written until the record is
 * serialised and read back with `JSON.parse`.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * Serialises a fuzz record: own enumerable keys in order (so an own `__proto__` key made
 * with `defineProperty` is written), {@link RawJson} as its text.
 *
 * @example
 * toJsonText({ a: new RawJson('1e400') }); // '{"a":1e400}'
 */
export function toJsonText(v: unknown): string {
  if (v instanceof RawJson) return v.text;
  if (Array.isArray(v)) return `[${v.map(toJsonText).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).map((k) => `${JSON.stringify(k)}:${toJsonText(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * Sets an own, enumerable property even when the key is `__proto__` (as `JSON.parse`
 * does), never touching a prototype.
 *
 * @example
 * const o = {}; setOwn(o, '__proto__', 1); Object.keys(o); // ['__proto__']
 */
export function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Copies a fuzz value (plain JSON and {@link RawJson} leaves), own keys kept as own keys. */
export function cloneValue(v: unknown): unknown {
  if (v instanceof RawJson) return v;
  if (Array.isArray(v)) return v.map(cloneValue);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) setOwn(out, k, cloneValue((v as Record<string, unknown>)[k]));
    return out;
  }
  return v;
}
