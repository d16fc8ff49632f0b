import { InvalidArgumentError } from 'commander';
import { isPlainDate } from '../../index';

/**
 * Parses `--as-of`: a real calendar date `YYYY-MM-DD`.
 *
 * @example
 * parseDateOption('2020-06-01'); // '2020-06-01'
 * parseDateOption('2020-02-30'); // throws InvalidArgumentError
 */
export function parseDateOption(value: string): string {
  if (!isPlainDate(value)) throw new InvalidArgumentError('expected a real date YYYY-MM-DD.');
  return value;
}

/**
 * Parses `--jobs`: a whole number from 1 to 64.
 *
 * @example
 * parseJobsOption('4'); // 4
 */
export function parseJobsOption(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 64)) throw new InvalidArgumentError('expected a whole number from 1 to 64.');
  return n;
}

/**
 * Parses `--budget`: a non-negative amount in yuan (at most two decimals), kept as its exact string.
 *
 * @example
 * parseBudgetOption('16500000'); // '16500000'
 */
export function parseBudgetOption(value: string): string {
  if (!/^\d+(\.\d{1,2})?$/.test(value)) throw new InvalidArgumentError('expected an amount in yuan, e.g. 16500000 or 1234.50.');
  return value;
}
