import type { Parameter, ParameterVersion } from '../../engine/parameter';
import type { Policy } from '../../engine/policy';
import { sameData } from './canonical-json';
import { ruleInventory, type RuleEntry } from './rule-inventory';

/**
 * Names present only in the new version (`added`), only in the old (`removed`), and in
 * both with different data (`changed`).
 *
 * @example
 * const c: NameChanges = { added: ['stStaffRatio'], removed: ['stStaffCollegeRatio', 'rdStaffRatio'], changed: [] };
 */
export interface NameChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * One dated value of a parameter, as text (`"0.06"`, `"true"`, or the text value).
 *
 * @example
 * const v: ParameterValue = { from: '2008-01-01', to: '2015-12-31', value: '0.06' };
 */
export interface ParameterValue {
  from: string;
  to?: string;
  value: string;
}

/**
 * A parameter in both versions whose data differs: what differs (`values`: the sequence of
 * values; `dates`: when versions start or end on other dates), and each side's dated values.
 *
 * @example
 * const c: ParameterChange = { name: 'rdRatioSmall', what: ['values', 'dates'], a: [{ from: '2008-01-01', value: '0.06' }], b: [{ from: '2016-01-01', value: '0.05' }] };
 */
export interface ParameterChange {
  name: string;
  what: ('values' | 'dates' | 'cite' | 'unit' | 'label')[];
  a: ParameterValue[];
  b: ParameterValue[];
}

/**
 * A criterion or exception in both versions (same id) whose test or citation differs.
 *
 * @example
 * const c: RuleChange = { id: 'rdRatio', kind: 'criterion', what: ['cite'] };
 */
export interface RuleChange {
  id: string;
  kind: RuleEntry['kind'];
  what: ('test' | 'cite')[];
}

/**
 * The structural difference of two policies' data, which heads an impact report: window,
 * sources, parameters (with their dated values), definitions, rules (criteria and
 * exceptions by id) and outputs. Lists follow document order (removed: the old version's;
 * added and changed: the new one's).
 *
 * @example
 * diffPolicies(hnte2008, hnte2016).rules.added; // ['stStaffRatio', ...]
 */
export interface PolicyDiff {
  effective: { a: Policy['effective']; b: Policy['effective']; changed: boolean };
  sources: NameChanges;
  parameters: { added: string[]; removed: string[]; changed: ParameterChange[] };
  definitions: NameChanges;
  rules: { added: string[]; removed: string[]; changed: RuleChange[] };
  outputs: NameChanges;
}

const valueText = (v: ParameterVersion['value']): string => (typeof v === 'boolean' ? String(v) : typeof v === 'string' ? v : v.text);
const values = (p: Parameter): ParameterValue[] => p.versions.map((v) => ({ from: v.from, ...(v.to !== undefined ? { to: v.to } : {}), value: valueText(v.value) }));

function names<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, same: (x: T, y: T) => boolean): NameChanges {
  return {
    added: Object.keys(b).filter((k) => !(k in a)),
    removed: Object.keys(a).filter((k) => !(k in b)),
    changed: Object.keys(b).filter((k) => k in a && !same(a[k] as T, b[k] as T)),
  };
}

function parameterChange(name: string, a: Parameter, b: Parameter): ParameterChange | null {
  const what: ParameterChange['what'] = [];
  const va = values(a);
  const vb = values(b);
  if (!sameData(va.map((v) => v.value), vb.map((v) => v.value))) what.push('values');
  if (!sameData(va.map((v) => [v.from, v.to]), vb.map((v) => [v.from, v.to]))) what.push('dates');
  if (!sameData(a.cite, b.cite)) what.push('cite');
  if (a.unit !== b.unit) what.push('unit');
  if (!sameData(a.label, b.label)) what.push('label');
  return what.length ? { name, what, a: va, b: vb } : null;
}

/**
 * Compares two policies' data (typically two versions of one scheme).
 *
 * @example
 * const d = diffPolicies(hnte2008, hnte2016);
 * d.rules.removed; // ['stStaffCollegeRatio', 'rdStaffRatio']
 * d.effective; // { a: { from: '2008-01-01', to: '2015-12-31' }, b: { from: '2016-01-01' }, changed: true }
 */
export function diffPolicies(a: Policy, b: Policy): PolicyDiff {
  const pa = a.parameters ?? {};
  const pb = b.parameters ?? {};
  const params = names(pa, pb, (x, y) => parameterChange('', x, y) === null);
  const ra = ruleInventory(a.eligibility);
  const rb = ruleInventory(b.eligibility);
  const ruleChanges: RuleChange[] = [];
  for (const [id, y] of rb) {
    const x = ra.get(id);
    if (!x) continue;
    const what: RuleChange['what'] = [];
    if (x.kind !== y.kind || !sameData(x.test, y.test)) what.push('test');
    if (!sameData(x.cite, y.cite)) what.push('cite');
    if (what.length) ruleChanges.push({ id, kind: y.kind, what });
  }
  const sources = (p: Policy) => Object.fromEntries(p.sources.map((s) => [s.id, s]));
  return {
    effective: { a: a.effective, b: b.effective, changed: !sameData(a.effective, b.effective) },
    sources: names(sources(a), sources(b), sameData),
    parameters: {
      added: params.added,
      removed: params.removed,
      changed: params.changed.map((n) => parameterChange(n, pa[n] as Parameter, pb[n] as Parameter)).filter((c): c is ParameterChange => c !== null),
    },
    definitions: names(a.definitions ?? {}, b.definitions ?? {}, sameData),
    rules: { added: [...rb.keys()].filter((id) => !ra.has(id)), removed: [...ra.keys()].filter((id) => !rb.has(id)), changed: ruleChanges },
    outputs: names(a.outputs ?? {}, b.outputs ?? {}, sameData),
  };
}
