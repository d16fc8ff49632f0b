/**
 * A decimal text with thousands separators, from its exact string (no arithmetic).
 *
 * @example
 * groupDigits('-1234567.50'); // '-1,234,567.50'
 * groupDigits('n/a'); // 'n/a'
 */
export function groupDigits(amount: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(amount);
  if (!m) return amount;
  return `${m[1] ?? ''}${(m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}
