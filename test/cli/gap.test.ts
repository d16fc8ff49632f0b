import { describe, expect, it } from 'vitest';
import { ndjson, runBin } from './run-bin';

const GAP = ['gap', 'cn.hnte.2016', '--input', 'hnte-firms.ndjson', '--as-of', '2016-06-01'];

/**
 * hnte-firms.ndjson at 2016-06-01 (window 2013-2015; 2015 sales set the R&D threshold):
 * H05 sells 50,000,000 a year and spends 2,250,000 on R&D: 6,750,000 / 150,000,000 = 0.045
 * < 0.05 (2015 sales <= 50,000,000). R&D must reach 0.05 x 150,000,000 = 7,500,000.00: +750,000.00
 * in any one year; or sales at most 6,750,000 / 0.05 = 135,000,000: -15,000,000.00 in 2013 or
 * 2014. The smallest change is one fen MORE 2015 sales: 50,000,000.01 falls in the next band,
 * threshold 0.04, and 6,750,000 / 150,000,000.01 = 0.044999... >= 0.04 (the decrease of 2015
 * sales is not searched beyond the size of that increase). Every change alone makes H05 eligible.
 */
const H05 = `cn.hnte.2016 H05 (2016-06-01): ineligible
Distance to eligibility (one figure changed at a time):
- R&D expense / sales revenue (rdRatio): raise financials[2013].rdExpense by 750,000.00 yuan (from 2,250,000.00 to 3,000,000.00); this alone makes the record eligible
- R&D expense / sales revenue (rdRatio): raise financials[2014].rdExpense by 750,000.00 yuan (from 2,250,000.00 to 3,000,000.00); this alone makes the record eligible
- R&D expense / sales revenue (rdRatio): raise financials[2015].rdExpense by 750,000.00 yuan (from 2,250,000.00 to 3,000,000.00); this alone makes the record eligible
- R&D expense / sales revenue (rdRatio): lower financials[2013].salesRevenue by 15,000,000.00 yuan (from 50,000,000.00 to 35,000,000.00); this alone makes the record eligible
- R&D expense / sales revenue (rdRatio): lower financials[2014].salesRevenue by 15,000,000.00 yuan (from 50,000,000.00 to 35,000,000.00); this alone makes the record eligible
- R&D expense / sales revenue (rdRatio): raise financials[2015].salesRevenue by 0.01 yuan (from 50,000,000.00 to 50,000,000.01); this alone makes the record eligible`;

describe('zone-policy gap', () => {
  it('text: one block per record, in order, blank lines between', async () => {
    const r = await runBin(GAP);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual([
      'cn.hnte.2016 H01 (2016-06-01): eligible', 'cn.hnte.2016 H02 (2016-06-01): eligible', 'cn.hnte.2016 H03 (2016-06-01): eligible',
      'cn.hnte.2016 H04 (2016-06-01): eligible', 'cn.hnte.2016 H05 (2016-06-01): ineligible', 'cn.hnte.2016 H06 (2016-06-01): ineligible',
      'cn.hnte.2016 H07 (2016-06-01): undetermined', 'cn.hnte.2016 H08 (2016-06-01): ineligible', 'cn.hnte.2016 H09 (2016-06-01): eligible',
      'cn.hnte.2016 H10 (2016-06-01): eligible',
    ]);
    expect(blocks[4]).toBe(H05);
    expect(blocks[0]).toBe('cn.hnte.2016 H01 (2016-06-01): eligible\nAlready eligible.');
    // H06: a safety incident on 2015-09-01, inside [2015-06-01, 2016-06-01); H07 has no innovation score
    expect(blocks[5]).toBe('cn.hnte.2016 H06 (2016-06-01): ineligible\nNot fixable by a single figure:\n- No major incident in the year before (noMajorIncident): not fixable by numbers; it reads incidents[0].kind, incidents[0].date');
    expect(blocks[6]).toBe('cn.hnte.2016 H07 (2016-06-01): undetermined\nNot fixable by a single figure:\n- Innovation-ability score (innovationScore): undetermined; missing innovationScore');
  });

  it('--lang zh', async () => {
    const r = await runBin([...GAP, '--lang', 'zh']);
    expect(r.stdout).toContain('- 研究开发费用占销售收入比例 (rdRatio)：将 financials[2015].salesRevenue 提高 0.01 元（从 50,000,000.00 元到 50,000,000.01 元）；仅此一项即可符合条件\n');
    expect(r.stdout).toContain('- 核心知识产权 (coreIp)：不能通过调整数字满足，所读事实 ip.ownsCoreIp\n');
  });

  it('json and ndjson: the GapReport of each record, exact decimals', async () => {
    const [json, nd] = await Promise.all([runBin([...GAP, '--format', 'json']), runBin([...GAP, '--format', 'ndjson'])]);
    expect(json.code).toBe(0);
    const reports = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(reports).toEqual(ndjson(nd.stdout));
    expect(reports.map((x) => x['id'])).toEqual(['H01', 'H02', 'H03', 'H04', 'H05', 'H06', 'H07', 'H08', 'H09', 'H10']);
    const h05 = reports[4] as { suggestions: Record<string, unknown>[] };
    expect(h05.suggestions[5]).toEqual({
      criterion: 'rdRatio', label: { zh: '研究开发费用占销售收入比例', en: 'R&D expense / sales revenue' }, fact: 'financials[2015].salesRevenue', unit: 'yuan',
      direction: 'increase', from: '50000000.00', to: '50000000.01', change: '0.01', breaks: [], statusAfter: 'eligible', verified: true,
    });
    expect(reports[7]?.['notFixable']).toEqual([{ criterion: 'coreIp', label: { zh: '核心知识产权', en: 'Owns core IP' }, reason: 'notNumeric', facts: ['ip.ownsCoreIp'] }]);
  });

  it('an unreadable or invalid row is an error report in its place, and the exit code is 1', async () => {
    const stdin = '{"id":"B1","employees":"many"}\n{bad\n' + '{"id":"B3","registeredOn":"2010-03-01"}\n';
    const r = await runBin(['gap', 'cn.hnte.2016', '--input', '-', '--as-of', '2016-06-01', '--format', 'ndjson'], { stdin });
    expect(r.code).toBe(1);
    const rows = ndjson(r.stdout);
    expect(rows.map((x) => [x['id'], x['status'], (x['error'] as { code?: string } | undefined)?.code])).toEqual([
      ['B1', 'error', 'INVALID_INPUT'], [undefined, 'error', 'INVALID_JSON'], ['B3', 'undetermined', undefined],
    ]);
    const empty = await runBin(['gap', 'cn.hnte.2016', '--input', '-', '--as-of', '2016-06-01', '--format', 'json'], { stdin: '' });
    expect([empty.code, empty.stdout]).toEqual([0, '[]\n']);
  });

  it('--format html: one page with the suggestions', async () => {
    const r = await runBin([...GAP, '--format', 'html', '--chart-value', 'rdRatio.ratio']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('raise financials[2015].salesRevenue by 0.01 yuan');
    expect(r.stdout).toContain('>rdRatio.ratio</text>');
  });

  it('usage errors: unknown policy, missing --input, bad format, bad date', async () => {
    const runs = await Promise.all([
      runBin(['gap', 'cn.nope', '--input', 'hnte-firms.ndjson']),
      runBin(['gap', 'cn.hnte.2016']),
      runBin([...GAP, '--format', 'csv']),
      runBin([...GAP, '--as-of', '2016-02-30']),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^zone-policy: [^\n]+\n$/);
    }
    expect(runs[0]?.stderr).toContain("unknown policy 'cn.nope'");
    expect(runs[2]?.stderr).toContain('Allowed choices are text, json, ndjson, html.');
  });
});
