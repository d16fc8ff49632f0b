import type { PreparedRecord, Validation } from './decision-path';

/**
 * The prepared records `prepare`/`prepareFacts` make: frozen, with the compact layout in a
 * private field that only this class can read. An object that merely looks like a prepared
 * record has no such field, so it is never decided from a layout (the engine evaluates its
 * record again); reading the field is a plain property read, where a side table (a
 * `WeakMap`) costs a hash lookup per decision.
 *
 * @example
 * const p = new Prepared(facts, false, undefined, 2, 'enterprise', undefined, null);
 * Prepared.layoutOf(p); // null
 */
export class Prepared implements PreparedRecord {
  readonly record: unknown;
  readonly validated: boolean;
  readonly validation: Validation | undefined;
  readonly k: number;
  readonly asOf: unknown;
  readonly input: string | undefined;
  /** The compact layout (`null`: invalid, or no fast path). */
  readonly #layout: unknown;
  constructor(record: unknown, validated: boolean, validation: Validation | undefined, k: number, input: string | undefined, asOf: unknown, layout: unknown) {
    this.record = record;
    this.validated = validated;
    this.validation = validation;
    this.k = k;
    this.asOf = asOf;
    this.input = input;
    this.#layout = layout;
    Object.freeze(this);
  }

  /**
   * The layout of a prepared record made here, or `undefined` for any other object.
   *
   * @example
   * Prepared.layoutOf({ record: {} } as PreparedRecord); // undefined
   */
  static layoutOf(p: PreparedRecord): unknown {
    return typeof p === 'object' && p !== null && #layout in p ? (p as Prepared).#layout : undefined;
  }
}
