import type { Status } from '../../index';

/**
 * The colours of statuses in charts and badges (colour-blind friendly, readable on white).
 *
 * @example
 * STATUS_COLORS.eligible; // '#1b7f3b'
 */
export const STATUS_COLORS: Readonly<Record<Status, string>> = {
  eligible: '#1b7f3b',
  ineligible: '#c0392b',
  undetermined: '#d4a017',
  error: '#6b7280',
};

/**
 * The colours of criterion results (the same hues as the statuses they lead to).
 *
 * @example
 * RESULT_COLORS.fail; // '#c0392b'
 */
export const RESULT_COLORS: Readonly<Record<'pass' | 'fail' | 'unknown', string>> = {
  pass: STATUS_COLORS.eligible,
  fail: STATUS_COLORS.ineligible,
  unknown: STATUS_COLORS.undetermined,
};

/**
 * Colours of the two sides of a comparison (version A, version B) and of neutral bars.
 *
 * @example
 * SERIES_COLORS.b; // '#2563eb'
 */
export const SERIES_COLORS = { a: '#94a3b8', b: '#2563eb', neutral: '#2563eb', reference: '#111827' } as const;
