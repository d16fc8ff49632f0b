import type { OutputType } from '../output-type';
import type { Status } from '../result';
import { Ratio, UNKNOWN, type FastValue } from './fast-value';

/**
 * The outputs' side of a fast decision: outputs are not part of a decision, but the
 * general evaluator computes them, and a value it cannot format makes its result an error
 * row; so the fast path computes them too and declines unless the general formatting would
 * accept each one.
 *
 * @module
 */

/**
 * True when the general output formatting accepts the value without throwing (else the
 * fast path declines): money at the fen, integers whole, types matching.
 *
 * @example
 * outputAccepts(150, { type: 'money' }, 100); // true (1.50)
 * outputAccepts(155, { type: 'money' }, 1000); // false (0.155 is not at the fen)
 */
export function outputAccepts(v: FastValue, t: OutputType, S: number): boolean {
  if (v === UNKNOWN || v === null) return true;
  const numeric = typeof v === 'number' || v instanceof Ratio;
  switch (t.type) {
    case 'money':
      return typeof v === 'number' && v % (S / 100) === 0;
    case 'decimal':
    case 'interval':
      return numeric;
    case 'integer':
      return typeof v === 'number' && v % S === 0;
    case 'boolean':
      return typeof v === 'boolean';
    case 'date':
    case 'string':
      return typeof v === 'string';
    case 'json':
      return true;
    case 'nullable':
      return outputAccepts(v, t.of, S);
    case 'list':
    case 'record':
      return false;
  }
}

/**
 * Whether a policy's outputs are computed for a status (`outputsWhen`).
 *
 * @example
 * outputsDue('eligible', 'ineligible'); // false
 */
export function outputsDue(when: 'always' | 'eligible' | 'notIneligible', status: Status): boolean {
  return when === 'always' || (when === 'eligible' && status === 'eligible') || (when === 'notIneligible' && status !== 'ineligible');
}

/**
 * Whether an output's value lets the fast decision stand: not unknown unless ineligible,
 * and one the general output formatting accepts.
 *
 * @example
 * outputOk(1500, 'eligible', { type: 'money' }, 100); // true
 */
export function outputOk(v: FastValue, status: Status, type: OutputType, S: number): boolean {
  return !(v === UNKNOWN && status !== 'ineligible') && outputAccepts(v, type, S);
}

