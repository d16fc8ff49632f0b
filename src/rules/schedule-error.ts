/**
 * Why a schedule or a deferral request was rejected:
 * - `invalid-date`: a date is not a real `YYYY-MM-DD` calendar day.
 * - `invalid-amount`: a principal, amount or rate is negative.
 * - `unsorted`: payments are not sorted by due date.
 * - `due-before-disbursement`: a payment falls due before the loan was disbursed.
 * - `sum-mismatch`: the payments' principal does not add up to the loan's principal.
 * - `invalid-window`: a deferral window ends before it starts.
 * - `invalid-months`: a deferral by months is not a positive whole number of months.
 * - `missing-defer-date`: no requested date and no cap to default to.
 * - `defer-before-due`: the deferral date is before a deferred payment's own due date.
 *
 * @example
 * const code: ScheduleErrorCode = 'sum-mismatch';
 */
export type ScheduleErrorCode =
  | 'invalid-date'
  | 'invalid-amount'
  | 'unsorted'
  | 'due-before-disbursement'
  | 'sum-mismatch'
  | 'invalid-window'
  | 'invalid-months'
  | 'missing-defer-date'
  | 'defer-before-due';

/**
 * A validation error of a repayment schedule or of a deferral: a stable `code`, the
 * dotted `path` of the offending input (e.g. `payments[1].due`, `request.deferTo`) and a
 * message a borrower's officer can read. Policies turn it into a record's `error`.
 *
 * @example
 * const e = new ScheduleError('unsorted', 'payments[1].due', 'payments must be sorted by due date');
 * e instanceof Error; // true
 * e.message; // 'payments[1].due: payments must be sorted by due date'
 */
export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
  readonly code: ScheduleErrorCode;
  readonly path: string;
  /** The message without its path prefix. */
  readonly detail: string;

  constructor(code: ScheduleErrorCode, path: string, detail: string) {
    super(path === '' ? detail : `${path}: ${detail}`);
    this.code = code;
    this.path = path;
    this.detail = detail;
  }
}
