import { describe, expect, it } from 'vitest';
import { runBin } from './run-bin';

const IMPACT = ['impact', 'cn.hnte.2008', 'cn.hnte.2016', '--input', 'hnte-firms.ndjson', '--as-of-a', '2015-06-01', '--as-of-b', '2016-06-01'];

/**
 * hnte-firms.ndjson: ten firms with financials 2012-2015, judged by 2008 on 2015-06-01 (window
 * 2012-2014) and by 2016 on 2016-06-01 (window 2013-2015). By hand:
 * - H01, H09 pass both (R&D 7% of 30,000,000; 4.2% of 120,000,000 in the 4% band of both);
 * - let in: H02 (R&D 5.5%: < 6% in 2008, >= 5% in 2016), H03 (college-educated S&T staff
 *   40 / 200 = 20% < 30%; 2016 reads all S&T staff, 20% >= 10%), H04 (R&D staff 12 / 150 = 8%
 *   < 10%, no longer a test), H10 (high-tech revenue 18,000,000 / 31,000,000 = 58% in 2014,
 *   20,150,000 / 31,000,000 = 65% in 2015);
 * - let out: H05 (sales exactly 50,000,000: 2008's 4% band, "小于5,000万元" being strict, but
 *   2016's 5% band, "5,000万元（含）以下"; R&D 4.5%), H06 (a safety incident on 2015-09-01, in
 *   2016's year before, not in 2008's);
 * - H07 undetermined on both (no innovation score), H08 ineligible on both (no core IP).
 */
describe('zone-policy impact', () => {
  it('text: the policy changes, counts side by side, the flips and why', async () => {
    const r = await runBin(IMPACT);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Version impact: cn.hnte.2008 -> cn.hnte.2016, 10 records\n  A: cn.hnte.2008 High and new technology enterprise recognition (2008) (as of 2015-06-01)\n');
    expect(r.stdout).toContain('  Criteria: + stStaffRatio; - stStaffCollegeRatio, rdStaffRatio;');
    expect(r.stdout).toContain(
      [
        '  Status        A  B  B - A',
        '  eligible      4  6     +2',
        '  ineligible    5  3     -2',
        '  undetermined  1  1      0',
        '  error         0  0      0',
        '',
        'Flips: 6',
        '  eligible -> ineligible: 2',
        '  ineligible -> eligible: 4',
        '  H02  ineligible -> eligible  A: stStaffCollegeRatio pass, rdStaffRatio pass, rdRatio fail | B: stStaffRatio pass, rdRatio pass',
        '  H03  ineligible -> eligible  A: stStaffCollegeRatio fail, rdStaffRatio pass | B: stStaffRatio pass',
        '  H04  ineligible -> eligible  A: stStaffCollegeRatio pass, rdStaffRatio fail | B: stStaffRatio pass',
        '  H05  eligible -> ineligible  A: stStaffCollegeRatio pass, rdStaffRatio pass, rdRatio pass | B: stStaffRatio pass, rdRatio fail',
        '  H06  eligible -> ineligible  A: stStaffCollegeRatio pass, rdStaffRatio pass, noMajorIncident pass | B: stStaffRatio pass, noMajorIncident fail',
        '  H10  ineligible -> eligible  A: stStaffCollegeRatio pass, rdStaffRatio pass, hiTechRevenueShare fail | B: stStaffRatio pass, hiTechRevenueShare pass',
      ].join('\n') + '\n',
    );
  });

  it('--flips N lists the first N; --lang zh', async () => {
    const r = await runBin([...IMPACT, '--flips', '2', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('版本影响：cn.hnte.2008 -> cn.hnte.2016，共 10 条记录');
    expect(r.stdout).toContain('  H03  不符合 -> 符合');
    expect(r.stdout).not.toContain('H04');
    expect(r.stdout).toContain('（列出前 2 条，共 6 条）');
  });

  it('json: the ImpactReport with the unreadable rows', async () => {
    const r = await runBin([...IMPACT, '--format', 'json']);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(report['counts']).toEqual({ a: { eligible: 4, ineligible: 5, undetermined: 1, error: 0 }, b: { eligible: 6, ineligible: 3, undetermined: 1, error: 0 } });
    expect(report['transitions']).toEqual([{ from: 'eligible', to: 'ineligible', count: 2 }, { from: 'ineligible', to: 'eligible', count: 4 }]);
    expect((report['flips'] as { id: string }[]).map((f) => f.id)).toEqual(['H02', 'H03', 'H04', 'H05', 'H06', 'H10']);
    expect(report['a']).toEqual({ id: 'cn.hnte.2008', title: { zh: '高新技术企业认定（2008）', en: 'High and new technology enterprise recognition (2008)' }, asOf: '2015-06-01' });
    expect(report['money']).toEqual([]);
    expect(report['unreadable']).toEqual([]);
  });

  it('one date for versions in force in disjoint windows: a note on stderr, error rows on that side, exit 1', async () => {
    const r = await runBin(['impact', 'cn.hnte.2008', 'cn.hnte.2016', '--input', 'hnte-firms.ndjson', '--as-of', '2016-06-01', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('zone-policy: note: cn.hnte.2008 (A) is in force 2008-01-01 – 2015-12-31, not on 2016-06-01: its rows without their own asOf are errors; give each side its date with --as-of-a/--as-of-b\n');
    const report = JSON.parse(r.stdout) as { counts: { a: Record<string, number> } };
    expect(report.counts.a).toEqual({ eligible: 0, ineligible: 0, undetermined: 0, error: 10 });
  });

  it('unreadable rows are listed, not compared, and make the exit code 1', async () => {
    const lines = '{"id":"U1","employees":10}\nnot json\n';
    const r = await runBin(['impact', 'cn.hnte.2008', 'cn.hnte.2016', '--input', '-', '--as-of-a', '2015-06-01', '--as-of-b', '2016-06-01'], { stdin: lines });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Version impact: cn.hnte.2008 -> cn.hnte.2016, 1 records');
    expect(r.stdout).toContain('\n\nUnreadable rows (not compared): 1\n  2: INVALID_JSON: line 2 is not valid JSON\n');
  });

  it('--format html: both histograms of the R&D ratio and the flips with both explanations', async () => {
    const r = await runBin([...IMPACT, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('id="chart-distribution-a"');
    expect(r.stdout).toContain('>threshold 0.06 (8)</text>');
    expect(r.stdout.match(/<details class="record">/g)).toHaveLength(6);
  });

  it('usage errors', async () => {
    const runs = await Promise.all([
      runBin(['impact', 'cn.hnte.2008', '--input', 'hnte-firms.ndjson']),
      runBin(['impact', 'cn.hnte.2008', 'nope.json', '--input', 'hnte-firms.ndjson']),
      runBin([...IMPACT, '--flips', 'many']),
      runBin([...IMPACT, '--format', 'csv']),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^zone-policy: [^\n]+\n$/);
    }
    expect(runs[0]?.stderr).toContain("missing required argument 'policyB'");
  });
});
