import { describe, expect, it } from 'vitest';
import { CATALOG_POLICIES } from '../../src/policies/catalog-list';
import { PRECOMPILED } from '../../src/policies/fast/index';
import { precompiledFor } from '../../src/engine/fast/precompiled';
import { STDLIB } from '../../src/rules/stdlib';
import { expectedFastFiles, FAST_DIR, fastDrift, moduleNameOf } from '../../scripts/gen-fast';

describe('src/policies/fast: the decision code generated ahead of time for the catalog', () => {
  it('is current: `npm run gen:fast` would write exactly the committed files', () => {
    expect(fastDrift(FAST_DIR)).toEqual([]);
  });
  it('covers every catalog policy, each generated from its data as it is now, and builds', () => {
    expect(Object.keys(PRECOMPILED).sort()).toEqual(CATALOG_POLICIES.map((p) => p.id).sort());
    for (const p of CATALOG_POLICIES) {
      const pre = PRECOMPILED[p.id];
      expect(pre?.source).toBe(JSON.stringify(p));
      expect(precompiledFor(p, STDLIB, pre)).toBeTypeOf('function');
    }
  });
  it('module names are the policy ids with dots as dashes, one file each plus the index', () => {
    expect(moduleNameOf('cn.hnte.2016')).toBe('cn-hnte-2016');
    expect(Object.keys(expectedFastFiles()).length).toBe(CATALOG_POLICIES.length + 1);
  });
});
