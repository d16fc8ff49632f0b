import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { bytesPerRecord } from '../../bench/allocation';
import { parseBenchArgs } from '../../bench/args';
import { yuan } from '../../bench/firm';
import { median } from '../../bench/harness';
import { asOfContext, majorIncidentInYear, registeredOneYear, windowStart, yearsAfter } from '../../bench/implementations/as-of';
import { ndjsonPopulation } from '../../bench/ndjson-file';
import { measureRun } from '../../bench/peak-rss';
import { sourceLookup } from '../../bench/source-map';
import { plusYears } from '../../src/models/plain-date';

describe('the hand-written date helpers', () => {
  it('one calendar year on, Feb 29 -> Feb 28; the registration edge is inclusive', () => {
    expect(yearsAfter('2016-02-29', 1)).toBe('2017-02-28');
    expect(yearsAfter('2020-06-01', -1)).toBe('2019-06-01');
    expect(registeredOneYear('2019-06-01', asOfContext('2020-06-01'))).toBe(true);
    expect(registeredOneYear('2019-06-02', asOfContext('2020-06-01'))).toBe(false);
    expect(registeredOneYear('2020-02-29', asOfContext('2021-02-28'))).toBe(true);
  });

  it('agree with the models plusYears on every day of 1999..2021', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8400 }), fc.integer({ min: -2, max: 2 }), (days, n) => {
        const d = new Date(Date.UTC(1999, 0, 1 + days)).toISOString().slice(0, 10);
        expect(yearsAfter(d, n)).toBe(plusYears(d, n));
      }),
    );
  });

  it('incidents in [asOf - 1 year, asOf) of a major kind count; the window starts at registration', () => {
    const c = asOfContext('2020-06-01');
    expect(majorIncidentInYear([{ kind: 'quality', date: '2019-06-01' }], c)).toBe(true);
    expect(majorIncidentInYear([{ kind: 'quality', date: '2019-05-31' }], c)).toBe(false);
    expect(majorIncidentInYear([{ kind: 'environmental', date: '2020-06-01' }], c)).toBe(false);
    expect(majorIncidentInYear([{ kind: 'dishonesty', date: '2020-01-01' }], c)).toBe(false);
    expect(windowStart('2018-12-31', c)).toBe(2018);
    expect(windowStart('2010-01-01', c)).toBe(2017);
  });
});

describe('bench utilities', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('yuan strings from fen', () => {
    expect(yuan(5_000_000_001)).toBe('50000000.01');
    expect(yuan(7)).toBe('0.07');
    expect(yuan(-5)).toBe('-0.05');
  });

  it('flags: defaults, scaling down, and bad values', () => {
    expect(parseBenchArgs([])).toEqual({ records: 100000, rounds: 5, seed: 1, asOf: '2020-06-01', modelRecords: 20000, cli: true, cliRecords: 1000000, json: false });
    expect(parseBenchArgs(['--records', '5000', '--cli-records', '2000', '--no-cli', '--json'])).toMatchObject({ records: 5000, modelRecords: 5000, cli: false, cliRecords: 2000, json: true });
    expect(() => parseBenchArgs(['--records', '0'])).toThrow('--records must be a whole number >= 1, got 0');
    expect(() => parseBenchArgs(['--bogus'])).toThrow();
  });

  it('source maps: a segment maps a bundle position to its source line', () => {
    // "AAAA": column 0 -> source 0, line 0; ";AACA": next line, column 0 -> source 0, line 1
    const at = sourceLookup({ sources: ['a.ts'], mappings: 'AAAA;AACA' });
    expect(at(0, 5)).toEqual({ source: 'a.ts', line: 1 });
    expect(at(1, 0)).toEqual({ source: 'a.ts', line: 2 });
    expect(at(7, 0)).toBeNull();
  });

  it('the NDJSON population has one valid record per line, ids in order', () => {
    const lines = readFileSync(ndjsonPopulation(120, 3, '2020-06-01'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(120);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(Array.from({ length: 120 }, (_, i) => `F${i + 1}`));
  });

  it.each(['auto', 'proc'] as const)('peak RSS (%s) of a child that holds 80 MB for a moment is measured above 80 MB', async (by) => {
    const r = await measureRun(process.execPath, ['-e', 'const b = Buffer.alloc(80e6, 1); setTimeout(() => console.log(b[0]), 200)'], undefined, by);
    expect(r.code).toBe(0);
    if (r.peakRssMb === null) expect(r.rssBy).toBe('unavailable');
    else expect(r.peakRssMb).toBeGreaterThan(80);
    if (by === 'proc' && r.peakRssMb !== null) expect(r.rssBy).toBe('/proc/<pid>/status VmHWM');
  });
});

describe('bytesPerRecord: what one pass allocates, per record, from the sampling heap profiler', () => {
  it('sees a pass that allocates 8 KB a record, and one that allocates nothing', async () => {
    const keep: unknown[] = [];
    const heavy = await bytesPerRecord(() => {
      for (let i = 0; i < 2000; i++) keep[i % 4] = new Array<number>(1000).fill(i);
    }, 2000);
    // 1,000 elements of 8 bytes, with the array's header: sampled, so within a margin
    expect(heavy).toBeGreaterThan(6000);
    expect(heavy).toBeLessThan(10_000);
    let sum = 0;
    const light = await bytesPerRecord(() => {
      for (let i = 0; i < 200_000; i++) sum += i & 7;
    }, 200_000);
    expect(light).toBe(0);
    expect(sum).toBeGreaterThan(0);
  });
});
