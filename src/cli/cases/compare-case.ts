import type { EvalResult } from '../../index';
import type { CaseExpect } from './case-file';
import { jsonDiff } from './json-diff';

function listDiff(name: string, expected: readonly string[] | undefined, actual: readonly string[]): string[] {
  if (!expected) return [];
  const e = [...expected].sort();
  const a = [...actual].sort();
  if (JSON.stringify(e) === JSON.stringify(a)) return [];
  const lacking = e.filter((x) => !a.includes(x));
  const extra = a.filter((x) => !e.includes(x));
  const detail = [lacking.length ? `not there: ${lacking.join(', ')}` : '', extra.length ? `unexpected: ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
  return [`${name}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)} (${detail})`];
}

/**
 * Compares a result with a case's expectation: one readable line per difference
 * (empty when the case passes). `failed`/`missing` are compared as sets, `outputs` as a
 * subset with exact JSON values; when the record was an error and that was not
 * expected, the error and its issues are shown.
 *
 * @example
 * compareCase({ status: 'eligible' }, { ...result, status: 'ineligible' }); // ['status: expected "eligible", got "ineligible"']
 */
export function compareCase(expect: CaseExpect, actual: EvalResult): string[] {
  const out: string[] = [];
  if (expect.status !== undefined && expect.status !== actual.status) out.push(`status: expected "${expect.status}", got "${actual.status}"`);
  out.push(...listDiff('failed', expect.failed, actual.failed));
  out.push(...listDiff('missing', expect.missing, actual.missing));
  for (const [k, v] of Object.entries(expect.outputs ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(actual.outputs, k)) {
      const known = Object.keys(actual.outputs);
      out.push(`outputs.${k}: expected ${JSON.stringify(v)}, got nothing (outputs: ${known.length ? known.join(', ') : 'none'})`);
    } else out.push(...jsonDiff(`outputs.${k}`, v, actual.outputs[k]));
  }
  if (expect.error?.code !== undefined && expect.error.code !== actual.error?.code) out.push(`error.code: expected "${expect.error.code}", got ${actual.error ? `"${actual.error.code}"` : 'no error'}`);
  if (expect.error?.message !== undefined && expect.error.message !== actual.error?.message) out.push(`error.message: expected ${JSON.stringify(expect.error.message)}, got ${actual.error ? JSON.stringify(actual.error.message) : 'no error'}`);
  if (out.length && actual.error && expect.status !== 'error' && expect.error === undefined) {
    out.push(`(the record was an error: ${actual.error.code}: ${actual.error.message})`);
    for (const i of actual.error.issues) out.push(`    ${i.path}: ${i.message}`);
  }
  return out;
}
