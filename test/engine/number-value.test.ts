import { describe, expect, it } from 'vitest';
import { numberValue } from '../../src/engine/fact-path';

// Its own file: the small-integer cache is module state, and the case needs -0 to be the first zero read.
describe('numberValue: the small-integer cache', () => {
  it('a negative zero read first (JSON.parse("-0")) does not become the cached 0', () => {
    expect(numberValue(JSON.parse('-0') as number).isZero()).toBe(true);
    expect(numberValue(0).isNeg()).toBe(false);
    expect(numberValue(0).toFixed(2)).toBe('0.00');
    expect(numberValue(0)).toBe(numberValue(0));
  });
});
