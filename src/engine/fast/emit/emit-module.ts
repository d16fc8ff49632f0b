import type { Expr } from '../../expr';
import type { Policy } from '../../policy';
import { fastScaleOf } from '../fast-policy';
import { asType, isLocal } from './emit-convert';
import { emitDefinition, emitStrictDefinition } from './emit-definition';
import { emitExpr } from './emit-expr';
import { emitRowGroups } from './emit-path';
import { quotientOnce } from './emit-report';
import { emitRule, type RuleLocals } from './emit-rule';
import { emitState, literal, type EmitState } from './emit-state';
import { strictDefinitions } from './emit-strict';

/**
 * Where the generated module imports the runtime from, relative to where it is written.
 *
 * @example
 * const o: EmitOptions = { runtime: '../../engine/fast/aot-runtime' };
 */
export interface EmitOptions {
  runtime: string;
}

/**
 * Each output: its value computed into a constant, the check that the general formatting
 * accepts it (see `outputOk`), and (full mode) its JSON by the general formatting.
 */
function emitOutputs(s: EmitState): { checks: string[]; fills: string[] } {
  const checks: string[] = [];
  const fills: string[] = [];
  Object.entries(s.policy.outputs ?? {}).forEach(([name, o], i) => {
    s.prelude.push(`const outputType${i}: rt.OutputType = ${literal(o.type)};`);
    const v = emitExpr(o.expr, s);
    const once = quotientOnce(o.expr, s.definitionExpr);
    const into = `outputs[${literal(name)}]`;
    if (v.type !== 'ratio') {
      checks.push(`const out${i} = ${asType(v, 'dyn')};`, `if (!rt.outputOk(out${i}, status, outputType${i}, S)) return null;`);
      fills.push(`${into} = rt.outputOf(out${i}, outputType${i}, K, ${once});`);
      return;
    }
    // a ratio register: accepted where any exact fraction is (decimal, interval, json)
    s.prelude.push(`const ratioFits${i} = rt.outputAccepts(rt.box(1, 3), outputType${i}, S);`);
    const [n, d] = isLocal(v) ? [v.code, v.den as string] : [`out${i}`, `out${i}d`];
    if (!isLocal(v)) checks.push(`const out${i} = ${v.code};`, `const out${i}d = ${v.den as string};`);
    checks.push(`if (!ratioFits${i}) return null;`);
    fills.push(once ? `${into} = rt.outputRatio(${n}, ${d}, outputType${i}, K);` : `${into} = rt.decline();`);
  });
  return { checks, fills };
}

/** The end of the record function: the failed ids as bits of a mask, the decision from the table (shared, frozen), the full result with a new list. */
function collectMask(collect: readonly string[]): string[] {
  return [
    '      let FM = 0;',
    ...collect.map((l) => `      ${l}`),
    '      if (!full) return DECIDED.decision(status, FM);',
    '      return { status, criteria, failed: DECIDED.failed(FM), missing: [], outputs: outputs ?? {} };',
  ];
}

/** The end of the record function when the rule tree has too many ids for a mask: the failed ids collected in a list. */
function collectList(collect: readonly string[]): string[] {
  return [
    "      if (outcome === 'pass' && !full) return { status, failed: [], missing: [] };",
    '      const failed: string[] = [];',
    ...collect.map((l) => `      ${l}`),
    '      if (failed.length > 1) failed.sort();',
    '      return full ? { status, criteria, failed, missing: [], outputs: outputs ?? {} } : { status, failed, missing: [] };',
  ];
}

/**
 * Emits the TypeScript source of a policy's decision kernel on the compact layout, ahead of
 * time: typed straight code over registers of `create`'s scope (no per-record allocation:
 * a decision is the shared, frozen value of its status and failed criteria from a
 * `decisionTable`), one function per definition, fact path and rule. Wherever it
 * decides, it decides what `compileFastDecision(policy, functions, true)` decides (checked
 * by the tests against the closures and the general evaluator); it declines (null) on any
 * missing fact, any value of an unexpected type and any fault, and the closures then
 * decide. Asked for the full result (`full`), it also gives the criteria rows and the
 * outputs, formatted by the general evaluator's functions (`kernel-report.ts`), equal to
 * `evaluateFacts` without trace wherever it does not decline. The module exports `SOURCE` (the policy data it was generated from, as JSON: the
 * engine uses `create` only for a policy whose JSON is exactly that) and
 * `create(policy, functions)`.
 *
 * @example
 * const text = emitFastModule(getPolicy('cn.hnte.2016')!, { runtime: '../../engine/fast/aot-runtime' });
 * text.includes('export function create('); // true
 */
export function emitFastModule(policy: Policy, options: EmitOptions): string {
  const k = fastScaleOf(policy);
  const s = emitState(policy, k);
  for (const [name, d] of Object.entries(policy.definitions ?? {})) emitDefinition(name, d.expr, s);
  // the record function: strict definitions as locals, then the rules and the outputs
  s.world = 'record';
  const strict = strictDefinitions(policy).flatMap((name) => emitStrictDefinition(name, (policy.definitions?.[name] as { expr: Expr }).expr, s));
  const locals: RuleLocals = { texts: [], values: [] };
  const root = emitRule(policy.eligibility, s, locals);
  const outputs = emitOutputs(s);
  emitRowGroups(s);
  const when = literal(policy.outputsWhen ?? 'always');
  const indent = (text: string, by: string): string => text.split('\n').map((l) => (l ? by + l : l)).join('\n');
  return [
    `// Generated by \`npm run gen:fast\` from the policy ${policy.id}: do not edit. The engine uses it only`,
    '// for policy data whose JSON is exactly SOURCE; where it declines, the closures of the fast path decide.',
    '/* eslint-disable */',
    `import * as rt from ${literal(options.runtime)};`,
    '',
    '/**',
    ` * The JSON of the policy data this module was generated from (${policy.id}).`,
    ' *',
    ' * @example',
    ' * JSON.parse(SOURCE).id; // ' + literal(policy.id),
    ' */',
    `export const SOURCE: string = ${literal(JSON.stringify(policy))};`,
    '',
    '/**',
    ` * The decision kernel of ${policy.id} on records of the compact layout (\`toScaledFacts\` at scale 10^${k}):`,
    ' * the decision, or with `full` the full result without trace; null where the closures must decide.',
    ' *',
    ' * @example',
    ' * create(policy, STDLIB)(toScaledFacts(facts, ' + k + "), '2020-06-01')?.status; // 'eligible'",
    ' */',
    'export function create(policy: rt.Policy, functions: rt.FunctionRegistry): rt.Kernel {',
    `  const K = ${k};`,
    `  const S = ${s.S};`,
    '  const parameters = policy.parameters ?? {};',
    '  // one record at a time: its facts, date and number (EPOCH marks what was computed for it)',
    '  let F: any;',
    "  let A = '';",
    '  let EPOCH = 0;',
    '  let BUSY = false;',
    '  const ITEMS: any[] = [];',
    '  const CTX = { facts: null as unknown, asOf: \'\', defs: [] as rt.FastValue[], items: ITEMS };',
    '  const UNREP = rt.UNREPRESENTABLE;',
    '  // a decision builds no rows (this list stays empty)',
    '  const NO_ROWS: rt.CriterionReport[] = [];',
    ...(s.failedBits ? ['  // the decisions, one frozen object per status and failed criteria (bit i of the mask: the i-th id failed)', `  const DECIDED = rt.decisionTable(${literal([...s.failedBits.keys()])});`] : []),
    indent(s.prelude.join('\n'), '  '),
    indent(s.registers.join('\n'), '  '),
    indent(s.functions.join('\n'), '  '),
    '  return (facts, asOf, full = false) => {',
    '    // a building block that decides with this policy again, from inside a decision: the closures decide it',
    '    if (BUSY) return null;',
    // the kernel reads the record's fields directly: a record that is not a plain layout record is the closures'
    "    if (typeof facts !== 'object' || facts === null || facts === rt.UNREPRESENTABLE || Array.isArray(facts)) return null;",
    '    BUSY = true;',
    '    F = facts;',
    '    A = asOf;',
    '    CTX.asOf = asOf;',
    '    EPOCH++;',
    '    if (ITEMS.length !== 0) ITEMS.length = 0;',
    '    try {',
    '      let t: any;',
    `      let ${locals.texts.map((o) => `${o}: string | undefined`).join(', ')};`,
    ...(locals.values.length ? [`      let ${locals.values.map((v) => `${v}: any`).join(', ')};`] : []),
    '      let outputs: Record<string, rt.Json> | undefined;',
    ...strict.map((l) => `      ${l}`),
    ...root.compute.map((l) => `      ${l}`),
    `      const outcome = ${root.outcome} as 'pass' | 'fail';`,
    '      const status = rt.statusOf(outcome);',
    ...(outputs.checks.length
      ? [`      if (rt.outputsDue(${when}, status)) {`, ...outputs.checks.map((o) => `        ${o}`), '        if (full) {', '          outputs = {};', ...outputs.fills.map((o) => `          ${o}`), '        }', '      }']
      : []),
    '      // the full result: every reportable rule\'s row, its values as the general evaluator formats them',
    '      const criteria: rt.CriterionReport[] = full ? [] : NO_ROWS;',
    '      if (full) {',
    ...root.rows.map((l) => `        ${l}`),
    '      }',
    ...(s.failedBits ? collectMask(root.collect) : collectList(root.collect)),
    '    } catch {',
    '      // a decline, or a fault the general evaluator turns into an error row',
    '      return null;',
    '    } finally {',
    '      BUSY = false;',
    '    }',
    '  };',
    '}',
    '',
  ].join('\n');
}
