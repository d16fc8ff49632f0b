import type { Label } from './citation';
import type { Json } from './output-type';
import type { EvalResult } from './result';

/**
 * The summary a batch function computes over a whole run: its values, and outputs to add
 * to individual rows (by position), e.g. each applicant's share of a budget.
 *
 * @example
 * const s: BatchSummary = { fn: 'budget.allocate', label: { zh: '预算分配', en: 'Budget allocation' }, values: { budget: '16500000.00' }, rowOutputs: new Map() };
 */
export interface BatchSummary {
  fn: string;
  label: Label;
  values: Json;
  rowOutputs: Map<number, Record<string, Json>>;
}

/**
 * A compiled batch computation: fed every result in order (so it can run while the rows
 * stream out), then asked for the summary.
 *
 * @example
 * const acc: BatchAccumulator = { add: () => {}, finish: () => ({ fn: 'x', label: { zh: 'x', en: 'x' }, values: null, rowOutputs: new Map() }) };
 */
export interface BatchAccumulator {
  /** Takes the next row's result (`index`: its position in the run). */
  add(result: EvalResult, index: number): void;
  /** The summary of every row added. */
  finish(): BatchSummary;
}

/**
 * A batch-level building block (budget allocation, portfolio average, indicators), named in
 * policy data by `batch: [{ fn, config }]`. It reads the rows' JSON outputs only.
 *
 * @example
 * const f: BatchFunction = { name: 'count', label: { zh: '计数', en: 'Count' }, check: () => [], start: () => { let n = 0; return { add: () => { n++; }, finish: () => ({ fn: 'count', label: { zh: '计数', en: 'Count' }, values: n, rowOutputs: new Map() }) }; } };
 */
export interface BatchFunction {
  name: string;
  label: Label;
  /** The problems of a configuration (empty when valid), checked when the policy is built. */
  check: (config: unknown) => { path: string; message: string }[];
  /** Starts a run with the configuration and the run options (e.g. `{ budget: '16500000' }`). */
  start: (config: unknown, options: Readonly<Record<string, string>>) => BatchAccumulator;
}

/**
 * Batch functions by name.
 *
 * @example
 * const reg: BatchRegistry = new Map();
 */
export type BatchRegistry = ReadonlyMap<string, BatchFunction>;
