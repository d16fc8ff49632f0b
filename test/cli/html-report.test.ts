import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, gap, getPolicy, impact, type EvalResult, type Policy } from '../../src/index';
import { checkChartValue, defaultChartValue, parseChartValue } from '../../src/cli/html/chart-value';
import { evalHtml } from '../../src/cli/html/eval-html';
import { gapHtml } from '../../src/cli/html/gap-html';
import { impactHtml } from '../../src/cli/html/impact-html';
import { FIXTURES, ROOT, runBin } from './run-bin';

const FIRMS = readFileSync(join(FIXTURES, 'hnte-firms.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const policy = (id: string): Policy => getPolicy(id) ?? (() => { throw new Error(`${id} is not in the catalog`); })();
const HNTE16 = compile(policy('cn.hnte.2016'));
const HNTE08 = compile(policy('cn.hnte.2008'));
const rows16 = (records: readonly unknown[]): EvalResult[] => records.map((r) => HNTE16.evaluate(r, { asOf: '2016-06-01', trace: true }));

/** Every tag name and attribute of an HTML text, to check what a page can load or run. */
function tags(html: string): { name: string; attrs: string[] }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)].map((m) => ({ name: (m[1] ?? '').toLowerCase(), attrs: [...(m[2] ?? '').matchAll(/([\w:-]+)=/g)].map((a) => (a[1] ?? '').toLowerCase()) }));
}
const ALLOWED = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'p', 'div', 'span', 'b', 'figure', 'figcaption',
  'svg', 'g', 'rect', 'line', 'text', 'details', 'summary', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'ul', 'li']);

function expectInert(html: string): void {
  for (const t of tags(html)) {
    expect(ALLOWED.has(t.name), `<${t.name}>`).toBe(true);
    for (const a of t.attrs) expect(a === 'src' || a === 'href' || a.startsWith('on'), `${t.name} ${a}`).toBe(false);
  }
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
}

describe('HTML reports: self-contained and escaped', () => {
  const hostile = [
    { ...FIRMS[0], id: '<script>alert(1)</script>' },
    { id: 'X2"><img src=x onerror=alert(2)>', employees: 10, '<script>alert(3)</script>': true },
  ];

  it('eval: a record id or key holding markup is shown as text, and the page loads nothing and runs nothing', () => {
    const rows = rows16(hostile);
    expect(rows.map((r) => r.status)).toEqual(['eligible', 'error']);
    const html = evalHtml({ policy: HNTE16.policy, rows, summaries: [], lang: 'en', asOf: '2016-06-01' });
    expectInert(html);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('X2&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain("unknown key &#39;&lt;script&gt;alert(3)&lt;/script&gt;&#39;");
  });

  it('gap and impact pages are escaped and inert too', () => {
    const rows = rows16(hostile);
    const entries = hostile.map((r, i) => ({ report: gap(HNTE16, r, { asOf: '2016-06-01' }), result: rows[i] as EvalResult }));
    const g = gapHtml({ policy: HNTE16.policy, entries, summaries: [], lang: 'zh' });
    const report = impact(HNTE08, HNTE16, hostile, { asOfA: '2015-06-01', asOfB: '2016-06-01' });
    const side = (c: typeof HNTE16, asOf: string) => ({ policy: c.policy, rows: hostile.map((r) => c.evaluate(r, { asOf })), summaries: [], traced: new Map() });
    const i = impactHtml({ report, a: side(HNTE08, '2015-06-01'), b: side(HNTE16, '2016-06-01'), lang: 'en' });
    for (const html of [g, i]) {
      expectInert(html);
      expect(html).not.toMatch(/<script|<img/i);
    }
    expect(g).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('HTML reports: content', () => {
  const rows = rows16(FIRMS);

  it('eval: cards, the three charts, and one collapsible panel per record with its trace', () => {
    const html = evalHtml({ policy: HNTE16.policy, rows, summaries: [], lang: 'en', asOf: '2016-06-01' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    for (const id of ['chart-status', 'chart-distribution', 'chart-failed']) expect(html).toContain(`id="${id}"`);
    expect(html.match(/<details class="record">/g)).toHaveLength(10);
    expect(html.match(/<pre class="trace">/g)).toHaveLength(10);
    // eligible 6 (H01-H04, H09, H10), ineligible 3 (H05 rdRatio, H06 noMajorIncident, H08 coreIp), undetermined 1 (H07)
    expect(html).toContain('<div class="label">eligible</div><div class="value">6</div>');
    expect(html).toContain('<div class="label">ineligible</div><div class="value">3</div>');
    // the default chart value is the first criterion with a numeric ratio and threshold: stStaffRatio, threshold 0.1 for all
    expect(html).toContain('>stStaffRatio.ratio</text>');
    expect(html).toContain('>threshold 0.1</text>');
  });

  it('--chart-value picks another criterion value; several thresholds are drawn with their row counts', () => {
    const html = evalHtml({ policy: HNTE16.policy, rows, summaries: [], lang: 'en', chartValue: parseChartValue('rdRatio.ratio') });
    // 2015 sales <= 50,000,000 -> 0.05 for nine firms (H05's 50,000,000 included); H09 sells 120,000,000 -> 0.04
    expect(html).toContain('>threshold 0.05 (9)</text>');
    expect(html).toContain('>threshold 0.04 (1)</text>');
    expect(html).toContain("each record&#39;s own date");
  });

  it('lists the first records only, saying so, when there are more than the limit', () => {
    const html = evalHtml({ policy: HNTE16.policy, rows, summaries: [], lang: 'zh', detailsLimit: 3 });
    expect(html.match(/<details class="record">/g)).toHaveLength(3);
    expect(html).toContain('列出前 3 条，共 10 条。');
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('impact: statuses side by side, transitions, a histogram per version, the policy changes and each flip with both explanations', () => {
    const report = impact(HNTE08, HNTE16, FIRMS, { asOfA: '2015-06-01', asOfB: '2016-06-01' });
    const side = (c: typeof HNTE16, asOf: string) => ({
      policy: c.policy, rows: FIRMS.map((r) => c.evaluate(r, { asOf })), summaries: [],
      traced: new Map(report.flips.map((f) => [f.index, c.evaluate(FIRMS[f.index], { asOf, trace: true })])),
    });
    const html = impactHtml({ report, a: side(HNTE08, '2015-06-01'), b: side(HNTE16, '2016-06-01'), lang: 'en' });
    for (const id of ['chart-status', 'chart-transitions', 'chart-distribution-a', 'chart-distribution-b']) expect(html).toContain(`id="${id}"`);
    // the default for a comparison is the first ratio criterion both versions report: rdRatio (6% -> 5% for small firms)
    expect(html).toContain('>threshold 0.06 (8)</text>');
    expect(html).toContain('>threshold 0.05 (9)</text>');
    expect(html.match(/<details class="record">/g)).toHaveLength(6);
    expect(html.match(/<pre class="trace">/g)).toHaveLength(12);
    expect(html).toContain('Criteria: + stStaffRatio; - stStaffCollegeRatio, rdStaffRatio');
  });

  it('gap: the suggestions of each record above its explanation', () => {
    const entries = FIRMS.map((r, i) => ({ report: gap(HNTE16, r, { asOf: '2016-06-01' }), result: rows[i] as EvalResult }));
    const html = gapHtml({ policy: HNTE16.policy, entries, summaries: [], lang: 'en', asOf: '2016-06-01' });
    expect(html).toContain('raise financials[2015].salesRevenue by 0.01 yuan (from 50,000,000.00 to 50,000,000.01); this alone makes the record eligible');
    expect(html).toContain('<div class="label">with a suggestion</div><div class="value">1</div>');
  });
});

describe('chart value', () => {
  const rows = rows16(FIRMS);
  it('parses <criterion>.<value> and outputs.<name>; anything else is a usage error', () => {
    expect(parseChartValue('rdRatio.ratio')).toEqual({ kind: 'criterion', criterion: 'rdRatio', value: 'ratio' });
    expect(parseChartValue('outputs.fee')).toEqual({ kind: 'output', output: 'fee' });
    for (const bad of ['rdRatio', 'a.b.c', '', '.x']) expect(() => parseChartValue(bad)).toThrow(/expected <criterion>\.<value>/);
  });
  it('the default prefers a criterion both result sets report, else the first money output', () => {
    expect(defaultChartValue(rows)).toEqual({ kind: 'criterion', criterion: 'stStaffRatio', value: 'ratio' });
    const rows08 = FIRMS.map((r) => HNTE08.evaluate(r, { asOf: '2015-06-01' }));
    expect(defaultChartValue(rows08, rows)).toEqual({ kind: 'criterion', criterion: 'rdRatio', value: 'ratio' });
    const award = [{ ...(rows[0] as EvalResult), criteria: [], outputs: { award: '10.00' } }];
    expect(defaultChartValue(award, undefined, ['award'])).toEqual({ kind: 'output', output: 'award' });
    expect(defaultChartValue(award)).toBeUndefined();
  });
  it('a criterion, value or output no record reports is a usage error naming what there is', () => {
    expect(() => checkChartValue(rows, parseChartValue('rdRatoi.ratio'))).toThrow(/no record reports a criterion rdRatoi \(criteria: registration, coreIp, keyTechField, stStaffRatio, rdRatio/);
    expect(() => checkChartValue(rows, parseChartValue('rdRatio.ratoi'))).toThrow(/criterion rdRatio reports no value ratoi \(values: ratio, threshold, rdExpense/);
    expect(() => checkChartValue(rows, parseChartValue('outputs.fee'))).toThrow(/no record has an output fee \(outputs: rdRatio, rdThreshold/);
    expect(() => checkChartValue(rows, parseChartValue('rdRatio.ratio'))).not.toThrow();
  });
});

describe('zone-policy eval --format html (built binary)', () => {
  const EVAL = ['eval', 'cn.hnte.2016', '--input', 'hnte-firms.ndjson', '--as-of', '2016-06-01', '--format', 'html'];

  it('writes one page to stdout, or the same page to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-html-'));
    const [out, file] = await Promise.all([runBin(EVAL), runBin([...EVAL, '--output', join(dir, 'report.html')])]);
    expect([out.code, out.stderr]).toEqual([0, '']);
    expect(out.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(out.stdout.trimEnd().endsWith('</html>')).toBe(true);
    expect([file.code, file.stdout, file.stderr]).toEqual([0, '', '']);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(out.stdout);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('a bad --chart-value is a usage error and leaves no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-html-'));
    const r = await runBin([...EVAL, '--chart-value', 'nope.ratio', '-o', join(dir, 'report.html')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^zone-policy: --chart-value nope\.ratio: no record reports a criterion nope \(criteria: [^\n]*\)\n$/);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    const malformed = await runBin([...EVAL, '--chart-value', 'nope']);
    expect([malformed.code, malformed.stderr.split('\n').length]).toEqual([2, 2]);
  });

  it('an --output that cannot be written is a usage error', async () => {
    const r = await runBin([...EVAL, '--output', join(FIXTURES, 'no-such-dir', 'r.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^zone-policy: cannot write .*r\.html: /);
  });

  it('awards against the budget: a budget short of the approved awards scales them (ankang.awards.2019)', async () => {
    const r = await runBin(['eval', 'ankang.awards.2019', '--input', 'examples/seed/ankang-awards.ndjson', '--format', 'html', '--budget', '12000000', '--lang', 'en'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('id="chart-budget-0"');
    expect(r.stdout).toContain('>Budget 12,000,000.00</text>');
    // 98 approved awards total 16,500,000.00 (the seed article's 1650万); 12,000,000 / 16,500,000 = 0.7272727273
    expect(r.stdout).toContain('>16,500,000.00</text>');
    expect(r.stdout).toContain('Awards are scaled by 0.7272727273.');
  });
});
