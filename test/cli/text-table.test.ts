import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDiff } from '../../src/cli/cases/json-diff';
import { clip, displayWidth, textTable } from '../../src/cli/output/text-table';

describe('text tables', () => {
  it('counts CJK characters as two columns and right-aligns numeric columns', () => {
    expect(displayWidth('符合')).toBe(4);
    expect(displayWidth('E1')).toBe(2);
    expect(textTable(['id', '状态', 'fee'], [['G1', '符合', '50000.00'], ['G22', 'error', '7.50']])).toBe(
      ['id   状态        fee', '---  -----  --------', 'G1   符合   50000.00', 'G22  error      7.50'].join('\n'),
    );
  });

  it('clips long cells with an ellipsis', () => {
    expect(clip('abcdefgh', 5)).toBe('abcd…');
    expect(clip('abc', 5)).toBe('abc');
  });

  it('property: every line of a table has the display width of the header line or less, all columns line up', () => {
    const cell = fc.stringMatching(/^[a-z0-9符合待定]{0,6}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 6 }), (rows) => {
        const lines = textTable(['a', 'b', 'c'], rows).split('\n');
        const rule = lines[1] ?? '';
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(rule.length);
      }),
    );
  });
});

describe('case diffs', () => {
  it('reports each differing leaf with its path', () => {
    expect(jsonDiff('outputs.x', { a: '1', b: ['2', '3'] }, { a: '1', b: ['2', '4'], c: true })).toEqual(['outputs.x.b[1]: expected "3", got "4"', 'outputs.x.c: expected nothing, got true']);
    expect(jsonDiff('outputs.fee', 1.5, '1.50')).toEqual(['outputs.fee: expected 1.5, got "1.50" (a number in YAML: quote it, "1.50")']);
  });

  it('property: a value never differs from itself, and always differs from a changed copy', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(jsonDiff('x', v, structuredClone(v))).toEqual([]);
        expect(jsonDiff('x', v, { changed: v }).length).toBeGreaterThan(0);
      }),
    );
  });
});
