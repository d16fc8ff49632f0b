import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builderSource, shapeOf } from '../../bench/tree-builder';

const dir = mkdtempSync(join(tmpdir(), 'zone-policy-tree-builder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let modules = 0;

/** Writes the builder module of the samples and imports its `build`. */
async function builderOf(samples: readonly unknown[]): Promise<(s: unknown) => unknown> {
  const file = join(dir, `builder-${modules++}.mjs`);
  writeFileSync(file, builderSource(samples));
  return ((await import(pathToFileURL(file).href)) as { build: (s: unknown) => unknown }).build;
}

/** The same shape with other leaves: strings suffixed, numbers shifted, booleans flipped. */
function otherLeaves(v: unknown, salt: number): unknown {
  if (Array.isArray(v)) return v.map((x) => otherLeaves(x, salt));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, otherLeaves(x, salt)]));
  if (typeof v === 'string') return `${v}~${salt}`;
  if (typeof v === 'number') return v + salt;
  if (typeof v === 'boolean') return salt % 2 === 1 ? !v : v;
  return v;
}

describe('shapeOf', () => {
  it('keeps keys and lengths, drops values', () => {
    expect(shapeOf({ a: [1, 'x'], b: null })).toBe('{a:[.,.],b:.}');
    expect(shapeOf({ a: [1, 'x'] })).toBe(shapeOf({ a: [true, null] }));
    expect(shapeOf({ a: [1] })).not.toBe(shapeOf({ a: [1, 2] }));
    expect(shapeOf({ a: 1, b: 2 })).not.toBe(shapeOf({ b: 1, a: 2 }));
  });
});

describe('builderSource', () => {
  it('builds a result equal to each sample, sharing the parts every sample has in common', async () => {
    const a = { id: 'F1', label: { en: 'x', zh: '甲' }, criteria: [{ id: 'r', result: 'pass', values: { ratio: '0.1' } }] };
    const b = { id: 'F2', label: { en: 'x', zh: '甲' }, criteria: [{ id: 'r', result: 'fail', values: { ratio: '0.2' } }] };
    const build = await builderOf([a, b]);
    const ba = build(a) as typeof a;
    expect(ba).toEqual(a);
    expect(build(b)).toEqual(b);
    expect(ba).not.toBe(a);
    expect(ba.criteria[0]).not.toBe(a.criteria[0]);
    // the label is the same in both samples: one constant, the same object in every build
    expect(ba.label).toBe((build(b) as typeof b).label);
    expect(builderSource([a, b])).toContain('K[0]');
  });

  it('equals every sample of any JSON shape (a property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 3 }), async (v, n) => {
        const samples = [v, ...Array.from({ length: n }, (_, i) => otherLeaves(v, i + 1))];
        const build = await builderOf(samples);
        for (const s of samples) expect(build(s)).toEqual(s);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses no samples and samples of different shapes', () => {
    expect(() => builderSource([])).toThrow(/at least one sample/);
    expect(() => builderSource([{ a: 1 }, { a: [1] }])).toThrow(/differ in shape/);
  });
});

describe('builderSource and own keys', () => {
  it('keeps a __proto__ key as an own key, as JSON.parse does', async () => {
    const s = JSON.parse('{"__proto__": {"x": 1}, "id": "a"}') as Record<string, unknown>;
    const build = await builderOf([s, JSON.parse('{"__proto__": {"x": 2}, "id": "b"}')]);
    const b = build(s) as Record<string, unknown>;
    expect(Object.keys(b)).toEqual(['__proto__', 'id']);
    expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
    expect(b).toEqual(s);
  });
});
