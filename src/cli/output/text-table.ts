const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x20000, 0x3fffd],
];

/**
 * The width of text in a terminal: CJK and full-width characters take two columns.
 *
 * @example
 * displayWidth('abc'); // 3
 * displayWidth('符合'); // 4
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    w += WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
  }
  return w;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Lays out rows as an aligned text table (two spaces between columns, a rule under the
 * header); columns holding only numbers are right-aligned. Widths count CJK as two.
 *
 * @example
 * textTable(['id', 'fee'], [['G1', '50000.00'], ['G22', '7.50']]);
 * // 'id   fee\n---  --------\nG1   50000.00\nG22      7.50'
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => (r[i] ?? '') === '' || NUMBER.test(r[i] ?? '')));
  const pad = (text: string, i: number) => {
    const fill = ' '.repeat((widths[i] ?? 0) - displayWidth(text));
    return numeric[i] ? fill + text : text + fill;
  };
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, i)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Shortens text to at most `max` columns, ending with `…` when cut.
 *
 * @example
 * clip('abcdefgh', 5); // 'abcd…'
 */
export function clip(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}
