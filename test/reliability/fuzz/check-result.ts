import { isPlainDate } from '../../../src/index';

/** Error codes that mean the engine or a building block failed, not the input: each is a bug. */
export const FAULT_CODES: readonly string[] = ['EVALUATION_ERROR', 'EVALUATION_FAILED', 'POLICY_ERROR'];

const STATUSES = ['eligible', 'ineligible', 'undetermined', 'error'];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * What is wrong with one result row (empty when nothing): the DESIGN §4.2 shape, a typed
 * error (a code that is not a fault, a message, issues with path and message; at least one
 * issue for invalid input) when the status is `error`, the id carried over from the
 * record, and no date-shaped string in outputs or criterion values that is not a real date
 * (a year past 9999 once slipped through as `10000-12-31`, comparing before `2020-06-01`).
 *
 * @example
 * resultProblems({ policy: 'p', asOf: null, status: 'error', criteria: [], failed: [], missing: [], outputs: {}, error: { code: 'INVALID_JSON', message: 'x', issues: [] } }, 'p', undefined); // []
 */
export function resultProblems(row: unknown, policy: string, id: string | undefined): string[] {
  const out: string[] = [];
  if (!isObject(row)) return ['not an object'];
  if (row['policy'] !== policy) out.push(`policy ${String(row['policy'])}`);
  if (row['id'] !== id) out.push(`id ${JSON.stringify(row['id'])}, expected ${JSON.stringify(id)}`);
  if (!STATUSES.includes(row['status'] as string)) out.push(`status ${String(row['status'])}`);
  if (!Array.isArray(row['criteria'])) out.push('criteria is not a list');
  if (!isStringList(row['failed']) || !isStringList(row['missing'])) out.push('failed/missing are not lists of strings');
  if (!isObject(row['outputs'])) out.push('outputs is not an object');
  const err = row['error'];
  if (row['status'] === 'error') {
    if (!isObject(err)) return [...out, 'error row without error'];
    const code = err['code'];
    if (typeof code !== 'string' || !/^[A-Z][A-Z_]*$/.test(code)) out.push(`error code ${String(code)}`);
    else if (FAULT_CODES.includes(code)) out.push(`fault ${code}: ${String(err['message'])}`);
    if (typeof err['message'] !== 'string' || err['message'] === '') out.push('error without message');
    const issues = err['issues'];
    if (!Array.isArray(issues) || !issues.every((i) => isObject(i) && typeof i['path'] === 'string' && typeof i['message'] === 'string')) out.push('issues malformed');
    else if (code === 'INVALID_INPUT' && issues.length === 0) out.push('INVALID_INPUT without issues');
  } else if (err !== undefined) out.push('error on a row that is not an error');
  for (const d of dateLike([row['outputs'], row['criteria']])) out.push(`'${d}' looks like a date but is not a real one`);
  return out;
}

const DATE_LIKE = /^[+-]?\d{4,}-\d{2}-\d{2}$/;

/** Strings in a result (outputs, criterion values) shaped like dates that are not plain dates. */
function dateLike(v: unknown, found: string[] = []): string[] {
  if (typeof v === 'string') {
    if (DATE_LIKE.test(v) && !isPlainDate(v)) found.push(v);
  } else if (Array.isArray(v)) for (const x of v) dateLike(x, found);
  else if (isObject(v)) for (const x of Object.values(v)) dateLike(x, found);
  return found;
}

/**
 * The id a result row must carry for a raw record: its own `id` when a string or a finite
 * number (as text), else none.
 *
 * @example
 * expectedId({ id: 7 }); // '7'
 * expectedId([1]); // undefined
 */
export function expectedId(record: unknown): string | undefined {
  if (!isObject(record) || !Object.prototype.hasOwnProperty.call(record, 'id')) return undefined;
  const id = record['id'];
  return typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined;
}
