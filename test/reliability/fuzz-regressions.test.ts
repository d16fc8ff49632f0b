import { describe, expect, it } from 'vitest';
import { compile, getPolicy, parsePolicy, plusDays, plusMonths, plusYears, STDLIB, toJsonLoose } from '../../src/index';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fuzz/seeds';

describe('found by fuzzing: dates past the calendar', () => {
  it('date arithmetic refuses to leave 0001-01-01..9999-12-31 (a five-digit year sorted before 2020)', () => {
    expect(plusYears('9998-12-31', 1)).toBe('9999-12-31');
    expect(() => plusYears('9999-12-31', 1)).toThrow(RangeError);
    expect(plusDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(() => plusDays('0001-01-01', -1)).toThrow(RangeError);
    expect(plusMonths('9999-10-31', 2)).toBe('9999-12-31');
    expect(() => plusMonths('9999-10-31', 3)).toThrow(RangeError);
    expect(() => plusDays('2020-01-01', 1e15)).toThrow(RangeError);
  });

  it('HNTE: registered on 9999-12-31 is a DATE_OUT_OF_RANGE error row, no longer "registered for a year"', () => {
    const hnte = compile(getPolicy('cn.hnte.2016') ?? (undefined as never));
    const r = hnte.evaluate({ id: 'Y', registeredOn: '9999-12-31' }, { asOf: '2020-06-01' });
    expect(r.status).toBe('error');
    expect(r.error).toEqual({
      code: 'DATE_OUT_OF_RANGE',
      message: '9999-12-31 plus 1 years is outside the calendar (0001-01-01 to 9999-12-31)',
      issues: [{ path: '(date)', message: '9999-12-31 plus 1 years is outside the calendar (0001-01-01 to 9999-12-31)' }],
    });
    // one day inside the calendar still evaluates: registered 9998-12-31, one year on is 9999-12-31
    const inside = hnte.evaluate({ id: 'Y', registeredOn: '9998-12-31' }, { asOf: '2020-06-01' });
    expect(inside.criteria.find((c) => c.id === 'registration')).toMatchObject({ result: 'fail', values: { oneYearOn: '9999-12-31' } });
  });
});

describe('found by fuzzing: an own __proto__ key in a JSON output', () => {
  it('toJsonLoose keeps it as a key (it used to become the prototype and vanish)', () => {
    const raw = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    const out = toJsonLoose(raw) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a policy without an input model echoes such a fact unchanged', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'test/cli/fixtures/rd-subsidy.json'), 'utf8')) as Record<string, unknown>;
    delete data['input'];
    const policy = parsePolicy({ ...data, outputsWhen: 'always', outputs: { x: { expr: { kind: 'fact', path: ['x'] }, type: { type: 'json' } } } }, { functions: STDLIB });
    const r = compile(policy).evaluate(JSON.parse('{"id":"A","x":{"__proto__":{"polluted":true},"a":1}}'), { asOf: '2021-06-01' });
    expect(JSON.stringify(r.outputs)).toBe('{"x":{"__proto__":{"polluted":true},"a":1}}');
  });
});
