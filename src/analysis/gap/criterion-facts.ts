import type { Policy } from '../../engine/policy';
import type { TraceNode } from '../../engine/trace';
import { definitionsUsedBy, findRule } from './policy-walk';

function findNode(node: TraceNode, id: string): TraceNode | undefined {
  if ((node.kind === 'criterion' || node.kind === 'rule') && node.id === id) return node;
  for (const c of node.children ?? []) {
    if (c.kind === 'definition' || c.kind === 'output') continue;
    const hit = findNode(c, id);
    if (hit) return hit;
  }
  return undefined;
}

function collect(node: TraceNode, out: string[]): void {
  for (const f of node.facts ?? []) if (!out.includes(f.path)) out.push(f.path);
  for (const c of node.children ?? []) collect(c, out);
}

/**
 * The fact paths a criterion (or id'd combinator) read in a traced evaluation: the facts
 * of its trace subtree, plus those of every definition it uses directly or indirectly (a
 * definition is traced once, at the root, wherever it was first needed). Paths are as the
 * engine writes them (`financials[2019].salesRevenue`; `financials[0].rdExpense` inside
 * `sumOver`).
 *
 * @example
 * criterionFacts(policy, compile(policy).evaluate(record, { asOf, trace: true }).trace!, 'stStaffRatio');
 * // ['stStaff', 'employees']
 */
export function criterionFacts(policy: Policy, trace: TraceNode, id: string): string[] {
  const out: string[] = [];
  const node = findNode(trace, id);
  if (node) collect(node, out);
  const rule = findRule(policy.eligibility, id);
  if (!rule) return out;
  for (const name of definitionsUsedBy(rule, policy.definitions)) {
    const def = (trace.children ?? []).find((c) => c.kind === 'definition' && c.id === name);
    for (const f of def?.facts ?? []) if (!out.includes(f.path)) out.push(f.path);
  }
  return out;
}

/**
 * The criteria left undetermined on the way to the record's status: walking the trace
 * from the root through every node that did not pass, the criteria whose result is
 * `unknown`, with their missing facts and reason.
 *
 * @example
 * undeterminedCriteria(trace); // [{ id: 'rdRatio', missing: ['financials[2018].salesRevenue'] }]
 */
export function undeterminedCriteria(trace: TraceNode): { id: string; missing: string[]; reason?: string }[] {
  const out: { id: string; missing: string[]; reason?: string }[] = [];
  const walk = (n: TraceNode): void => {
    if (n.result === 'pass') return;
    if (n.kind === 'criterion' && n.result === 'unknown' && n.id !== undefined) {
      if (!out.some((o) => o.id === n.id)) out.push({ id: n.id, missing: [...(n.missing ?? [])], ...(n.reason ? { reason: n.reason } : {}) });
      return;
    }
    for (const c of n.children ?? []) if (c.kind === 'rule' || c.kind === 'criterion') walk(c);
  };
  walk(trace);
  return out;
}
