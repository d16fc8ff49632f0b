/**
 * One validation problem: where (a path like `payments[1].due`, or `(root)`) and what.
 *
 * @example
 * const i: Issue = { path: 'employees', message: 'expected a non-negative integer' };
 */
export interface Issue {
  path: string;
  message: string;
}

/**
 * A record the policy cannot evaluate because of its content (fails validation, or a
 * request the rules forbid, e.g. a deferral date before a payment's due date). In a batch
 * it becomes a `status: "error"` row; the batch goes on.
 *
 * @example
 * new InputError('INVALID_INPUT', 'bad record', [{ path: 'asOf', message: 'required' }]).issues.length; // 1
 */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * A policy that is wrong as data (unknown parameter, type mismatch, cycle): a bug in the
 * policy, reported with the place in the policy where it is.
 *
 * @example
 * new PolicyError('unknown parameter rateCap', 'eligibility.rules[0].test').where; // 'eligibility.rules[0].test'
 */
export class PolicyError extends Error {
  constructor(
    message: string,
    readonly where = '',
  ) {
    super(where ? `${message} (at ${where})` : message);
    this.name = 'PolicyError';
  }
}
