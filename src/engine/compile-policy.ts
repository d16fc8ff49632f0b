import { isPlainDate } from '../models/plain-date';
import { formatCitation } from './citation';
import { compileExpr, type CompileEnv, type Evaluator } from './compile-expr';
import { collectReasons, compileRule, flattenReported } from './compile-rule';
import { newContext, type EvalContext } from './context';
import { InputError, PolicyError, type Issue } from './errors';
import type { FunctionRegistry } from './functions';
import { toJsonLoose, toOutputJson, type Json } from './output-type';
import { NotInForceError } from './parameter';
import type { Policy } from './policy';
import { statusOf, type EvalResult } from './result';
import { decisionPath, type PreparedRecord } from './decision-path';
import type { Decision } from './fast/fast-policy';
import { lazyKernel, type Precompiled } from './fast/precompiled';
import type { KernelResult } from './fast/kernel-report';
import { fastScaleOf } from './fast/fast-policy';
import { Prepared } from './prepared';
import { kernelResults } from './kernel-results';
import { ownField } from './own-field';
import { addChild, type TraceNode } from './trace';
import { isUnknown, Unknown, type Value } from './values';

/**
 * Validates a raw record for a policy's input model: the parsed record, or issues.
 *
 * @example
 * const v: InputValidator = (raw) => ({ ok: true, value: raw });
 */
export type InputValidator = (raw: unknown) => { ok: true; value: unknown } | { ok: false; issues: Issue[] };

/**
 * Options of {@link compilePolicy}: the building blocks available, and the validator of
 * the policy's input model.
 *
 * @example
 * const o: CompileOptions = { functions: new Map() };
 */
export interface CompileOptions {
  functions: FunctionRegistry;
  validate?: InputValidator;
  /** Decision code generated ahead of time for this policy (`npm run gen:fast`); used only when generated from exactly this policy's data. */
  precompiled?: Precompiled;
}

/**
 * Options of one evaluation: the date (a record's own `asOf` wins) and whether to trace.
 *
 * @example
 * const o: EvaluateOptions = { asOf: '2020-06-01', trace: true };
 */
export interface EvaluateOptions {
  asOf?: string;
  trace?: boolean;
}

/**
 * A policy compiled once, to evaluate many records.
 *
 * @example
 * compiled.evaluate({ id: 'E1', stStaff: 15, employees: 120 }, { asOf: '2020-06-01' }).status; // 'eligible'
 */
export interface CompiledPolicy {
  /** The policy data it was compiled from. */
  readonly policy: Policy;
  /** Validates the raw record with the policy's input model and evaluates it; invalid input is a `status: 'error'` result, never a throw. */
  evaluate(record: unknown, options?: EvaluateOptions): EvalResult;
  /** Evaluates facts already parsed by the input model (skips validation): for callers that parsed once. */
  evaluateFacts(facts: unknown, options?: EvaluateOptions): EvalResult;
  /**
   * The decision only (status, failed criteria, missing facts), equal to those fields of
   * {@link CompiledPolicy.evaluate}'s result, validating the record first. Fast: numbers
   * are compared as exact scaled integers; records that need more (a missing fact, a value
   * beyond the safe integer range) are evaluated by the general evaluator.
   */
  decide(record: unknown, options?: Pick<EvaluateOptions, 'asOf'>): Decision;
  /** {@link CompiledPolicy.decide} over facts already parsed by the input model. */
  decideFacts(facts: unknown, options?: Pick<EvaluateOptions, 'asOf'>): Decision;
  /**
   * Validates a record and converts it once to the compact layout of the decision fast
   * path, for deciding it many times ({@link CompiledPolicy.decidePrepared}): on several
   * dates, or with another policy of the same input model (an edited copy of it).
   */
  prepare(record: unknown): PreparedRecord;
  /** {@link CompiledPolicy.prepare} for facts already parsed by the input model. */
  prepareFacts(facts: unknown): PreparedRecord;
  /** {@link CompiledPolicy.decide} of a prepared record: the same decision, without validating or converting it again. */
  decidePrepared(prepared: PreparedRecord, options?: Pick<EvaluateOptions, 'asOf'>): Decision;
  /** {@link CompiledPolicy.evaluate} of a prepared record: the same result, without validating or converting it again. */
  evaluatePrepared(prepared: PreparedRecord, options?: EvaluateOptions): EvalResult;
}

/**
 * Compiles policy data to closures (no `eval`). Policy mistakes (unknown parameter,
 * function or definition, bad configuration) are reported now, as {@link PolicyError}.
 *
 * @example
 * const compiled = compilePolicy(getPolicy('cn.gov-guarantee-fee.2019')!, { functions: STDLIB });
 * const r = compiled.evaluate({ id: 'G1', borrower: { size: 'small' }, loanAmount: '5000000', kind: 'new',
 *   contractFeeRate: '0.02', termMonths: 12, startDate: '2020-03-02' }, { asOf: '2020-03-31' });
 * [r.status, r.outputs.fee]; // ['eligible', '50000.00']
 */
export function compilePolicy(policy: Policy, options: CompileOptions): CompiledPolicy {
  const defs = new Map<string, Evaluator>();
  const env: CompileEnv = { functions: options.functions, parameters: policy.parameters ?? {}, sources: policy.sources, definition: (n) => defs.get(n), definitionExpr: (n) => policy.definitions?.[n]?.expr };
  for (const [name, d] of Object.entries(policy.definitions ?? {})) defs.set(name, memoDefinition(name, d.label, compileExpr(d.expr, env)));
  checkRefs(policy, defs);
  const rule = compileRule(policy.eligibility, env);
  const outputs = Object.entries(policy.outputs ?? {}).map(([name, o]) => ({ name, type: o.type, label: o.label, ev: compileExpr(o.expr, env) }));
  const when = policy.outputsWhen ?? 'always';
  const { from, to } = policy.effective;
  const kernelOf = lazyKernel(policy, options.functions, options.precompiled);
  const decisions = decisionPath(policy, options.functions, options.validate, (record, asOf, validate, validation) => evaluateWith(record, { asOf }, validate, validation), kernelOf);
  const fullResult = kernelResults<KernelResult>(kernelOf, fastScaleOf(policy));
  return {
    policy,
    evaluate(record, opts = {}) {
      return evaluateWith(record, opts, true);
    },
    evaluateFacts(facts, opts = {}) {
      return evaluateWith(facts, opts, false);
    },
    ...decisions,
    evaluatePrepared(p, opts = {}) {
      const layout = Prepared.layoutOf(p);
      // an object not made by prepare: its record, validated again
      if (layout === undefined) return evaluateWith(p.record, opts, p.validated);
      const sameModel = p.input === policy.input;
      return evaluateWith(p.record, opts, p.validated, sameModel ? p.validation : undefined, sameModel && p.k === fullResult.k ? layout : null);
    },
  };

  /**
   * One record's result. Without trace, the kernel generated for this policy gives it where
   * it can (from the prepared `layout`, else from the facts converted to one); the general
   * evaluator gives every other result, and every trace.
   */
  function evaluateWith(record: unknown, opts: EvaluateOptions, validate: boolean, validation?: ReturnType<InputValidator>, layout?: unknown): EvalResult {
    const id = recordId(record);
    const asOfRaw = ownField(record, 'asOf') ?? opts.asOf;
    const asOf = typeof asOfRaw === 'string' ? asOfRaw : null;
    const base: Pick<EvalResult, 'id' | 'policy' | 'asOf'> = id !== undefined ? { id, policy: policy.id, asOf } : { policy: policy.id, asOf };
    const fail = (code: string, message: string, issues: Issue[] = []): EvalResult => ({ ...base, status: 'error', criteria: [], failed: [], missing: [], outputs: {}, error: { code, message, issues } });
    if (asOf === null || !isPlainDate(asOf)) return fail('INVALID_AS_OF', 'asOf must be a real date YYYY-MM-DD (give it per record or as an option)', [{ path: 'asOf', message: asOfRaw === undefined ? 'required' : 'not a real calendar date' }]);
    if (asOf < from || (to !== undefined && asOf > to)) return fail('NOT_IN_FORCE', `${policy.id} is in force from ${from}${to ? ` to ${to}` : ''}, not on ${asOf}`);
    let facts: unknown = record;
    if (validate && options.validate) {
      const v = validation ?? options.validate(record);
      if (!v.ok) return fail('INVALID_INPUT', `the record does not match the ${policy.input ?? 'input'} model`, v.issues);
      facts = v.value;
    }
    if (opts.trace !== true) {
      const parts = fullResult.of(facts, asOf, layout);
      if (parts) return base.id !== undefined ? { id: base.id, policy: base.policy, asOf: base.asOf, ...parts } : { policy: base.policy, asOf: base.asOf, ...parts };
    }
    try {
      return run(facts, asOf, opts.trace === true, base);
    } catch (e) {
      if (e instanceof InputError) return fail(e.code, e.message, [...e.issues]);
      if (e instanceof NotInForceError) return fail(e.code, e.message);
      // A policy or building-block fault on this record (a type mismatch, an output that is
      // not at the fen): the record becomes an error row; the batch never stops.
      const message = e instanceof Error ? e.message : String(e);
      return fail(e instanceof PolicyError ? 'POLICY_ERROR' : 'EVALUATION_ERROR', message);
    }
  }

  function run(facts: unknown, asOf: string, trace: boolean, base: Pick<EvalResult, 'id' | 'policy' | 'asOf'>): EvalResult {
    const ctx = newContext(facts, asOf, trace);
    const root = ctx.frame;
    if (root) Object.assign(root, { id: policy.id, label: policy.title });
    const r = rule(ctx);
    const status = statusOf(r.outcome);
    const failed = new Set<string>();
    const missing = new Set<string>();
    collectReasons(r, failed, missing);
    const out: Record<string, Json> = {};
    if (when === 'always' || (when === 'eligible' && status === 'eligible') || (when === 'notIneligible' && status !== 'ineligible')) {
      for (const o of outputs) {
        const node: TraceNode | null = root ? { kind: 'output', id: o.name, ...(o.label ? { label: o.label } : {}) } : null;
        const v = node ? withNode(ctx, node, () => o.ev(ctx)) : o.ev(ctx);
        if (isUnknown(v) && status !== 'ineligible') for (const m of v.missing) missing.add(m);
        out[o.name] = toOutputJson(v, o.type);
        if (node) node.value = out[o.name] as Json;
      }
    }
    if (root) root.result = r.outcome;
    // rows and the result built field by field in the documented key order (conditional spreads allocate a temporary object each)
    const criteria = flattenReported(r).map((c) => {
      const row = { id: c.id as string, result: c.outcome } as EvalResult['criteria'][number];
      if (c.cite) row.cite = c.cite;
      if (c.label) row.label = c.label;
      row.values = c.values ?? {};
      if (c.missing?.length) row.missing = [...c.missing];
      if (c.reason) row.reason = c.reason;
      return row;
    });
    const rest = { status, criteria, failed: [...failed].sort(), missing: [...missing].sort(), outputs: out };
    const result: EvalResult = base.id !== undefined ? { id: base.id, policy: base.policy, asOf: base.asOf, ...rest } : { policy: base.policy, asOf: base.asOf, ...rest };
    if (root) result.trace = root;
    return result;
  }

  function memoDefinition(name: string, label: Policy['title'] | undefined, ev: Evaluator): Evaluator {
    const cite = policy.definitions?.[name]?.cite;
    const citeText = cite ? formatCitation(cite, policy.sources) : undefined;
    return (ctx) => {
      const hit = ctx.defs.get(name);
      if (hit !== undefined) {
        if (hit === CYCLE) throw new PolicyError(`definition ${name} refers to itself`);
        return hit;
      }
      ctx.defs.set(name, CYCLE);
      const node: TraceNode | null = ctx.frame ? { kind: 'definition', id: name, ...(label ? { label } : {}), ...(citeText ? { cite: citeText } : {}) } : null;
      const v = node ? withNode(ctx, node, () => ev(ctx), true) : ev(ctx);
      if (node) {
        node.value = toJsonLoose(v);
        if (isUnknown(v)) node.missing = [...v.missing];
      }
      ctx.defs.set(name, v);
      return v;
    };
  }
}

const CYCLE = new Unknown([], 'cycle');

function withNode(ctx: EvalContext, node: TraceNode | null, f: () => Value, atRoot = false): Value {
  if (!node || !ctx.frame) return f();
  const parent = ctx.frame;
  let host = parent;
  if (atRoot) {
    (parent.steps ??= []).push({ op: 'ref', detail: node.id ?? '' });
    host = ctx.root ?? parent;
  }
  addChild(host, node);
  ctx.frame = node;
  try {
    return f();
  } finally {
    ctx.frame = parent;
  }
}


function checkRefs(policy: Policy, defs: Map<string, Evaluator>): void {
  const text = JSON.stringify(policy.eligibility) + JSON.stringify(policy.outputs ?? {}) + JSON.stringify(policy.definitions ?? {});
  for (const m of text.matchAll(/"kind":"ref","name":"([^"]+)"/g)) {
    if (!defs.has(m[1] as string)) throw new PolicyError(`unknown definition ${m[1]}`);
  }
}

function recordId(record: unknown): string | undefined {
  const id = ownField(record, 'id');
  return typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined;
}
