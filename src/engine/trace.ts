import type { Label } from './citation';
import type { Json } from './output-type';
import type { Outcome } from './values';

/**
 * A parameter read during evaluation, with the version that was in force.
 *
 * @example
 * const r: ParamRead = { name: 'stStaffMin', value: '0.10', from: '2016-01-01', cite: 'art. 11(4)' };
 */
export interface ParamRead {
  name: string;
  value: Json;
  from: string;
  to?: string;
  cite: string;
}

/**
 * A rounding applied: the value before and after, the scale and mode.
 *
 * @example
 * const r: RoundingStep = { before: '55583.3333', scale: 2, mode: 'half-up', after: '55583.33' };
 */
export interface RoundingStep {
  before: string;
  scale: number;
  mode: string;
  after: string;
}

/**
 * One node of the explanation tree: which rule, clause, facts, parameters, intermediate
 * steps and roundings, and the outcome or value.
 *
 * @example
 * const n: TraceNode = { kind: 'criterion', id: 'coreIp', result: 'pass', facts: [{ path: 'ip.ownsCoreIp', value: true }] };
 */
export interface TraceNode {
  kind: 'policy' | 'rule' | 'criterion' | 'exception' | 'definition' | 'output';
  id?: string;
  /** For combinators: allOf, anyOf, not, atLeast n, exceptions. */
  op?: string;
  label?: Label;
  cite?: string;
  result?: Outcome;
  value?: Json;
  facts?: { path: string; value: Json }[];
  params?: ParamRead[];
  steps?: { op: string; detail: Json }[];
  roundings?: RoundingStep[];
  missing?: string[];
  reason?: string;
  children?: TraceNode[];
}

/**
 * Appends a child to a node's children.
 *
 * @example
 * const root: TraceNode = { kind: 'policy' };
 * addChild(root, { kind: 'criterion', id: 'x' }); root.children?.length; // 1
 */
export function addChild(parent: TraceNode, child: TraceNode): void {
  (parent.children ??= []).push(child);
}
