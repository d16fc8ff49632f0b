import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, findMissingExamples, formatMissing, REPO_ROOT } from '../../scripts/check-examples';

const FIXTURE = join(REPO_ROOT, 'test', 'docs', 'fixtures', 'examples-check');

describe('scripts/check-examples', () => {
  const inFixture = findMissingExamples(FIXTURE, ['index.ts']);

  it('lists exports without an @example, and functions and values whose example shows no result', () => {
    const found = inFixture.map(({ name, kind, line, problem }) => ({ name, kind, line, problem }));
    expect(found).toEqual([
      { name: 'overloaded', kind: 'function', line: 4, problem: 'no-example' },
      { name: 'noResult', kind: 'function', line: 5, problem: 'no-result' },
      { name: 'undocumented', kind: 'variable', line: 10, problem: 'no-example' },
      { name: 'Shape', kind: 'type', line: 25, problem: 'no-example' },
    ]);
  });

  it('names the file relative to the root and the entry point', () => {
    const [first] = inFixture;
    expect(first).toMatchObject({ file: 'overloads.ts', entry: 'index.ts' });
  });

  it('formats one line per finding', () => {
    expect(formatMissing([{ name: 'x', kind: 'variable', file: 'src/a.ts', line: 3, entry: 'src/index.ts', problem: 'no-example' }])).toEqual([
      'src/a.ts:3  variable x: no @example  (src/index.ts)',
    ]);
  });

  it('finds nothing missing in the package entry points', { timeout: 180_000 }, () => {
    expect(formatMissing(findMissingExamples(REPO_ROOT, ENTRY_POINTS))).toEqual([]);
  });
});
