import { describe, expect, it } from 'vitest';
import { ndjsonPopulation } from '../../bench/ndjson-file';
import { tuneCollector } from '../../src/cli/collector-tuning';
import { runBin } from './run-bin';

describe('tuneCollector', () => {
  it('sets --no-allocation-site-pretenuring unless node was given the flag either way', () => {
    const set: string[] = [];
    expect(tuneCollector([], (f) => set.push(f))).toBe(true);
    expect(tuneCollector(['--max-old-space-size=512'], (f) => set.push(f))).toBe(true);
    expect(set).toEqual(['--no-allocation-site-pretenuring', '--no-allocation-site-pretenuring']);
    for (const given of ['--allocation-site-pretenuring', '--no-allocation-site-pretenuring', '--allocation_site_pretenuring', '--no-allocation_site_pretenuring']) {
      expect(tuneCollector(['--inspect', given], (f) => set.push(f))).toBe(false);
    }
    expect(set).toHaveLength(2);
  });
});

describe('the zone-policy process', () => {
  // V8 prints its pretenuring decisions with --trace-pretenuring-statistics (to stdout, among the rows)
  const tenureDecisions = (stdout: string) => stdout.split('\n').filter((l) => l.includes('pretenuring:') && l.includes('=> tenure')).length;
  const file = ndjsonPopulation(3000, 7, '2020-06-01');
  const args = ['eval', 'cn.hnte.2016', '--as-of', '2020-06-01', '--input', file, '--format', 'ndjson'];

  it('makes no pretenuring decision over a screening; with the flag given to node, V8 makes them', async () => {
    const [tuned, given] = await Promise.all([
      runBin(args, { nodeArgs: ['--trace-pretenuring-statistics'] }),
      runBin(args, { nodeArgs: ['--trace-pretenuring-statistics', '--allocation-site-pretenuring'] }),
    ]);
    expect(tuned.code).toBe(0);
    expect(given.code).toBe(0);
    expect(tenureDecisions(tuned.stdout)).toBe(0);
    expect(tenureDecisions(given.stdout)).toBeGreaterThan(0);
    // the same rows either way
    const rows = (s: string) => s.split('\n').filter((l) => l.startsWith('{'));
    expect(rows(tuned.stdout)).toHaveLength(3000);
    expect(rows(tuned.stdout)).toEqual(rows(given.stdout));
  }, 60_000);
});
