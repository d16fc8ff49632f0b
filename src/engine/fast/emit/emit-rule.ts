import type { Rule } from '../../rule';
import { emitExpr } from './emit-expr';
import { fresh, literal, type EmitState } from './emit-state';

/**
 * An emitted rule: the function computing its outcome (`'pass'` or `'fail'`, also kept in
 * a per-record field), and the function adding the failed criteria under it.
 *
 * @example
 * const r: EmittedRule = { outcome: 'r0', collect: 'c0', field: 'o0' };
 */
export interface EmittedRule {
  outcome: string;
  collect: string;
  field: string;
}

/**
 * Emits a rule of the decision fast path. Its outcome is the one `compileFastRule` gives
 * (every child and every reported value evaluated, exceptions in order, an unknown test
 * declining), without building the result tree: each rule's outcome is kept in a field of
 * the record's state, and the emitted `collect` walks the static tree over those fields as
 * `collectReasons` walks the result tree (down failing nodes only, not into exception
 * conditions, not into a base an exception pre-empted).
 *
 * @example
 * emitRule({ kind: 'allOf', rules: [] }, s); // { outcome: 'r0', collect: 'c0', field: 'o0' }
 */
export function emitRule(rule: Rule, s: EmitState): EmittedRule {
  const field = fresh(s, 'o');
  s.fields.push(`${field}: 'pass' | 'fail' | undefined = undefined;`);
  const body: string[] = [];
  let kids: EmittedRule[] = [];
  switch (rule.kind) {
    case 'criterion': {
      body.push(`const outcome = rt.testOutcome(${emitExpr(rule.test, s)});`);
      for (const v of Object.values(rule.values ?? {})) body.push(`${emitExpr(v, s)};`);
      body.push(`return (st.${field} = outcome);`);
      break;
    }
    case 'allOf':
    case 'anyOf':
    case 'atLeast': {
      kids = rule.rules.map((r) => emitRule(r, s));
      const need = rule.kind === 'atLeast' ? rule.n : rule.kind === 'allOf' ? kids.length : 1;
      body.push('let pass = 0;', ...kids.map((k) => `if (${k.outcome}(st) === 'pass') pass++;`), `return (st.${field} = pass >= ${need} ? 'pass' : 'fail');`);
      break;
    }
    case 'not': {
      const kid = emitRule(rule.rule, s);
      // a child's outcome is never its `not`'s: collectReasons does not descend into it
      body.push(`return (st.${field} = ${kid.outcome}(st) === 'pass' ? 'fail' : 'pass');`);
      break;
    }
    case 'exceptions': {
      const base = emitRule(rule.base, s);
      kids = [base];
      body.push('let v: rt.FastValue;');
      for (const x of rule.exceptions) {
        body.push(
          `v = ${emitExpr(x.when, s)} as rt.FastValue;`,
          "if (v === rt.UNKNOWN || typeof v !== 'boolean') return rt.decline();",
          `if (v) return (st.${field} = ${literal(x.outcome)});`,
        );
      }
      // the base is evaluated (and its field set) only when no exception applies
      body.push(`return (st.${field} = ${base.outcome}(st));`);
      break;
    }
  }
  const outcome = fresh(s, 'r');
  const collect = fresh(s, 'c');
  s.functions.push([`function ${outcome}(st: St): 'pass' | 'fail' {`, '  let t: rt.FastValue;', ...body.map((l) => `  ${l}`), '}'].join('\n'));
  s.functions.push([
    `function ${collect}(st: St, failed: string[]): void {`,
    `  if (st.${field} !== 'fail') return;`,
    ...(rule.id ? [`  if (!failed.includes(${literal(rule.id)})) failed.push(${literal(rule.id)});`] : []),
    ...kids.map((k) => `  if (st.${k.field} === 'fail') ${k.collect}(st, failed);`),
    '}',
  ].join('\n'));
  return { outcome, collect, field };
}
