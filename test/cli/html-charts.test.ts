import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index';
import { barChart } from '../../src/cli/html/bar-chart';
import { escapeHtml } from '../../src/cli/html/escape-html';
import { binValues } from '../../src/cli/html/histogram-bins';
import { histogramChart } from '../../src/cli/html/histogram-chart';
import { niceStep, niceTicks } from '../../src/cli/html/nice-scale';
import { clipText, px, textWidth } from '../../src/cli/html/svg-text';

/** The attributes of every element `<tag ... class="cls" ...>` of an SVG text, as numbers where numeric. */
function elements(svg: string, tag: string, cls: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(new RegExp(`<${tag} ([^>]*)>`, 'g'))) {
    const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1] as string, a[2] as string]));
    if (attrs['class'] === cls) out.push(attrs);
  }
  return out;
}
const num = (a: Record<string, string>, k: string) => Number(a[k]);
const d = (s: string | number) => new Decimal(s);

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<script>alert("x" + 'y') & </script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp; &lt;/script&gt;');
    expect(escapeHtml('科技人员 0.10')).toBe('科技人员 0.10');
  });
  it('never leaves a raw < > " or \' (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(escapeHtml(s)).not.toMatch(/[<>"']/);
    }));
  });
});

describe('svg text helpers', () => {
  it('px rounds geometry to a tenth and never writes -0', () => {
    expect(px(12.3456)).toBe('12.3');
    expect(px(-0.04)).toBe('0');
    expect(px(7)).toBe('7');
  });
  it('textWidth counts CJK as a full em, others as 0.6 em', () => {
    expect(textWidth('符合', 12)).toBe(24);
    expect(textWidth('ab', 10)).toBe(12);
  });
  it('clipText keeps text that fits and cuts the rest with an ellipsis within the width', () => {
    expect(clipText('eligible', 100, 12)).toBe('eligible');
    const cut = clipText('noMajorIncident No major incident in the year before', 120, 12);
    expect(cut).toBe('noMajorIncident…');
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(120);
  });
});

describe('nice scales', () => {
  it('niceStep is the smallest 1, 2 or 5 times a power of ten at least the rough step', () => {
    expect(niceStep(d('0.0037')).toString()).toBe('0.005');
    expect(niceStep(d('0.002')).toString()).toBe('0.002');
    expect(niceStep(d('0.0021')).toString()).toBe('0.005');
    expect(niceStep(d('1200')).toString()).toBe('2000');
    expect(niceStep(d('6')).toString()).toBe('10');
    expect(niceStep(d(0)).toString()).toBe('1');
  });
  it('niceStep is exact: >= rough, < 2.5 x rough, a 1/2/5 mantissa (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: -12, max: 6 }), (m, e) => {
        const rough = d(m).times(d(10).pow(e));
        const s = niceStep(rough);
        expect(s.gte(rough)).toBe(true);
        expect(s.lt(rough.times('2.5'))).toBe(true);
        expect(['1', '2', '5']).toContain(s.div(d(10).pow(s.e)).toString());
      }),
    );
  });
  it('niceTicks are the multiples of the step within [lo, hi]', () => {
    expect(niceTicks(d('0.03'), d('0.12'), 5).map(String)).toEqual(['0.04', '0.06', '0.08', '0.1', '0.12']);
    expect(niceTicks(d(0), d(10), 5).map(String)).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(niceTicks(d(2), d(1), 5)).toEqual([]);
  });
});

describe('binValues', () => {
  const v = (value: string, group = 'pass') => ({ value: d(value), group });

  it('aligns equal nice bins to multiples of the step; a value at a threshold edge counts right of it', () => {
    // values 0.042 (fail) and 0.05 (pass, exactly at the threshold); span 0.008 / 4 = 0.002, a nice step
    const { bins, step } = binValues([v('0.05'), v('0.042', 'fail')], [d('0.05')], 4);
    expect(step.toString()).toBe('0.002');
    expect(bins.map((b) => [b.lo.toString(), b.hi.toString(), b.total])).toEqual([
      ['0.042', '0.044', 1], ['0.044', '0.046', 0], ['0.046', '0.048', 0], ['0.048', '0.05', 0], ['0.05', '0.052', 1],
    ]);
    expect(bins[4]?.counts).toEqual({ pass: 1 });
    expect(bins[0]?.counts).toEqual({ fail: 1 });
  });

  it('the marks widen the range: a threshold above every value still gets its bin edge', () => {
    const { bins } = binValues([v('1'), v('2')], [d('10')], 10);
    expect(bins[0]?.lo.toString()).toBe('1');
    expect(bins[bins.length - 1]?.hi.gt(10)).toBe(true);
  });

  it('one distinct value makes one bin holding it; no values make no bins', () => {
    const { bins } = binValues([v('0.1'), v('0.1'), v('0.1')], [], 20);
    expect(bins).toHaveLength(1);
    expect(bins[0]?.total).toBe(3);
    expect(bins[0]?.lo.lte('0.1') && bins[0]?.hi.gt('0.1')).toBe(true);
    expect(binValues([], [d(1)]).bins).toEqual([]);
  });

  it('every value is counted once, in the bin [lo, hi) that holds it; bins are contiguous and at most target + 1 (property)', () => {
    const value = fc.tuple(fc.integer({ min: -(10 ** 7), max: 10 ** 7 }), fc.integer({ min: 0, max: 6 })).map(([m, s]) => d(m).div(d(10).pow(s)));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), fc.array(value, { maxLength: 3 }), fc.integer({ min: 1, max: 40 }), (vals, marks, target) => {
        const { bins, step } = binValues(vals.map((x, i) => ({ value: x, group: i % 2 ? 'a' : 'b' })), marks, target);
        expect(bins.length).toBeLessThanOrEqual(target + 1);
        expect(bins.reduce((s, b) => s + b.total, 0)).toBe(vals.length);
        bins.forEach((b, i) => {
          expect(b.hi.minus(b.lo).eq(step)).toBe(true);
          if (i > 0) expect(b.lo.eq(bins[i - 1]?.hi ?? d(NaN))).toBe(true);
          expect(b.total).toBe(Object.values(b.counts).reduce((s, n) => s + n, 0));
        });
        for (const x of vals) {
          const holding = bins.filter((b) => b.lo.lte(x) && x.lt(b.hi));
          expect(holding).toHaveLength(1);
        }
        for (const m of marks) expect(bins[0]?.lo.lte(m) && bins[bins.length - 1]?.hi.gt(m)).toBe(true);
      }),
    );
  });
});

describe('barChart', () => {
  const bar = (n: number) => ({ value: d(n), text: String(n), color: '#123456' });

  it('draws one bar per value, lengths proportional to the values, the largest spanning the plot', () => {
    const svg = barChart({ id: 'c', title: 'Status counts', rows: [{ label: 'eligible', bars: [bar(6)] }, { label: 'ineligible', bars: [bar(3)] }, { label: 'error', bars: [bar(0)] }] });
    const rects = elements(svg, 'rect', 'bar');
    expect(rects.map((r) => num(r, 'width'))).toHaveLength(3);
    const [w6, w3, w0] = rects.map((r) => num(r, 'width'));
    expect(Math.abs((w3 ?? 0) * 2 - (w6 ?? 0))).toBeLessThanOrEqual(0.2);
    expect(w0).toBe(0);
    expect(svg).toContain('>eligible</text>');
    expect(svg).toContain('<title id="c-title">Status counts</title>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('bar lengths are proportional for any counts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 ** 6 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const svg = barChart({ id: 'p', title: 't', rows: counts.map((c, i) => ({ label: `r${i}`, bars: [bar(c)] })) });
        const widths = elements(svg, 'rect', 'bar').map((r) => num(r, 'width'));
        const max = Math.max(1, ...counts);
        const full = Math.max(...widths);
        counts.forEach((c, i) => {
          const expected = (c / max) * full;
          expect(Math.abs((widths[i] ?? 0) - Math.max(expected, c > 0 ? 1 : 0))).toBeLessThanOrEqual(0.6);
        });
      }),
    );
  });

  it('a reference line further than every bar spans the plot; the bars are measured against it', () => {
    const svg = barChart({ id: 'b', title: 'Budget', rows: [{ label: 'approved', bars: [{ value: d('8250000.00'), text: '8,250,000.00', color: '#111' }] }], reference: { value: d('16500000.00'), label: 'Budget 16,500,000.00' } });
    const [rect] = elements(svg, 'rect', 'bar');
    const [mark] = elements(svg, 'line', 'mark');
    const x0 = num(rect ?? {}, 'x');
    expect(Math.abs((num(mark ?? {}, 'x1') - x0) / 2 - num(rect ?? {}, 'width'))).toBeLessThanOrEqual(0.2);
    expect(svg).toContain('>Budget 16,500,000.00</text>');
  });

  it('escapes labels, figures and legend names', () => {
    const svg = barChart({ id: 'x', title: '<b>t</b>', rows: [{ label: '<script>alert(1)</script>', bars: [{ value: d(1), text: '"1"', color: '#111' }] }], legend: [{ name: "<img src=x onerror='y'>", color: '#222' }] });
    expect(svg).not.toMatch(/<script|<img|<b>/);
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('histogramChart', () => {
  const groups = [{ key: 'pass', name: 'pass', color: '#0a0' }, { key: 'fail', name: 'fail', color: '#a00' }];
  const values = ['0.03', '0.042', '0.045', '0.05', '0.05', '0.06', '0.0625', '0.07'].map((x) => ({ value: d(x), group: d(x).gte('0.05') ? 'pass' : 'fail' }));

  it('stacks the bins by group with heights proportional to the counts, and draws the threshold line at its value', () => {
    const svg = histogramChart({ id: 'h', title: 'R&D', axis: 'rdRatio.ratio', values, groups, marks: [{ value: d('0.05'), label: 'threshold 0.05' }], bins: 8 });
    const rects = elements(svg, 'rect', 'bar');
    const heights = rects.map((r) => num(r, 'height'));
    const unit = Math.min(...heights);
    expect(heights.reduce((s, h) => s + h, 0) / unit).toBeCloseTo(values.length, 1);
    const [mark] = elements(svg, 'line', 'mark');
    const x = num(mark ?? {}, 'x1');
    // 0.05 is a bin edge: the bin starting there is drawn half a pixel right of the line and holds the two values at 0.05
    const atEdge = rects.filter((r) => Math.abs(num(r, 'x') - x - 0.5) <= 0.11);
    expect(atEdge).toHaveLength(1);
    expect(num(atEdge[0] ?? {}, 'height') / unit).toBeCloseTo(2, 1);
    expect(atEdge[0]?.['fill']).toBe('#0a0');
    // every failing value is left of the line, every passing one right of it
    for (const r of rects) expect(r['fill'] === '#a00' ? num(r, 'x') < x : num(r, 'x') > x).toBe(true);
    expect(svg).toContain('>threshold 0.05</text>');
    expect(svg).toContain('>rdRatio.ratio</text>');
    expect(svg).toContain('R&amp;D');
  });

  it('no values: an empty frame, no bars', () => {
    const svg = histogramChart({ id: 'e', title: 't', axis: 'a', values: [], groups, marks: [] });
    expect(elements(svg, 'rect', 'bar')).toEqual([]);
    expect(svg).toContain('class="empty"');
  });

  it('escapes the axis, the marks and the group names', () => {
    const svg = histogramChart({ id: 'e', title: 't', axis: '<script>', values, groups: [{ key: 'pass', name: '<i>', color: '#0a0' }, { key: 'fail', name: 'f', color: '#a00' }], marks: [{ value: d('0.05'), label: '</text><script>' }] });
    expect(svg).not.toMatch(/<script|<i>|<\/text><script/);
  });
});
