/**
 * Serialisers of the seed files: stable key order, one trailing newline.
 *
 * @example
 * toCsv(['id', 'kind'], [{ id: 'G1', kind: 'new' }]); // 'id,kind\nG1,new\n'
 */
export function toCsv(header: readonly string[], rows: readonly Readonly<Record<string, string | number | boolean | undefined>>[]): string {
  const cell = (v: string | number | boolean | undefined): string => {
    const s = v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header.join(','), ...rows.map((row) => header.map((h) => cell(row[h])).join(','))].join('\n') + '\n';
}

/**
 * One JSON object per line.
 *
 * @example
 * toNdjson([{ a: 1 }, { a: 2 }]); // '{"a":1}\n{"a":2}\n'
 */
export function toNdjson(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/**
 * A pretty-printed JSON document.
 *
 * @example
 * toJson([1]); // '[\n  1\n]\n'
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * A date `YYYY-MM-DD` from its parts (no Date object, no time zone).
 *
 * @example
 * ymd(2020, 3, 5); // '2020-03-05'
 */
export function ymd(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
