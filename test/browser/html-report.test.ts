import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { STATUS_COLORS } from '../../src/cli/html/chart-palette';
import { Browser, findChromium } from './chromium';
import { decodePng, pixelHex, pixelStats, type Image } from './png';

/**
 * The HTML reports rendered by a real browser: headless chromium (Debian's `chromium`, or
 * $CHROMIUM) loads each generated report from a file, the test reads the laid-out size of
 * every chart and bar from the DOM and checks the screenshot's pixels. CI installs chromium
 * (.ci/run); when it is missing this test FAILS under CI=true and is skipped only locally.
 */
const FIXTURES = fileURLToPath(new URL('../cli/fixtures', import.meta.url));
const CHROMIUM = findChromium();
const IN_CI = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
const SIZE = { width: 1200, height: 2000 };
const SHOTS = process.env['ZP_SCREENSHOTS'];

async function report(args: readonly string[]): Promise<string> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  out.setEncoding('utf8').on('data', (s: string) => chunks.push(s));
  const errors: string[] = [];
  err.setEncoding('utf8').on('data', (s: string) => errors.push(s));
  const code = await runCli(args, { stdin: new PassThrough(), stdout: out, stderr: err, cwd: FIXTURES, stderrIsTTY: false });
  expect([code, errors.join('')]).toEqual([0, '']);
  return chunks.join('');
}

interface Box { id: string; w: number; h: number }
interface Layout {
  charts: Box[];
  bars: { chart: string; x: number; y: number; w: number; h: number; fill: string }[];
  marks: { chart: string; h: number }[];
  details: number;
}

const LAYOUT = `(() => {
  const box = (e) => e.getBoundingClientRect();
  const charts = [...document.querySelectorAll('svg.chart')].map((s) => ({ id: s.id, w: box(s).width, h: box(s).height }));
  const bars = [...document.querySelectorAll('svg.chart rect.bar')].map((r) => ({ chart: r.closest('svg').id, x: box(r).x, y: box(r).y, w: box(r).width, h: box(r).height, fill: r.getAttribute('fill') }));
  const marks = [...document.querySelectorAll('svg.chart line.mark')].map((l) => ({ chart: l.closest('svg').id, h: box(l).height }));
  return { charts, bars, marks, details: document.querySelectorAll('details.record').length };
})()`;

describe('HTML reports in headless chromium', () => {
  let browser: Browser | undefined;
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zp-report-'));
    if (CHROMIUM) browser = Browser.launch(CHROMIUM);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function render(name: string, html: string): Promise<{ layout: Layout; shot: Image }> {
    if (!browser) throw new Error('no browser');
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const session = await browser.open(pathToFileURL(file).href, SIZE.width, SIZE.height);
    const layout = await browser.evaluate<Layout>(session, LAYOUT);
    const png = await browser.screenshot(session);
    if (SHOTS) writeFileSync(join(SHOTS, `${name}.png`), png);
    return { layout, shot: decodePng(png) };
  }

  function needChromium(skip: () => void): void {
    if (CHROMIUM) return;
    if (IN_CI) throw new Error('chromium is not installed: the HTML report tests need it in CI (.ci/run installs Debian\'s chromium; or set $CHROMIUM to a chromium executable)');
    skip();
  }

  it('eval: the charts are laid out with non-zero sizes and the screenshot shows them in their colours', async (ctx) => {
    needChromium(() => ctx.skip());
    const html = await report(['eval', 'cn.hnte.2016', '--input', 'hnte-firms.ndjson', '--as-of', '2016-06-01', '--format', 'html', '--chart-value', 'rdRatio.ratio']);
    const { layout, shot } = await render('eval', html);
    expect(layout.charts.map((c) => c.id)).toEqual(['chart-status', 'chart-failed', 'chart-distribution']);
    for (const c of layout.charts) {
      expect(c.w, c.id).toBeGreaterThan(300);
      expect(c.h, c.id).toBeGreaterThan(60);
    }
    // status counts 6, 3, 1, 0: three drawn bars, the eligible one twice as long as the ineligible one
    const status = layout.bars.filter((b) => b.chart === 'chart-status' && b.w > 0);
    expect(status.map((b) => b.fill)).toEqual([STATUS_COLORS.eligible, STATUS_COLORS.ineligible, STATUS_COLORS.undetermined]);
    expect((status[0]?.w ?? 0) / (status[1]?.w ?? 1)).toBeCloseTo(2, 1);
    // ten R&D ratios in the histogram (every bar has a height), two threshold lines
    const hist = layout.bars.filter((b) => b.chart === 'chart-distribution');
    expect(hist.length).toBeGreaterThan(2);
    for (const b of hist) expect(b.w > 0 && b.h > 0).toBe(true);
    expect(layout.marks.filter((m) => m.chart === 'chart-distribution' && m.h > 100)).toHaveLength(2);
    expect(layout.details).toBe(10);
    // the pixels: a real page, and each status bar painted in its colour where the DOM says it is
    expect(shot.width).toBe(SIZE.width);
    const stats = pixelStats(shot);
    expect(stats.colours).toBeGreaterThan(50);
    expect(stats.lumaVariance).toBeGreaterThan(100);
    for (const b of status) expect(pixelHex(shot, b.x + b.w / 2, b.y + b.h / 2)).toBe(b.fill);
  });

  it('impact (zh): paired status bars, transitions and both histograms render', async (ctx) => {
    needChromium(() => ctx.skip());
    const html = await report(['impact', 'cn.hnte.2008', 'cn.hnte.2016', '--input', 'hnte-firms.ndjson', '--as-of-a', '2015-06-01', '--as-of-b', '2016-06-01', '--format', 'html', '--lang', 'zh']);
    const { layout, shot } = await render('impact', html);
    expect(layout.charts.map((c) => c.id)).toEqual(['chart-status', 'chart-transitions', 'chart-distribution-a', 'chart-distribution-b']);
    for (const c of layout.charts) expect(c.w > 300 && c.h > 60, c.id).toBe(true);
    expect(layout.bars.filter((b) => b.chart === 'chart-transitions' && b.w > 0)).toHaveLength(2);
    expect(layout.bars.filter((b) => b.chart === 'chart-distribution-b').every((b) => b.w > 0 && b.h > 0)).toBe(true);
    expect(layout.details).toBe(6);
    const drawn = layout.bars.filter((b) => b.chart === 'chart-status' && b.w > 2 && b.h > 2);
    for (const b of drawn) expect(pixelHex(shot, b.x + b.w / 2, b.y + b.h / 2)).toBe(b.fill);
    expect(pixelStats(shot).colours).toBeGreaterThan(50);
  });

  it('a blank page would fail: the checks see an empty document as blank', async (ctx) => {
    needChromium(() => ctx.skip());
    const { layout, shot } = await render('blank', '<!doctype html><html><body></body></html>');
    expect(layout.charts).toEqual([]);
    const stats = pixelStats(shot);
    expect(stats.colours).toBe(1);
    expect(stats.lumaVariance).toBeLessThan(1e-6);
  });
});
