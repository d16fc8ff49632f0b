import { Decimal, type EvalResult, type Lang, type Status } from '../../index';
import { WORDS } from '../lang';
import { barChart } from './bar-chart';
import { STATUS_COLORS, SERIES_COLORS } from './chart-palette';

const STATUSES: readonly Status[] = ['eligible', 'ineligible', 'undetermined', 'error'];

/**
 * How many rows have each status.
 *
 * @example
 * statusCounts(rows); // { eligible: 12, ineligible: 30, undetermined: 2, error: 0 }
 */
export function statusCounts(rows: readonly EvalResult[]): Record<Status, number> {
  const c: Record<Status, number> = { eligible: 0, ineligible: 0, undetermined: 0, error: 0 };
  for (const r of rows) c[r.status]++;
  return c;
}

/**
 * The status counts as a bar chart, one bar per status in its colour; with two count
 * sets (versions A and B), one pair of bars per status.
 *
 * @example
 * statusChart('status', [{ counts: { eligible: 2, ineligible: 1, undetermined: 0, error: 0 } }], 'en', 'Status counts'); // '<svg ...>'
 */
export function statusChart(id: string, sides: readonly { name?: string; counts: Record<Status, number> }[], lang: Lang, title: string): string {
  const paired = sides.length > 1;
  const colors = [SERIES_COLORS.a, SERIES_COLORS.b];
  return barChart({
    id,
    title,
    rows: STATUSES.map((s) => ({
      label: WORDS[lang].status[s],
      bars: sides.map((side, i) => ({ value: new Decimal(side.counts[s]), text: String(side.counts[s]), color: paired ? (colors[i] ?? SERIES_COLORS.neutral) : STATUS_COLORS[s] })),
    })),
    ...(paired ? { legend: sides.map((s, i) => ({ name: s.name ?? String(i + 1), color: colors[i] ?? SERIES_COLORS.neutral })) } : {}),
  });
}

/**
 * How many rows fail each criterion (the ids in `failed`), most failed first; at most
 * `limit` criteria (default 12). Labels are `id` and the criterion's label in `lang`.
 *
 * @example
 * failedCounts(rows, 'en'); // [{ id: 'rdRatio', label: 'rdRatio R&D expense / sales revenue', count: 17 }, ...]
 */
export function failedCounts(rows: readonly EvalResult[], lang: Lang, limit = 12): { id: string; label: string; count: number }[] {
  const counts = new Map<string, { id: string; label: string; count: number }>();
  for (const r of rows) {
    for (const id of r.failed) {
      const entry = counts.get(id) ?? { id, label: labelOf(r, id, lang), count: 0 };
      entry.count++;
      counts.set(id, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, limit);
}

function labelOf(r: EvalResult, id: string, lang: Lang): string {
  const l = r.criteria.find((c) => c.id === id)?.label?.[lang];
  return l ? `${id} ${l}` : id;
}

/**
 * The failing-criteria counts as a bar chart, or undefined when no row failed any.
 *
 * @example
 * failedChart('failed', rows, 'en', 'Failing criteria (records)'); // '<svg ...>' | undefined
 */
export function failedChart(id: string, rows: readonly EvalResult[], lang: Lang, title: string): string | undefined {
  const counts = failedCounts(rows, lang);
  if (counts.length === 0) return undefined;
  return barChart({ id, title, rows: counts.map((c) => ({ label: c.label, bars: [{ value: new Decimal(c.count), text: String(c.count), color: STATUS_COLORS.ineligible }] })) });
}
