import { describe, expect, it } from 'vitest';
import { BoolSchema } from '../../src/models/bool';
import { parseModel } from '../../src/models/issues';

describe('BoolSchema', () => {
  it('accepts booleans and exactly the strings "true"/"false"', () => {
    expect(BoolSchema.parse(true)).toBe(true);
    expect(BoolSchema.parse(false)).toBe(false);
    expect(BoolSchema.parse('true')).toBe(true);
    expect(BoolSchema.parse('false')).toBe(false);
  });

  it.each([
    ['yes', "expected true or false, got 'yes'"],
    ['TRUE', "expected true or false, got 'TRUE'"],
    ['', "expected true or false, got ''"],
    [1, 'expected true or false, got 1'],
    [0, 'expected true or false, got 0'],
    [null, 'expected true or false, got null'],
    [{}, 'expected true or false, got object'],
  ])('rejects %j', (raw, msg) => {
    expect(parseModel(BoolSchema, raw)).toEqual({ ok: false, issues: [{ path: '(root)', message: msg }] });
  });
});
