import type { CompiledPolicy } from '../../engine/compile-policy';
import type { Policy } from '../../engine/policy';
import type { CriterionReport, EvalResult } from '../../engine/result';
import type { Decimal } from '../../models/decimal';
import { compile, validatorFor } from '../../policies/compile';
import { criterionFacts, undeterminedCriteria } from './criterion-facts';
import { numericFactKind, rawDecimal, type NumericFact } from './fact-kind';
import { locateFact, readAt, type FactLocator } from './fact-locator';
import { passes, searchFact, type SearchSetting } from './fact-search';
import { arrayKeyFields } from './policy-walk';
import type { GapNotFixable, GapOptions, GapReport, GapSuggestion } from './types';

const DEFAULT_MAX_UNITS = 1e15;

interface Candidate {
  loc: FactLocator;
  kind: NumericFact;
  from: Decimal;
}

/**
 * Exact text of a fact value: money with at least two decimals, counts as digits.
 *
 * @example
 * factValueText('yuan', new Decimal('1800000')); // '1800000.00'
 * factValueText('person', new Decimal(12)); // '12'
 */
export function factValueText(unit: GapSuggestion['unit'], d: Decimal): string {
  return unit === 'yuan' ? d.toFixed(Math.max(2, d.decimalPlaces())) : d.toFixed(0);
}

function isCompiled(p: Policy | CompiledPolicy): p is CompiledPolicy {
  return typeof (p as Partial<CompiledPolicy>).evaluate === 'function';
}

function labelOf(c: CriterionReport | undefined): Pick<GapSuggestion, 'label'> {
  return c?.label ? { label: c.label } : {};
}

function breaksOf(before: EvalResult, after: EvalResult, id: string): string[] {
  const was = new Map(before.criteria.map((c) => [c.id, c.result]));
  const out: string[] = [];
  for (const c of after.criteria) if (c.id !== id && c.result === 'fail' && was.get(c.id) === 'pass' && !out.includes(c.id)) out.push(c.id);
  return out;
}

/**
 * Distance to eligibility: for each failed criterion, the smallest change of one numeric
 * fact it reads (money to the fen, people and counts to the unit) that makes it pass, and
 * what that change breaks; criteria that no single number can fix are listed with a reason.
 *
 * How: the record is evaluated once with a trace, which names the facts each failed
 * criterion read (its own and those of the definitions it uses). Each money or count fact
 * (known from the policy's input model) is searched in both directions, over whole fen or
 * units, by re-evaluating a changed copy of the raw record through the compiled policy
 * (exponential then binary search; no floating point). A suggestion is kept only when the
 * changed record passes the criterion and the record with one fen/unit less of change does
 * not (`verified: true`). `breaks` are the criteria that passed before and fail after.
 *
 * @example
 * const r = gap(getPolicy('cn.hnte.2016')!, enterprise, { asOf: '2020-06-01' });
 * r.suggestions[0]; // { criterion: 'stStaffRatio', fact: 'stStaff', unit: 'person', direction: 'increase', from: '9', to: '12', change: '3', breaks: [], statusAfter: 'ineligible', verified: true }
 */
export function gap(policy: Policy | CompiledPolicy, record: unknown, options: GapOptions = {}): GapReport {
  const compiled = isCompiled(policy) ? policy : compile(policy);
  const p = compiled.policy;
  const evalOptions = options.asOf !== undefined ? { asOf: options.asOf } : {};
  const before = compiled.evaluate(record, { ...evalOptions, trace: true });
  const report: GapReport = {
    ...(before.id !== undefined ? { id: before.id } : {}),
    policy: before.policy, asOf: before.asOf, status: before.status, failed: [...before.failed], suggestions: [], notFixable: [],
  };
  if (before.status === 'error') return before.error ? { ...report, error: before.error } : report;
  const trace = before.trace;
  if (!trace) return report;
  const maxUnits = Math.max(0, Math.floor(options.maxUnits ?? DEFAULT_MAX_UNITS));
  const validate = validatorFor(p.input);
  const parsed = validate?.(record);
  const setting: SearchSetting = { compiled, record, facts: parsed?.ok ? parsed.value : record, parsed: parsed?.ok === true, evalOptions, maxUnits };
  const keyFields = arrayKeyFields(p);
  const byId = new Map(before.criteria.map((c) => [c.id, c]));
  const failing = [...new Set(before.criteria.filter((c) => c.result === 'fail' && before.failed.includes(c.id)).map((c) => c.id))];
  for (const id of failing) {
    const { facts, candidates } = readFacts(p, record, criterionFacts(p, trace, id), keyFields);
    const found = candidates.map((c) => suggest(setting, before, id, c, byId.get(id))).filter((s): s is GapSuggestion => s !== undefined);
    report.suggestions.push(...found);
    if (found.length === 0) report.notFixable.push({ criterion: id, ...labelOf(byId.get(id)), reason: candidates.length ? 'noSingleFact' : 'notNumeric', facts });
  }
  for (const u of undeterminedCriteria(trace)) {
    const entry: GapNotFixable = { criterion: u.id, ...labelOf(byId.get(u.id)), reason: 'unknown', facts: [], missing: u.missing };
    report.notFixable.push(u.reason ? { ...entry, detail: u.reason } : entry);
  }
  return report;
}

/**
 * The facts a criterion read, as canonical paths (containers dropped when a field of theirs
 * is listed), and those that are money or counts with a known value: the search candidates.
 */
function readFacts(p: Policy, record: unknown, read: readonly string[], keyFields: ReadonlyMap<string, string>): { facts: string[]; candidates: Candidate[] } {
  const candidates: Candidate[] = [];
  const shown: string[] = [];
  for (const path of read) {
    const loc = locateFact(record, path, keyFields);
    const name = loc?.path ?? path;
    if (shown.includes(name)) continue;
    shown.push(name);
    if (!loc) continue;
    const raw = readAt(record, loc.steps);
    const kind = numericFactKind(p.input, loc.steps, loc.path, raw);
    const from = rawDecimal(raw);
    if (kind && from) candidates.push({ loc, kind, from });
  }
  const facts = shown.filter((a) => !shown.some((b) => b !== a && (b.startsWith(`${a}.`) || b.startsWith(`${a}[`))));
  return { facts, candidates };
}

function suggest(setting: SearchSetting, before: EvalResult, id: string, c: Candidate, report: CriterionReport | undefined): GapSuggestion | undefined {
  const f = searchFact(setting, id, c.loc, c.kind, c.from);
  if (!f || !passes(f.after, id) || passes(f.oneLess, id)) return undefined;
  const unit = c.kind.unit;
  return {
    criterion: id,
    ...labelOf(report),
    fact: c.loc.path,
    unit,
    direction: f.direction,
    from: factValueText(unit, c.from),
    to: factValueText(unit, f.to),
    change: factValueText(unit, f.to.minus(c.from)),
    breaks: breaksOf(before, f.after, id),
    statusAfter: f.after.status,
    verified: true,
  };
}
