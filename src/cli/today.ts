/**
 * Today's local date as `YYYY-MM-DD` (only used to pick the version of an alias in force
 * when no `--as-of` is given; evaluation itself never defaults to today).
 *
 * @example
 * localToday(new Date(2020, 5, 1)); // '2020-06-01'
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
