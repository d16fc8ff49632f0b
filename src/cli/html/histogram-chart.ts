import { Decimal } from '../../index';
import { escapeHtml } from './escape-html';
import { groupDigits } from './money-text';
import { binValues, type HistogramValue } from './histogram-bins';
import { niceStep, niceTicks, plainDecimal } from './nice-scale';
import { px, svgOpen, svgText, textWidth } from './svg-text';

/**
 * What a histogram shows: values stacked by group (in the order of `groups`, each with
 * its name and colour for the legend), vertical marks (thresholds) with their labels, the
 * axis title and the chart's size.
 *
 * @example
 * const spec: HistogramSpec = { id: 'h1', title: 'R&D ratio', axis: 'rdRatio.ratio', values: [{ value: new Decimal('0.06'), group: 'pass' }],
 *   groups: [{ key: 'pass', name: 'pass', color: '#1b7f3b' }], marks: [{ value: new Decimal('0.05'), label: 'threshold 0.05' }] };
 */
export interface HistogramSpec {
  id: string;
  title: string;
  axis: string;
  values: readonly HistogramValue[];
  groups: readonly { key: string; name: string; color: string }[];
  marks: readonly { value: Decimal; label: string }[];
  bins?: number;
  width?: number;
  height?: number;
}

const M = { left: 48, right: 16, top: 44, bottom: 46 };

/**
 * A histogram as inline SVG: nice equal-width bins over the values and the marks, bars
 * stacked by group, a dashed vertical line per mark (a threshold) with its label, axes
 * with ticks, and a legend. Every text is escaped. No values: an empty frame saying so.
 *
 * @example
 * histogramChart({ id: 'h1', title: 'R&D ratio', axis: 'rdRatio.ratio', values, groups, marks }); // '<svg ...><rect class="bar" .../>...<line class="mark" .../>...</svg>'
 */
export function histogramChart(spec: HistogramSpec): string {
  const W = spec.width ?? 520;
  const H = spec.height ?? 300;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const parts = [svgOpen(W, H, spec.title, spec.id)];
  parts.push(legend(spec.groups, W));
  const { bins } = binValues(spec.values, spec.marks.map((m) => m.value), spec.bins ?? 20);
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) {
    parts.push(svgText(W / 2, M.top + plotH / 2, '—', { anchor: 'middle', cls: 'empty' }), '</svg>');
    return parts.join('');
  }
  // half a bin of air on each side, so a threshold at the first edge is not drawn on the axis
  const pad = first.hi.minus(first.lo).div(2);
  const lo = first.lo.minus(pad);
  const hi = last.hi.plus(pad);
  const span = hi.minus(lo);
  const xOf = (d: Decimal) => M.left + d.minus(lo).div(span).toNumber() * plotW;
  const maxCount = Math.max(1, ...bins.map((b) => b.total));
  const yStep = Math.max(1, Math.ceil(niceStep(new Decimal(maxCount).div(4)).toNumber()));
  const yMax = Math.ceil(maxCount / yStep) * yStep;
  const yOf = (n: number) => M.top + plotH - (n / yMax) * plotH;
  for (let t = 0; t <= yMax; t += yStep) {
    parts.push(`<line class="grid" x1="${px(M.left)}" x2="${px(M.left + plotW)}" y1="${px(yOf(t))}" y2="${px(yOf(t))}"/>`);
    parts.push(svgText(M.left - 6, yOf(t) + 4, String(t), { anchor: 'end', cls: 'tick' }));
  }
  for (const b of bins) {
    const x0 = xOf(b.lo) + 0.5;
    const w = Math.max(0.5, xOf(b.hi) - xOf(b.lo) - 1);
    let below = 0;
    for (const g of spec.groups) {
      const n = b.counts[g.key] ?? 0;
      if (n === 0) continue;
      parts.push(`<rect class="bar" x="${px(x0)}" y="${px(yOf(below + n))}" width="${px(w)}" height="${px(yOf(below) - yOf(below + n))}" fill="${g.color}"><title>${escapeHtml(`[${plainDecimal(b.lo)}, ${plainDecimal(b.hi)}) ${g.name}: ${n}`)}</title></rect>`);
      below += n;
    }
  }
  parts.push(`<line class="axis" x1="${px(M.left)}" x2="${px(M.left + plotW)}" y1="${px(M.top + plotH)}" y2="${px(M.top + plotH)}"/>`);
  for (const t of niceTicks(lo, hi, Math.max(2, Math.floor(plotW / 80)))) {
    parts.push(`<line class="axis" x1="${px(xOf(t))}" x2="${px(xOf(t))}" y1="${px(M.top + plotH)}" y2="${px(M.top + plotH + 4)}"/>`);
    parts.push(svgText(xOf(t), M.top + plotH + 17, groupDigits(plainDecimal(t)), { anchor: 'middle', cls: 'tick' }));
  }
  parts.push(svgText(M.left + plotW / 2, H - 8, spec.axis, { anchor: 'middle', cls: 'axis-title' }));
  spec.marks.forEach((m, i) => {
    const x = xOf(m.value);
    const y = M.top - 6 - (i % 2) * 14;
    const anchor = x > M.left + plotW * 0.75 ? 'end' : 'start';
    parts.push(`<line class="mark" x1="${px(x)}" x2="${px(x)}" y1="${px(y + 4)}" y2="${px(M.top + plotH)}"/>`);
    parts.push(svgText(anchor === 'end' ? x - 4 : x + 4, y, m.label, { anchor, cls: 'mark-label' }));
  });
  parts.push('</svg>');
  return parts.join('');
}

function legend(groups: HistogramSpec['groups'], W: number): string {
  let x = W - M.right;
  const items: string[] = [];
  for (const g of [...groups].reverse()) {
    const w = textWidth(g.name, 12);
    x -= w;
    items.push(svgText(x, 14, g.name, { cls: 'legend' }));
    x -= 16;
    items.push(`<rect x="${px(x)}" y="4" width="11" height="11" rx="2" fill="${g.color}"/>`);
    x -= 12;
  }
  return `<g class="legend">${items.join('')}</g>`;
}
