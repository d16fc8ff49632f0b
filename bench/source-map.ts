/**
 * A minimal reader of esbuild's source maps (version 3, VLQ mappings): the original file
 * and line of a position in a bundle, to name the functions of a CPU profile.
 *
 * @module
 */

/** A source map as esbuild writes it (the fields used here). */
interface RawSourceMap {
  sources: string[];
  mappings: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Looks up bundle positions (0-based line and column) in a source map: the original
 * source path (as the map names it) and 1-based line, or null where nothing maps.
 *
 * @example
 * const at = sourceLookup(JSON.parse(mapText));
 * at(120, 4); // { source: '../src/engine/compile-policy.ts', line: 88 }
 */
export function sourceLookup(map: RawSourceMap): (line: number, column: number) => { source: string; line: number } | null {
  const lines: [number, number, number][][] = [];
  let source = 0;
  let origLine = 0;
  for (const text of map.mappings.split(';')) {
    const segs: [number, number, number][] = [];
    let col = 0;
    for (const s of text.split(',')) {
      if (!s) continue;
      const v = decodeVlq(s);
      col += v[0] ?? 0;
      if (v.length >= 4) {
        source += v[1] ?? 0;
        origLine += v[2] ?? 0;
        segs.push([col, source, origLine]);
      }
    }
    lines.push(segs);
  }
  return (line, column) => {
    const segs = lines[line];
    if (!segs || segs.length === 0) return null;
    let best = segs[0] as [number, number, number];
    for (const s of segs) if (s[0] <= column) best = s;
    return { source: map.sources[best[1]] ?? '?', line: best[2] + 1 };
  };
}
