import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFiles } from '../../examples/seed/generate';
import { applicantAward } from '../../examples/seed/gen/ankang';
import { Decimal } from '../../src/models/decimal';
import { roundTo } from '../../src/models/rounding';
import { demoReport } from '../../src/cli/demo/run-demo';
import { readSeed } from '../../src/cli/demo/seed-records';
import { urumqiGuaranteeLines } from '../../src/cli/demo/urumqi-guarantees';
import { BIN, ROOT, runBin } from './run-bin';

const SEED = join(ROOT, 'examples', 'seed');

/** The rows of one of our seed CSV files (no quoted cells in them) as records of strings. */
function csvRows(name: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(join(SEED, name), 'utf8').trim().split('\n');
  const cols = header.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i] as string, v])));
}

/** The line of the report that starts (after indentation) with `label`. */
function lineOf(report: string, label: string): string {
  const hit = report.split('\n').find((l) => l.trimStart().startsWith(label));
  if (hit === undefined) throw new Error(`no line '${label}' in the report`);
  return hit;
}

/** A yuan figure `1,234.50` as a Decimal. */
const yuan = (text: string): Decimal => new Decimal(text.replace(/,/g, ''));

/** The fees the treasury pays, computed here from the CSV alone: key firms' amount x min(rate, 1%) x months / 12, at the fen. */
function treasuryFees(): { count: number; total: Decimal } {
  const key = csvRows('urumqi-guarantees.csv').filter((r) => r['borrower.keyEpidemicEnterprise'] === 'true');
  const total = key.reduce((a, r) => {
    const rate = Decimal.min(new Decimal(r['contractFeeRate'] as string), '0.01');
    return a.plus(roundTo(new Decimal(r['loanAmount'] as string).times(rate).times(r['termMonths'] as string).div(12), 2, 'half-up'));
  }, new Decimal(0));
  return { count: key.length, total };
}

const grouped = (x: Decimal): string => x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('examples/seed', () => {
  it('holds exactly what the deterministic generator writes', () => {
    const files = seedFiles();
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(SEED, name), 'utf8'), name).toBe(text);
    const shipped = readdirSync(SEED).filter((f) => !['generate.ts', 'gen', 'README.md'].includes(f));
    expect(shipped.sort()).toEqual(Object.keys(files).sort());
  });

  it("has the article's totals in its records, independently of the policies", () => {
    const g = csvRows('urumqi-guarantees.csv');
    const sum = (kind: string) => g.filter((r) => r['kind'] === kind).reduce((a, r) => a.plus(r['loanAmount'] as string), new Decimal(0));
    // 29,334万 = 293,340,000 yuan over 38 new loans; 4,750万 = 47,500,000 over 8 extensions.
    expect([g.filter((r) => r['kind'] === 'new').length, sum('new').toFixed(0)]).toEqual([38, '293340000']);
    expect([g.filter((r) => r['kind'] === 'extension').length, sum('extension').toFixed(0)]).toEqual([8, '47500000']);
    // "300余万": the key firms' fees at <= 1% are a little over 3,000,000.
    const fees = treasuryFees().total;
    expect(fees.gt(3_000_000) && fees.lt(3_100_000)).toBe(true);
    // Ankang: the generator's own copy of the schedule gives 98 positive awards summing to 16,500,000.
    const apps = readFileSync(join(SEED, 'ankang-awards.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { review: string; items: Record<string, string | number | boolean>[] });
    const approved = apps.filter((a) => a.review === 'approved');
    expect(approved.length).toBe(98);
    expect(approved.every((a) => applicantAward(a.items).gt(0))).toBe(true);
    expect(approved.reduce((a, x) => a.plus(applicantAward(x.items)), new Decimal(0)).toFixed(2)).toBe('16500000.00');
    // Yinchuan: 186 of 200 resumed, 4,092 workers at the resumed ones.
    const y = csvRows('yinchuan-firms.csv').filter((r) => r['resumed'] === 'true');
    expect([y.length, y.reduce((a, r) => a + Number(r['employees']), 0)]).toEqual([186, 4092]);
  });
});

describe('zone-policy demo (the built binary)', async () => {
  const started = performance.now();
  const en = await runBin(['demo'], { cwd: tmpdir() });
  const elapsedMs = performance.now() - started;
  const out = en.stdout;

  it('exits 0 quickly, from any directory, with nothing on stderr', () => {
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(elapsedMs).toBeLessThan(10_000);
  });

  it("reproduces Urumqi's guarantee book: 38 / 29,334万, 8 / 4,750万, 34,084万, rates <= 1%", () => {
    expect(lineOf(out, 'New guaranteed loans')).toMatch(/ 38 +29,334万 \(293,340,000\.00 yuan\) +1\.00%$/);
    expect(lineOf(out, 'Extension loans')).toMatch(/ 8 +4,750万 \(47,500,000\.00 yuan\) +0\.00%$/);
    // 293,340,000 + 47,500,000 = 340,840,000 = 34,084万
    expect(lineOf(out, 'Cumulative')).toMatch(/ 46 +34,084万 \(340,840,000\.00 yuan\) +1\.00%$/);
  });

  it('reports the fees the treasury pays for key epidemic-prevention firms as the article\'s "300余万"', () => {
    const { count, total } = treasuryFees();
    expect(lineOf(out, 'Paid by the treasury')).toContain(`(${count} key epidemic-prevention firms)`);
    expect(lineOf(out, 'Paid by the treasury')).toContain(`(${grouped(total)} yuan)`);
    expect(out).toContain(`it is the fees the treasury pays for them (output subsidy), ${roundTo(total.div(10_000), 2, 'half-up').toFixed(2)}万`);
    const waived = /\(([\d,]+\.\d\d) yuan\)/.exec(lineOf(out, 'Waived against the contract rates'))?.[1] ?? '0';
    expect(yuan(waived).gt(3_000_000)).toBe(true);
    // charged = treasury + firms
    const figure = (label: string) => yuan(/\(([\d,]+\.\d\d) yuan\)/.exec(lineOf(out, label))?.[1] ?? 'x');
    expect(figure('Fees charged').eq(figure('Paid by the treasury').plus(figure('Payable by the firms')))).toBe(true);
  });

  it('shows the micro-loan moved 3 months with its extra interest, and the lease fees deferred', () => {
    expect(lineOf(out, 'Payments moved')).toMatch(/2020-02-20 -> 2020-05-20$/);
    // 5,000,000 x 8.70% x 90 days (2020-02-20 .. 2020-05-20) / 360 = 108,750.00
    expect(lineOf(out, 'Extra interest')).toMatch(/108,750\.00 yuan$/);
    expect(lineOf(out, 'Equipment leased')).toMatch(/1,996万 \(19,960,000\.00 yuan\)$/);
    // 3 x 92,000 = 276,000 = 27.6万
    expect(lineOf(out, 'Fees deferred')).toMatch(/27\.60万 \(276,000\.00 yuan\)$/);
    expect(lineOf(out, 'Dues deferred')).toMatch(/2020-02-15, 2020-03-15, 2020-04-15$/);
    expect(lineOf(out, 'Total before / after')).toMatch(/5,520,000\.00 \/ 5,520,000\.00 yuan$/);
  });

  it("reproduces Ankang's 98 recipients sharing 1,650万 within the budget", () => {
    expect(lineOf(out, 'Recipients')).toMatch(/ 98$/);
    expect(lineOf(out, 'Approved awards')).toMatch(/1,650万 \(16,500,000\.00 yuan\)$/);
    expect(lineOf(out, 'Allocated')).toMatch(/16,500,000\.00 yuan\), within the budget/);
  });

  it("reproduces Yinchuan's 93.0% and screens the candidates", () => {
    expect(lineOf(out, 'Firms and sole traders')).toMatch(/ 200 /);
    expect(lineOf(out, 'Firms resumed')).toMatch(/ 186 /);
    // 186 / 200 = 0.93
    expect(lineOf(out, 'Resumption rate')).toMatch(/ 93\.0% /);
    expect(lineOf(out, 'Workers back at work')).toMatch(/ 4,092 /);
    expect(lineOf(out, '宁夏兴唐米业集团有限公司  ')).toMatch(/ineligible +76 +eligible +62$/);
    expect(lineOf(out, '宁夏兴唐米业集团有限公司 HNTE')).toContain('failed rdRatio');
    expect(lineOf(out, '宁夏夏美生物科技有限公司  ')).toMatch(/undetermined +69\.\.71 +eligible +96$/);
    expect(lineOf(out, '候选企业乙（示例） HNTE')).toContain('missing financials[2017].rdExpense');
  });

  it("reproduces Zibo's 25 major projects with agents, Baotou's figures and Hangzhou's growth", () => {
    expect(lineOf(out, 'Municipal major projects with an agent')).toMatch(/ 25 \/ 25$/);
    expect(lineOf(out, 'Above-scale industrial resumption rate')).toMatch(/ 99\.0% /);
    expect(lineOf(out, 'Average capacity recovered')).toMatch(/ 75\.0% .*: met/);
    expect(lineOf(out, 'Above-scale industrial value added')).toMatch(/ \+9\.4% /);
    expect(lineOf(out, 'Emerging industries')).toMatch(/ 50\.0% .*: met/);
    expect(lineOf(out, 'Dali growth')).toMatch(/\+370\.4%/);
    expect(lineOf(out, 'Bioer growth')).toMatch(/\+298\.3%/);
    expect(lineOf(out, 'Hongxiang growth')).toMatch(/\+1,396\.4%/);
  });

  it('speaks Chinese with --lang zh, gives the same figures from the CommonJS build, and rejects an unknown language', async () => {
    const zh = await runBin(['demo', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('新增担保贷款    38  29,334万元（293,340,000.00元）');
    expect(lineOf(zh.stdout, '开工率')).toMatch(/ 93\.0% /);
    const cjs = spawnSync(process.execPath, [BIN.replace(/\.js$/, '.cjs'), 'demo'], { cwd: tmpdir(), encoding: 'utf8' });
    expect([cjs.status, cjs.stdout]).toEqual([0, out]);
    const bad = await runBin(['demo', '--lang', 'fr']);
    expect(bad.code).toBe(2);
  });
});

describe('demo figures come from the data, not from the code', () => {
  it('follows an edited copy of the seed files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-demo-'));
    cpSync(SEED, dir, { recursive: true });
    const g = readFileSync(join(dir, 'urumqi-guarantees.csv'), 'utf8').trim().split('\n');
    const dropped = g.find((l) => l.startsWith('G2020-N38,')) as string;
    writeFileSync(join(dir, 'urumqi-guarantees.csv'), `${g.filter((l) => l !== dropped).join('\n')}\n`);
    const y = readFileSync(join(dir, 'yinchuan-firms.csv'), 'utf8').replace(/^(YC-001,[^,]*,[^,]*,)true,[^,]*,/m, '$1false,,');
    writeFileSync(join(dir, 'yinchuan-firms.csv'), y);
    const report = await demoReport('en', dir);
    const amount = new Decimal(dropped.split(',')[3] as string);
    const rest = new Decimal(293_340_000).minus(amount);
    expect(lineOf(report, 'New guaranteed loans')).toContain(` 37  `);
    expect(lineOf(report, 'New guaranteed loans')).toContain(`(${grouped(rest)} yuan)`);
    // 185 / 200 = 0.925 -> 92.5%
    expect(lineOf(report, 'Resumption rate')).toMatch(/ 92\.5% /);
  });

  it('counts and totals any subset of the guarantee book exactly (property)', async () => {
    const records = await readSeed(SEED, 'urumqi-guarantees.csv');
    await fc.assert(
      fc.asyncProperty(fc.subarray(records, { minLength: 1 }), async (subset) => {
        const lines = urumqiGuaranteeLines(subset, 'en').join('\n');
        const news = subset.filter((r) => (r as { kind: string }).kind === 'new');
        const total = news.reduce((a: Decimal, r) => a.plus((r as { loanAmount: string }).loanAmount), new Decimal(0));
        if (news.length === 0) expect(lines).not.toContain('New guaranteed loans');
        else expect(lineOf(lines, 'New guaranteed loans')).toMatch(new RegExp(` ${news.length} .*\\(${grouped(total)} yuan\\)`));
        expect(lineOf(lines, 'Cumulative')).toMatch(new RegExp(` ${subset.length} `));
      }),
      { numRuns: 25, seed: 20200331 },
    );
  });
});
