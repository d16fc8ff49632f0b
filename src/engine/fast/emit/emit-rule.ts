import type { Rule } from '../../rule';
import { asBool, isLocal } from './emit-convert';
import { emitExpr } from './emit-expr';
import { fresh, literal, type EmitState } from './emit-state';

/**
 * A rule emitted into the record function: the local holding its outcome (`'pass'`,
 * `'fail'`, or `undefined` for a base an exception pre-empted), the statements computing
 * it, and the statements adding the failed criteria under it.
 *
 * @example
 * const r: EmittedRule = { outcome: 'o0', compute: ['...'], collect: ['...'] };
 */
export interface EmittedRule {
  outcome: string;
  compute: string[];
  collect: string[];
}

const indent = (lines: readonly string[]): string[] => lines.map((l) => `  ${l}`);

/**
 * Emits a rule of the decision kernel into the record function. Its outcome is the one
 * `compileFastRule` gives (every child and every reported value evaluated, exceptions in
 * order), declining where a test or value is not known. No result tree is built: the
 * emitted collection walks the static tree over the outcome locals as `collectReasons`
 * walks the result tree (down failing nodes only, not into exception conditions, not into
 * a base an exception pre-empted, whose local stays unset).
 *
 * @example
 * emitRule({ kind: 'allOf', rules: [] }, s, locals).outcome; // 'o0'
 */
export function emitRule(rule: Rule, s: EmitState, locals: string[]): EmittedRule {
  const outcome = fresh(s, 'o');
  locals.push(outcome);
  const compute: string[] = [];
  let kids: EmittedRule[] = [];
  switch (rule.kind) {
    case 'criterion': {
      compute.push(`${outcome} = ${asBool(emitExpr(rule.test, s))} ? 'pass' : 'fail';`);
      // reported values: evaluated (a fault or a missing fact declines), never boxed
      for (const v of Object.values(rule.values ?? {})) {
        const value = emitExpr(v, s);
        if (!isLocal(value)) compute.push(`${value.code};`);
      }
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
      // a child's outcome is never its `not`'s: collectReasons does not descend into it
      compute.push(...kid.compute, `${outcome} = ${kid.outcome} === 'pass' ? 'fail' : 'pass';`);
      break;
    }
    case 'exceptions': {
      const base = emitRule(rule.base, s, locals);
      kids = [base];
      rule.exceptions.forEach((x, i) => compute.push(`${i ? '} else ' : ''}if (${asBool(emitExpr(x.when, s))}) {`, `  ${outcome} = ${literal(x.outcome)};`));
      // the base is evaluated (and its locals set) only when no exception applies
      compute.push('} else {', ...indent(base.compute), `  ${outcome} = ${base.outcome};`, '}');
      break;
    }
  }
  const collect = [
    `if (${outcome} === 'fail') {`,
    ...(rule.id ? [`  if (!failed.includes(${literal(rule.id)})) failed.push(${literal(rule.id)});`] : []),
    ...indent(kids.flatMap((k) => k.collect)),
    '}',
  ];
  return { outcome, compute, collect };
}
