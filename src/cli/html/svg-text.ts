import { escapeHtml } from './escape-html';

/**
 * A pixel coordinate for SVG: rounded to a tenth (geometry only, never a figure shown).
 *
 * @example
 * px(12.3456); // '12.3'
 * px(-0.04); // '0'
 */
export function px(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(r === 0 ? 0 : r);
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * An estimate of the width of a line of text in pixels at a font size: CJK characters
 * are a full em, digits and Latin letters about 0.6 em. Used to lay out labels without
 * measuring them in a browser.
 *
 * @example
 * textWidth('eligible', 12); // ≈ 57.6
 * textWidth('符合', 12); // 24
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/**
 * Text cut to fit a width (by {@link textWidth}), ending in an ellipsis when cut.
 *
 * @example
 * clipText('noMajorIncident No major incident in the year before', 120, 12); // 'noMajorIncident…'
 * clipText('eligible', 120, 12); // 'eligible'
 */
export function clipText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * An SVG `<text>` element with escaped content.
 *
 * @example
 * svgText(10, 20, 'a < b', { anchor: 'end', cls: 'tick' }); // '<text x="10" y="20" text-anchor="end" class="tick">a &lt; b</text>'
 */
export function svgText(x: number, y: number, text: string, opts: { anchor?: 'start' | 'middle' | 'end'; cls?: string; weight?: 'bold' } = {}): string {
  const anchor = opts.anchor && opts.anchor !== 'start' ? ` text-anchor="${opts.anchor}"` : '';
  const cls = opts.cls ? ` class="${escapeHtml(opts.cls)}"` : '';
  const weight = opts.weight ? ` font-weight="${opts.weight}"` : '';
  return `<text x="${px(x)}" y="${px(y)}"${anchor}${cls}${weight}>${escapeHtml(text)}</text>`;
}

/**
 * The opening tag of a chart: an `<svg>` of a fixed size that scales down with its
 * container (`viewBox`), announced as an image with a title for screen readers.
 *
 * @example
 * svgOpen(400, 200, 'Status counts', 'chart-status'); // '<svg xmlns=... width="400" height="200" viewBox="0 0 400 200" role="img" aria-labelledby="chart-status-title" class="chart"><title id="chart-status-title">Status counts</title>'
 */
export function svgOpen(width: number, height: number, title: string, id: string): string {
  const tid = `${escapeHtml(id)}-title`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img" aria-labelledby="${tid}" class="chart" id="${escapeHtml(id)}"><title id="${tid}">${escapeHtml(title)}</title>`;
}
