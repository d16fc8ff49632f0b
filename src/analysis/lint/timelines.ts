import type { Parameter, ParameterVersion } from '../../engine/parameter';
import type { Policy } from '../../engine/policy';
import { plusDays } from '../../models/plain-date';
import type { LintFinding } from './finding';

interface Indexed {
  v: ParameterVersion;
  i: number;
}

const show = (v: ParameterVersion): string => `${v.from}..${v.to ?? ''}`;

function lintParameter(name: string, p: Parameter, window: Policy['effective']): LintFinding[] {
  const out: LintFinding[] = [];
  const at = (i?: number) => `parameters.${name}.versions${i === undefined ? '' : `[${i}]`}`;
  const valid: Indexed[] = [];
  p.versions.forEach((v, i) => {
    if (v.to !== undefined && v.to < v.from) out.push({ severity: 'error', rule: 'timeline-reversed', path: at(i), message: `version ${show(v)} of ${name} ends before it starts` });
    else valid.push({ v, i });
  });
  valid.sort((a, b) => (a.v.from < b.v.from ? -1 : a.v.from > b.v.from ? 1 : a.i - b.i));
  const end = window.to;
  const inWindow = (d: string) => end === undefined || d <= end;
  let cursor: string | null = window.from; // first date of the window not yet covered; null = covered to the end of time
  let prev: Indexed | undefined;
  for (const cur of valid) {
    if (prev && (prev.v.to === undefined || prev.v.to >= cur.v.from)) {
      out.push({ severity: 'error', rule: 'timeline-overlap', path: at(cur.i), message: `version ${show(cur.v)} of ${name} overlaps version ${show(prev.v)}: two values on ${cur.v.from}`, counterexample: { asOf: cur.v.from } });
    }
    if (cursor !== null && cur.v.from > cursor && inWindow(cursor)) {
      const last = plusDays(cur.v.from, -1);
      const holeEnd = end !== undefined && end < last ? end : last;
      const startUncovered = cursor === window.from;
      out.push({
        severity: 'error',
        rule: 'timeline-hole',
        path: startUncovered ? at() : at(cur.i),
        message: startUncovered
          ? `${name} has no value from ${cursor} (the policy's start) to ${holeEnd}: its first version starts on ${cur.v.from}`
          : `${name} has no value from ${cursor} to ${holeEnd}, between versions ${show(prev?.v ?? cur.v)} and ${show(cur.v)}`,
        counterexample: { asOf: cursor },
      });
    }
    if (cursor !== null) {
      const next = cur.v.to === undefined ? null : plusDays(cur.v.to, 1);
      cursor = next === null ? null : next > cursor ? next : cursor;
    }
    // keep the earlier version reaching furthest: a later one overlaps iff it starts before that one ends
    if (!prev || (prev.v.to !== undefined && (cur.v.to === undefined || cur.v.to > prev.v.to))) prev = cur;
  }
  if (cursor !== null && inWindow(cursor)) {
    const lastIndex = valid.length ? (valid[valid.length - 1] as Indexed).i : undefined;
    out.push({
      severity: 'error',
      rule: 'timeline-hole',
      path: at(lastIndex),
      message: `${name} has no value from ${cursor}${end ? ` to ${end}` : ' on'}, while the policy is in force${end ? ` until ${end}` : ' with no end date'}`,
      counterexample: { asOf: cursor },
    });
  }
  return out;
}

/**
 * Parameter timeline lint: within the policy's effective window, every date must have
 * exactly one version of every parameter.
 * - `timeline-hole`: dates of the window no version covers (the window's start before the
 *   first version, at `parameters.<name>.versions`; between two versions, at the later one;
 *   after the last one, at it), with the first uncovered date as counterexample;
 * - `timeline-overlap`: a version starting while an earlier one is still in force;
 * - `timeline-reversed`: a version ending before it starts.
 * Holes outside the window are fine (the parameter is never read there).
 *
 * @example
 * const t = { label: label('比例', 'Ratio'), cite: cite('doc', '3'), versions: [{ from: '2017-01-01', value: '0.1' }] };
 * lintTimelines({ ...policyData, effective: { from: '2016-01-01' }, parameters: { t } })
 *   .map((f) => `${f.rule} ${f.path}`); // ['timeline-hole parameters.t.versions'] (2016 has no value)
 */
export function lintTimelines(policy: Policy): LintFinding[] {
  return Object.entries(policy.parameters ?? {}).flatMap(([name, p]) => lintParameter(name, p, policy.effective));
}
