import type { Expr } from '../../expr';
import type { Rule } from '../../rule';
import { asBool, isLocal, type Code } from './emit-convert';
import { emitExpr } from './emit-expr';
import { quotientOnce, rowHead } from './emit-report';
import { fresh, literal, type EmitState } from './emit-state';

/**
 * A rule emitted into the record function: the local holding its outcome (`'pass'`,
 * `'fail'`, or `undefined` for a base an exception pre-empted), the statements computing
 * it, the statements adding the failed criteria under it, and (full mode) the statements
 * adding its rows and its descendants' to `criteria`.
 *
 * @example
 * const r: EmittedRule = { outcome: 'o0', compute: ['...'], collect: ['...'], rows: ['...'] };
 */
export interface EmittedRule {
  outcome: string;
  compute: string[];
  collect: string[];
  rows: string[];
}

/**
 * The locals of the record function a rule declares: outcome and reason texts, and the
 * registers holding reported values for the full result.
 *
 * @example
 * const l: RuleLocals = { texts: [], values: [] };
 */
export interface RuleLocals {
  texts: string[];
  values: string[];
}

const indent = (lines: readonly string[]): string[] => lines.map((l) => `  ${l}`);

/** The statement adding a failed rule's id: its bit in the mask `FM`, or (too many ids for a mask) the id to the list `failed`. */
function collectId(id: string, s: EmitState): string {
  const bit = s.failedBits?.get(id);
  return bit === undefined ? `  if (!failed.includes(${literal(id)})) failed.push(${literal(id)});` : `  FM |= ${2 ** bit};`;
}

/**
 * A reported value: evaluated with the rule (a fault or a missing fact declines), kept in
 * a register (or the strict local that holds it), and in full mode converted to the text
 * the general evaluator reports (a fraction only when it is one quotient there).
 */
function reported(e: Expr, s: EmitState, compute: string[], locals: RuleLocals): string {
  const value: Code = emitExpr(e, s);
  const once = quotientOnce(e, s.definitionExpr);
  let ref = value.code;
  let den = value.den;
  if (!isLocal(value)) {
    ref = fresh(s, 'rv');
    locals.values.push(ref);
    compute.push(`${ref} = ${value.code};`);
    if (value.type === 'ratio') {
      den = `${ref}d`;
      locals.values.push(den);
      compute.push(`${den} = ${value.den as string};`);
    }
  }
  if (value.type === 'ratio') return once ? `rt.reportedRatio(${ref}, ${den as string}, K)` : 'rt.decline()';
  return `rt.reportedOf(${ref}, K, ${once})`;
}

/**
 * Emits a rule of the decision kernel into the record function. Its outcome is the one
 * `compileFastRule` gives (every child and every reported value evaluated, exceptions in
 * order), declining where a test or value is not known. No result tree is built: the
 * emitted collection walks the static tree over the outcome locals as `collectReasons`
 * walks the result tree (down failing nodes only, not into exception conditions, not into
 * a base an exception pre-empted, whose local stays unset), and the emitted rows walk it
 * as `flattenReported` does (every node with an id, not a pre-empted base).
 *
 * @example
 * emitRule({ kind: 'allOf', rules: [] }, s, { texts: [], values: [] }).outcome; // 'o0'
 */
export function emitRule(rule: Rule, s: EmitState, locals: RuleLocals): EmittedRule {
  const outcome = fresh(s, 'o');
  locals.texts.push(outcome);
  const compute: string[] = [];
  let kids: EmittedRule[] = [];
  let values = '{}';
  let reason: string | undefined;
  switch (rule.kind) {
    case 'criterion': {
      compute.push(`${outcome} = ${asBool(emitExpr(rule.test, s))} ? 'pass' : 'fail';`);
      const parts = Object.entries(rule.values ?? {}).map(([name, v]) => `${literal(name)}: ${reported(v, s, compute, locals)}`);
      values = parts.length ? `{ ${parts.join(', ')} }` : '{}';
      break;
    }
    case 'allOf':
    case 'anyOf':
    case 'atLeast': {
      kids = rule.rules.map((r) => emitRule(r, s, locals));
      const need = rule.kind === 'atLeast' ? rule.n : rule.kind === 'allOf' ? kids.length : 1;
      const passes = kids.length ? kids.map((k) => `(${k.outcome} === 'pass' ? 1 : 0)`).join(' + ') : '0';
      compute.push(...kids.flatMap((k) => k.compute), `${outcome} = ${passes} >= ${need} ? 'pass' : 'fail';`);
      break;
    }
    case 'not': {
      const kid = emitRule(rule.rule, s, locals);
      kids = [kid];
      // a child's outcome is never its `not`'s: collectReasons does not descend into it
      compute.push(...kid.compute, `${outcome} = ${kid.outcome} === 'pass' ? 'fail' : 'pass';`);
      break;
    }
    case 'exceptions': {
      const base = emitRule(rule.base, s, locals);
      kids = [base];
      reason = fresh(s, 'why');
      locals.texts.push(reason);
      rule.exceptions.forEach((x, i) =>
        compute.push(`${i ? '} else ' : ''}if (${asBool(emitExpr(x.when, s))}) {`, `  ${outcome} = ${literal(x.outcome)};`, `  ${reason} = ${literal(`exception ${x.id} applies`)};`),
      );
      // the base is evaluated (and its locals set) only when no exception applies
      compute.push('} else {', ...indent(base.compute), `  ${outcome} = ${base.outcome};`, '}');
      break;
    }
  }
  // (under a failed `not` its child passed, so the child's own collection adds nothing)
  const collect = [
    `if (${outcome} === 'fail') {`,
    ...(rule.id ? [collectId(rule.id, s)] : []),
    ...indent(kids.flatMap((k) => k.collect)),
    '}',
  ];
  const own = rule.id ? [`criteria.push(rt.row(${rowHead(rule as Rule & { id: string }, s)}, ${outcome}, ${values}${reason ? `, ${reason}` : ''}));`] : [];
  const below = kids.flatMap((k) => k.rows);
  // a base an exception pre-empted has no rows
  const rows = [...own, ...(rule.kind === 'exceptions' ? [`if (${kids[0]?.outcome as string} !== undefined) {`, ...indent(below), '}'] : below)];
  return { outcome, compute, collect, rows };
}
