import fc from 'fast-check';
import { expectedId } from './check-result';
import { malformedRecord } from './mutate';
import type { Seed } from './seeds';

/** A line of NDJSON input and the id its result row must carry (none for a blank line). */
export interface FuzzLine {
  line: string;
  /** false for a blank line, which gives no row */
  row: boolean;
  id: string | undefined;
}

const BROKEN: readonly string[] = [
  '{', '}', '[', ']', '{"id":', '{"id":"X1"', '{"id":"X1",}', "{'id':'X1'}", '{"id":"X1"}{"id":"X2"}', 'undefined', 'NaN', 'Infinity', '-', '01', '"unterminated',
  '{"id":"X1","employees":1e}', '\u0000', '\ufeff{"id":"BOM"}', '{"a":"\\u12"}', '{"a":"\\x41"}', '\t{"id":"tab"', '/* comment */ {}', '{"id":"X1"} // trailing',
  'null', 'true', '42', '"a string"', '[]', '[{"id":"X1"}]', '{}', '{"":1}', '{"id":null}', '{"id":{}}', '{"id":-1}', '{"id":1.5}', '{"id":1e400}', '{"__proto__":{"id":"P"}}',
  '{"id":"dup","id":"dup2"}', ' ', '', '\r', '\t \t',
];

function idOfLine(line: string): string | undefined {
  try {
    return expectedId(JSON.parse(line));
  } catch {
    return undefined;
  }
}

const broken = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BROKEN) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/**
 * NDJSON lines for one policy: malformed records of its seeds (each with its seed's date
 * as its own `asOf` unless the record set one), every `brokenEvery`-th line a line that is
 * not a record (cut short, not JSON, another JSON value, blank). No line contains a
 * newline; the first line is a record.
 *
 * @example
 * fuzzLines(seeds, 100, 7, 1).length; // 100
 */
export function fuzzLines(seeds: readonly Seed[], count: number, brokenEvery: number, seed: number): FuzzLine[] {
  const records = fc.sample(malformedRecord(seeds), { numRuns: count, seed });
  const junk = fc.sample(broken, { numRuns: count, seed: seed + 1 });
  return records.map((c, i) => {
    let line: string;
    if (i > 0 && i % brokenEvery === brokenEvery - 1) {
      const j = junk[i] ?? '';
      // a record cut short, or a line of junk
      line = (i % (brokenEvery * 2) === brokenEvery - 1 ? c.text.slice(0, Math.max(1, (i * 7919) % c.text.length)) : j).replace(/\n/g, ' ');
    } else {
      const rec: unknown = JSON.parse(c.text);
      const datedText = rec !== null && typeof rec === 'object' && !Array.isArray(rec) && !Object.prototype.hasOwnProperty.call(rec, 'asOf') ? c.text.replace(/^\{/, c.text === '{}' ? `{"asOf":"${c.asOf}"` : `{"asOf":"${c.asOf}",`) : c.text;
      line = datedText;
    }
    const row = line.trim() !== '';
    return { line, row, id: row ? idOfLine(line) : undefined };
  });
}

/**
 * One line each of the extremes a hostile export can hold, for the enterprise model: 100,000
 * levels of nesting (arrays and objects), a 1 MB string, 100,000-digit numbers, 20,000 keys,
 * between two good records.
 *
 * @example
 * extremeLines().map((l) => l.id); // ['A', 'D1', 'D2', 'S', 'N', 'K', 'B']
 */
export function extremeLines(): FuzzLine[] {
  const deep = 100_000;
  const keys = Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',');
  const texts: [string, string][] = [
    ['A', '{"id":"A","employees":10}'],
    ['D1', `{"id":"D1","employees":${'['.repeat(deep)}${']'.repeat(deep)}}`],
    ['D2', `{"id":"D2","ip":${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}`],
    ['S', `{"id":"S","name":"${'名'.repeat(1_000_000)}"}`],
    ['N', `{"id":"N","employees":${'9'.repeat(100_000)},"totalAssets":"${'9'.repeat(100_000)}"}`],
    ['K', `{"id":"K",${keys}}`],
    ['B', '{"id":"B","employees":"10"}'],
  ];
  return texts.map(([id, line]) => ({ line, row: true, id }));
}
