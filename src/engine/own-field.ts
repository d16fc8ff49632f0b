/**
 * A record's own field (never one inherited from its prototype), or `undefined`.
 *
 * @example
 * ownField({ asOf: '2020-06-01' }, 'asOf'); // '2020-06-01'
 * ownField({}, 'toString'); // undefined
 */
export function ownField(record: unknown, key: string): unknown {
  return record !== null && typeof record === 'object' && Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}
