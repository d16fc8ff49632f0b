import { Decimal } from '../../index';
import { escapeHtml } from './escape-html';
import { clipText, px, svgOpen, svgText, textWidth } from './svg-text';

/**
 * One bar: its exact non-negative size (a count or an amount), the text shown at its end
 * (the exact figure, formatted) and its colour.
 *
 * @example
 * const b: Bar = { value: new Decimal(12), text: '12', color: '#1b7f3b' };
 */
export interface Bar {
  value: Decimal;
  text: string;
  color: string;
}

/**
 * A horizontal bar chart: one row per category with one bar or a group of bars (one per
 * series, named in the legend), and an optional reference line (e.g. the budget).
 *
 * @example
 * const spec: BarChartSpec = { id: 'status', title: 'Status counts', rows: [{ label: 'eligible', bars: [{ value: new Decimal(12), text: '12', color: '#1b7f3b' }] }] };
 */
export interface BarChartSpec {
  id: string;
  title: string;
  rows: readonly { label: string; bars: readonly Bar[] }[];
  legend?: readonly { name: string; color: string }[];
  reference?: { value: Decimal; label: string };
  width?: number;
}

const FONT = 12;
const BAR = 18;
const GAP = 10;
const PAD = 8;

/**
 * A horizontal bar chart as inline SVG. Bar lengths are proportional to the exact values
 * (the largest bar, or the reference line when it is further, spans the plot); the exact
 * figure is written at the end of each bar. Labels and figures are escaped.
 *
 * @example
 * barChart({ id: 'status', title: 'Status counts', rows: [{ label: 'eligible', bars: [{ value: new Decimal(3), text: '3', color: '#1b7f3b' }] }] });
 * // '<svg ... class="chart" id="status"><title ...>Status counts</title>...<rect class="bar" ... width="..." .../>...</svg>'
 */
export function barChart(spec: BarChartSpec): string {
  const W = spec.width ?? 520;
  const top = spec.legend?.length || spec.reference ? 30 : 8;
  const labelW = Math.min(W * 0.4, Math.max(40, ...spec.rows.map((r) => textWidth(r.label, FONT))) + PAD);
  const textW = Math.max(24, ...spec.rows.flatMap((r) => r.bars.map((b) => textWidth(b.text, FONT)))) + PAD;
  const plotX = labelW + PAD;
  const plotW = Math.max(40, W - plotX - textW - PAD);
  const values = spec.rows.flatMap((r) => r.bars.map((b) => b.value));
  const max = Decimal.max(1, ...values, ...(spec.reference ? [spec.reference.value] : []));
  const lenOf = (d: Decimal) => Decimal.max(d, 0).div(max).toNumber() * plotW;
  const rowH = (n: number) => Math.max(1, n) * BAR + GAP;
  const H = top + spec.rows.reduce((s, r) => s + rowH(r.bars.length), 0) + PAD;
  const parts = [svgOpen(W, H, spec.title, spec.id)];
  if (spec.legend?.length) parts.push(legend(spec.legend, plotX));
  let y = top;
  for (const row of spec.rows) {
    const h = rowH(row.bars.length) - GAP;
    parts.push(svgText(labelW, y + h / 2 + 4, clipText(row.label, labelW - 4, FONT), { anchor: 'end', cls: 'label' }));
    row.bars.forEach((b, i) => {
      const by = y + i * BAR + 2;
      const len = lenOf(b.value);
      parts.push(`<rect class="bar" x="${px(plotX)}" y="${px(by)}" width="${px(Math.max(len, b.value.gt(0) ? 1 : 0))}" height="${px(BAR - 4)}" rx="2" fill="${escapeHtml(b.color)}"><title>${escapeHtml(`${row.label}: ${b.text}`)}</title></rect>`);
      parts.push(svgText(plotX + len + 5, by + BAR / 2 + 2, b.text, { cls: 'value' }));
    });
    y += rowH(row.bars.length);
  }
  parts.push(`<line class="axis" x1="${px(plotX)}" x2="${px(plotX)}" y1="${px(top - 4)}" y2="${px(H - PAD + 2)}"/>`);
  if (spec.reference) {
    const x = plotX + lenOf(spec.reference.value);
    parts.push(`<line class="mark" x1="${px(x)}" x2="${px(x)}" y1="${px(top - 6)}" y2="${px(H - PAD + 2)}"/>`);
    parts.push(svgText(x, top - 10, spec.reference.label, { anchor: x > W * 0.6 ? 'end' : 'middle', cls: 'mark-label' }));
  }
  parts.push('</svg>');
  return parts.join('');
}

function legend(items: readonly { name: string; color: string }[], x0: number): string {
  let x = x0;
  const out: string[] = [];
  for (const it of items) {
    out.push(`<rect x="${px(x)}" y="6" width="11" height="11" rx="2" fill="${escapeHtml(it.color)}"/>`);
    out.push(svgText(x + 16, 16, it.name, { cls: 'legend' }));
    x += 16 + textWidth(it.name, FONT) + 18;
  }
  return `<g class="legend">${out.join('')}</g>`;
}
