import { compilePolicy } from '../../engine/compile-policy';
import type { Expr } from '../../engine/expr';
import type { FunctionRegistry } from '../../engine/functions';
import type { Policy } from '../../engine/policy';
import { plusDays } from '../../models/plain-date';
import { walkData } from './data-path';

/**
 * Expression kinds whose result can change from unknown to known in a non-monotone way
 * (`present`, `coalesce`, quantifiers over lists, building blocks) or that vary with the
 * date (`asOf`): an expression using one is never called constant.
 */
const NON_MONOTONE = new Set(['present', 'coalesce', 'some', 'every', 'sumOver', 'item', 'call', 'asOf']);

function isMonotone(expr: Expr, definitions: Policy['definitions'], seen: Set<string>): boolean {
  let ok = true;
  walkData(expr, (node) => {
    if (!ok) return;
    const kind = node['kind'];
    if (typeof kind === 'string' && NON_MONOTONE.has(kind)) ok = false;
    else if (kind === 'ref' && typeof node['name'] === 'string') {
      const name = node['name'];
      const def = definitions?.[name];
      if (!def || seen.has(name)) ok = def !== undefined && ok;
      else ok = isMonotone(def.expr, definitions, new Set([...seen, name]));
    }
  });
  return ok;
}

/** Every date inside the window on which some parameter may change, and the window's start. */
function changeDates(policy: Policy): string[] {
  const { from, to } = policy.effective;
  const dates = new Set([from]);
  for (const p of Object.values(policy.parameters ?? {})) {
    for (const v of p.versions) {
      for (const d of [v.from, v.to === undefined ? undefined : plusDays(v.to, 1)]) {
        if (d !== undefined && d > from && (to === undefined || d <= to)) dates.add(d);
      }
    }
  }
  return [...dates].sort();
}

/**
 * Decides whether a condition is the same truth value for every record and every date of
 * the policy: `true` (always holds), `false` (never holds) or `null` (depends, or cannot
 * tell). Sound by Kleene monotonicity: for expressions built from literals, parameters,
 * facts, arithmetic, comparisons and `and`/`or`/`not`/`if`, a result that is already true
 * (or false) when no fact is known stays so whatever the facts turn out to be. So the
 * oracle evaluates the condition with the real engine on an empty record, on every date
 * where a parameter may change; expressions with `present`, `coalesce`, quantifiers,
 * building blocks or `asOf` are never called constant.
 *
 * @example
 * const always = truthOracle(policy, STDLIB);
 * always(or(fact('x'), bool(true))); // true
 * always(gte(fact('x'), num(1))); // null
 */
export function truthOracle(policy: Policy, functions: FunctionRegistry): (expr: Expr) => boolean | null {
  const dates = changeDates(policy);
  const cache = new Map<string, boolean | null>();
  return (expr) => {
    const key = JSON.stringify(expr);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const verdict = decide(expr);
    cache.set(key, verdict);
    return verdict;
  };

  function decide(expr: Expr): boolean | null {
    if (!isMonotone(expr, policy.definitions, new Set())) return null;
    const probe: Policy = {
      ...policy,
      outputs: {},
      batch: [],
      eligibility: { kind: 'criterion', id: 'probe', label: { zh: '常量', en: 'constant' }, cite: { document: '-', article: '-' }, test: expr },
    };
    let verdict: boolean | null | undefined;
    try {
      const compiled = compilePolicy(probe, { functions });
      for (const asOf of dates) {
        const status = compiled.evaluateFacts({}, { asOf }).status;
        const v = status === 'eligible' ? true : status === 'ineligible' ? false : null;
        if (v === null || (verdict !== undefined && verdict !== v)) return null;
        verdict = v;
      }
    } catch {
      return null;
    }
    return verdict ?? null;
  }
}
