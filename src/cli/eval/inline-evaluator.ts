import type { CompiledPolicy, EvaluateOptions } from '../../index';
import { evaluateItem } from './evaluate-record';
import type { ChunkEvaluator } from './ordered-results';

/**
 * Evaluates rows in this thread, one at a time (each result is written as soon as its
 * row is read, so piping a slow producer works line by line).
 *
 * @example
 * const ev = inlineEvaluator(compile(policy), { asOf: '2020-03-01' });
 */
export function inlineEvaluator(compiled: CompiledPolicy, options: EvaluateOptions): ChunkEvaluator {
  return {
    chunkSize: 1,
    inFlight: 1,
    evaluate: async (items) => items.map((i) => evaluateItem(compiled, i, options)),
    close: async () => undefined,
  };
}
