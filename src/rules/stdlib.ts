import { registryOf, type FunctionRegistry, type PolicyFunction } from '../engine/functions';
import type { BatchFunction, BatchRegistry } from '../engine/batch';
import { awardItemsFn } from './functions/award-fns';
import { bandLookupFn } from './functions/band-fns';
import { chooseFirstFn } from './functions/choice-fns';
import { budgetAllocateBatch } from './functions/budget-batch';
import { guaranteeFeeFn } from './functions/fee-fns';
import { listSelectFn } from './functions/list-fns';
import { deferByMonthsFn, deferLeaseFn, deferToDateFn } from './functions/loan-deferral-fns';
import { guaranteePortfolioBatch } from './functions/portfolio-batch';
import { portfolioTotalsBatch } from './functions/portfolio-totals-batch';
import { tallyListBatch } from './functions/tally-batch';
import { scoreCardFn } from './functions/score-fns';
import { tristateFn } from './functions/tristate-fns';

/**
 * Every building block callable from policy data, in one list (add new ones here).
 *
 * @example
 * STDLIB_FUNCTIONS.map((f) => f.name).includes('fee.guarantee'); // true
 */
export const STDLIB_FUNCTIONS: readonly PolicyFunction[] = [
  guaranteeFeeFn,
  deferToDateFn,
  deferByMonthsFn,
  deferLeaseFn,
  bandLookupFn,
  awardItemsFn,
  tristateFn,
  listSelectFn,
  scoreCardFn,
  chooseFirstFn,
];

/**
 * The standard library of building blocks, by name.
 *
 * @example
 * STDLIB.get('loan.deferToDate')?.label.en; // 'Defer to a date'
 */
export const STDLIB: FunctionRegistry = /*@__PURE__*/ registryOf(STDLIB_FUNCTIONS);

/**
 * Every batch-level building block (add new ones here).
 *
 * @example
 * STDLIB_BATCH_FUNCTIONS.length >= 0; // true
 */
export const STDLIB_BATCH_FUNCTIONS: readonly BatchFunction[] = [guaranteePortfolioBatch, portfolioTotalsBatch, budgetAllocateBatch, tallyListBatch];

/**
 * Batch functions by name.
 *
 * @example
 * STDLIB_BATCH.size >= 0; // true
 */
export const STDLIB_BATCH: BatchRegistry = /*@__PURE__*/ new Map(STDLIB_BATCH_FUNCTIONS.map((f) => [f.name, f]));
