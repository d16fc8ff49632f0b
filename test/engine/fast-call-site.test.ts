import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { registryOf, type FastImpl, type PolicyFunction } from '../../src/engine/functions';
import { callWith, fastCallOf } from '../../src/engine/fast/aot-runtime';
import { Ratio, UNKNOWN, type FastValue } from '../../src/engine/fast/fast-value';
import { DECLINE } from '../../src/engine/fast/scaled';

// A building block whose fast implementation records what it was given, and the object it was given it in.
function recorder(): { registry: ReturnType<typeof registryOf>; seen: { args: Record<string, unknown>; same: object }[] } {
  const seen: { args: Record<string, unknown>; same: object }[] = [];
  const impl: FastImpl = (args) => {
    seen.push({ args: { ...args }, same: args });
    return 1;
  };
  const f: PolicyFunction = {
    name: 'test.record', label: { zh: '记', en: 'record' }, args: { x: 'required', y: 'optional' }, argsOf: () => ({ x: 'required', y: 'optional' }),
    check: () => [], compile: () => () => null, fast: () => impl,
  };
  return { registry: registryOf([f]), seen };
}

const value: fc.Arbitrary<FastValue> = fc.oneof(fc.integer(), fc.constant(UNKNOWN), fc.constant(null), fc.string({ maxLength: 3 }), fc.boolean(), fc.integer({ min: 1, max: 9 }).map((d) => new Ratio(1, d)));

describe('callWith on a call site: one arguments object, filled again for every call', () => {
  it('the site has its own arguments object; an unknown required argument makes the call unknown, an unknown optional one is undefined', () => {
    const { registry, seen } = recorder();
    const site = fastCallOf(registry, 'test.record', {}, 2);
    expect(site?.required).toEqual(new Set(['x']));
    expect(callWith(site, ['x', 'y'], [UNKNOWN, 5])).toBe(UNKNOWN);
    expect(seen).toHaveLength(0);
    expect(callWith(site, ['x', 'y'], [3, UNKNOWN])).toBe(1);
    expect(callWith(site, ['x', 'y'], [4, 5])).toBe(1);
    expect(seen.map((s) => s.args)).toEqual([{ x: 3, y: undefined }, { x: 4, y: 5 }]);
    expect(seen[0]?.same).toBe(seen[1]?.same);
    expect(seen[0]?.same).toBe(site?.args);
    // fact data (a list, a record) is not a fast value: the call declines
    expect(() => callWith(site, ['x', 'y'], [[1] as unknown as FastValue, 5])).toThrow(DECLINE);
    expect(() => callWith(null, ['x'], [1])).toThrow(DECLINE);
  });
  it('property: each call sees exactly its own arguments, whatever the calls before it were', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 12 }), (calls) => {
        const { registry, seen } = recorder();
        const site = fastCallOf(registry, 'test.record', {}, 2);
        const want: Record<string, unknown>[] = [];
        for (const [x, y] of calls) {
          const r = callWith(site, ['x', 'y'], [x, y]);
          if (x === UNKNOWN) expect(r).toBe(UNKNOWN);
          else want.push({ x, y: y === UNKNOWN ? undefined : y });
        }
        expect(seen.map((s) => s.args)).toEqual(want);
      }),
    );
  });
});
